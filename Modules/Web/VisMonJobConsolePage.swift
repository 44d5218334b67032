import Domain
import HTML
import HTTP
import Workflows

/// `/console/vis-mon-job`: the operator's *Vis mon job* editions, the most recent first (paginated),
/// and the form creating one with its dates (Workflows `createEdition`, posted to the same path).
/// Each edition opens at `/console/vis-mon-job/{id}` (``VisMonJobEditionConsolePage``).
enum VisMonJobConsolePage {
    static let path = "/console/vis-mon-job"

    /// The page of one edition in the console.
    static func path(_ id: EditionID) -> String {
        "\(path)/\(id.rawValue)"
    }

    static let pageSize = WebPagination.pageSize

    static func render(_ context: WebContext) throws -> HTTPResponse {
        try page(context, values: ["fenetre": String(NewEdition.defaultDateChangeWindowDays)], errors: [:])
    }

    /// POST: creates the edition, then 303 to its page; a refused form comes back filled in (422).
    static func create(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let values = Dictionary(
            uniqueKeysWithValues: ["nom", "journee", "ouverture", "cloture", "fenetre"].map { ($0, form[$0] ?? "") })
        var errors: [String: String] = [:]
        var dates: [String: LocalDate] = [:]
        for field in ["journee", "ouverture", "cloture"] {
            if let date = WebFormat.parseDate(values[field] ?? "") {
                dates[field] = date
            } else {
                errors[field] = WebFormat.dateError
            }
        }
        let window = Int((values["fenetre"] ?? "").trimmingWhitespace())
        if window == nil { errors["fenetre"] = "indiquez un nombre de jours, de 0 à 90." }
        guard errors.isEmpty, let day = dates["journee"], let opens = dates["ouverture"],
            let closes = dates["cloture"], let window
        else {
            // The use case's rules of the fields that do read, shown at the same time.
            if (values["nom"] ?? "").trimmingWhitespace().isEmpty {
                errors["nom"] = FrenchMessages.visMonJob(.editionNameLength(count: 0))
            }
            return try page(context, values: values, errors: errors, status: HTTPStatus(code: 422))
        }
        let new = NewEdition(
            name: values["nom"] ?? "", eventDay: day, registrationOpens: opens, registrationCloses: closes,
            dateChangeWindowDays: window)
        do {
            let edition = try context.workflows.createEdition(new, by: .user(user))
            return WebResponse.seeOther(path(edition.value.id))
        } catch let error as VisMonJobError {
            errors[field(of: error)] = FrenchMessages.visMonJob(error)
        } catch let error as DateHorizonError {
            errors["journee"] = FrenchMessages.dateHorizon(error)
        }
        return try page(context, values: values, errors: errors, status: HTTPStatus(code: 422))
    }

    /// The form field a refusal of the edition belongs to.
    private static func field(of error: VisMonJobError) -> String {
        switch error {
        case .editionNameLength: "nom"
        case .registrationWindowReversed: "cloture"
        case .registrationClosesAfterEvent: "journee"
        case .dateChangeWindowOutOfRange: "fenetre"
        // Which field a refusal goes to: any other rule is the name's, the first field.
        default: "nom"
        }
    }

    private static func page(
        _ context: WebContext, values: [String: String], errors: [String: String], status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        // The operator's list of registrations proves the right: anybody else gets the 403 page.
        try Caller.user(user).require(.operator, to: "run Vis mon job")
        let editions = try context.workflows.editions()
        let current = VisMonJobConsoleWeb.pageNumber(context, "page", count: editions.count, size: pageSize)
        let shown = VisMonJobConsoleWeb.slice(editions, page: current, size: pageSize)
        let rows = shown.map { stored -> HTML in
            let edition = stored.value
            return """
                <tr><td><a href="\(path(edition.id))">\(edition.name)</a></td>
                <td>\(VisMonJobConsoleWeb.badge(edition.state))</td>
                <td>\(WebFormat.date(edition.registrationOpens)) – \(WebFormat.date(edition.registrationCloses))</td>
                <td>\(WebFormat.date(edition.eventDay))</td></tr>
                """
        }
        let list: HTML =
            editions.isEmpty
            ? "<p>Aucune édition n'a encore été créée.</p>"
            : """
            \(WebLayout.table("Éditions de Vis mon job", columns: ["Édition", "État", "Inscriptions", "Journée"], rows: rows))
            \(VisMonJobConsoleWeb.pagination(path: path, parameter: "page", current: current, count: editions.count, size: pageSize))
            """
        let summary = errors.sorted { order($0.key) < order($1.key) }.map { (field: $0.key, message: $0.value) }
        let main: HTML = """
            <h1>Vis mon job</h1>
            <p>Les éditions de Vis mon job : ouvrez-en une pour suivre les inscriptions, publier les séances de préparation, former et publier les binômes, puis clore l'édition.</p>
            <h2>Éditions</h2>
            \(list)
            <h2 id="nouvelle">Créer une édition</h2>
            \(WebLayout.errorSummary("Le formulaire contient des erreurs", errors: summary))
            <form method="post" action="\(path)" novalidate>
            \(context.csrfField)
            \(WebField.input("nom", label: "Nom de l'édition", hint: "Par exemple : Vis mon job 2027 (120 caractères au plus)", value: values["nom"] ?? "", error: errors["nom"], required: true))
            \(WebField.input("ouverture", label: "Ouverture des inscriptions", hint: WebFormat.dateHint, type: "date", value: values["ouverture"] ?? "", error: errors["ouverture"], required: true))
            \(WebField.input("cloture", label: "Clôture des inscriptions", hint: WebFormat.dateHint, type: "date", value: values["cloture"] ?? "", error: errors["cloture"], required: true))
            \(WebField.input("journee", label: "Journée Vis mon job", hint: "Après la clôture des inscriptions. " + WebFormat.dateHint, type: "date", value: values["journee"] ?? "", error: errors["journee"], required: true))
            \(WebField.input("fenetre", label: "Délai pour changer de date, en jours", hint: "Un binôme peut convenir d'une autre date dans ce délai autour de la journée, de 0 à 90 jours", type: "number", value: values["fenetre"] ?? "", error: errors["fenetre"], attributes: " min=\"0\" max=\"90\""))
            <button class="fr-btn" type="submit">Créer l'édition</button>
            </form>
            """
        return WebResponse.page(
            WebLayout.page("Vis mon job", context: context, trail: [("Console", ConsolePage.path)], main: main),
            context: context, status: status)
    }

    /// The fields in the form's order, for the error summary.
    private static func order(_ field: String) -> Int {
        ["nom", "ouverture", "cloture", "journee", "fenetre"].firstIndex(of: field) ?? 9
    }
}
