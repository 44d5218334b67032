import Domain
import HTML
import HTTP
import Notifications
import Workflows

/// `/mes-recherches`: the signed-in talent's saved mission searches, whose new matching
/// missions come in their e-mail digest; a form that saves one (also posted by the catalogue's
/// "Enregistrer cette recherche"), and the deletion of each, once confirmed. Over Workflows
/// `savedSearches`, `createSavedSearch` and `deleteSavedSearch`, as `/v1/saved-searches`.
enum SavedSearchesPage {
    static let path = WebPaths.savedSearches
    /// The catalogue's criteria a search saves, as the catalogue's filter form names them.
    static let criteria = ["q", "nature", "departement", "remote"]

    static func render(
        _ context: WebContext, errors: [String: String] = [:], values: [String: String] = [:],
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let searches = try context.workflows.savedSearches(by: .user(user))
        let rows = searches.map { row($0, context: context) }
        let list: HTML =
            rows.isEmpty
            ? "<p>Vous n'avez pas encore de recherche enregistrée.</p>"
            : WebLayout.table(
                "Mes recherches enregistrées", columns: ["Nom", "Critères", "Enregistrée le", "Actions"], rows: rows)
        let notice: HTML? =
            switch context.http.query["fait"] {
            case "enregistree":
                "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-3w\" role=\"status\"><p>Votre recherche est enregistrée.</p></div>"
            case "supprimee":
                "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-3w\" role=\"status\"><p>La recherche est supprimée.</p></div>"
            default: nil
            }
        let fieldErrors = (["nom"] + criteria).compactMap { field in errors[field].map { (field: field, message: $0) } }
        let main: HTML = """
            <h1>Mes recherches enregistrées</h1>
            \(notice)
            \(WebLayout.errorSummary("La recherche n'a pas pu être enregistrée", note: errors["page"], errors: fieldErrors))
            <p>Chaque nouvelle mission publiée qui correspond à l'une de vos recherches vous est signalée dans votre récapitulatif hebdomadaire par courriel, envoyé une fois par semaine s'il y a du nouveau (réglable dans <a href="\(WebPaths.notificationPreferences)">Mes préférences de notification</a>). Vous pouvez enregistrer jusqu'à \(NewSavedSearch.maximumPerUser) recherches.</p>
            \(list)
            <h2>Enregistrer une recherche</h2>
            <p>Vous pouvez aussi enregistrer la recherche en cours depuis le <a href="/missions">catalogue des missions</a>.</p>
            <form method="post" action="\(path)" novalidate>
            \(context.csrfField)
            \(nameField(values: values, errors: errors))
            \(criteriaFields(values: values, errors: errors))
            <button class="fr-btn" type="submit">Enregistrer la recherche</button>
            </form>
            """
        return WebResponse.page(
            WebLayout.page("Mes recherches enregistrées", context: context, main: main), context: context,
            status: status)
    }

    /// The name field of a saved search.
    static func nameField(values: [String: String], errors: [String: String]) -> HTML {
        WebField.input(
            "nom", label: "Nom de la recherche",
            hint: "Par exemple : Data à distance (\(NewSavedSearch.maximumNameLength) caractères au plus)",
            value: values["nom"] ?? "", error: errors["nom"], required: true)
    }

    /// The catalogue's criteria as fields, the values typed kept.
    private static func criteriaFields(values: [String: String], errors: [String: String]) -> HTML {
        let natures =
            [(value: "", text: "Toutes")] + MissionNature.allCases.map { (value: $0.rawValue, text: $0.label) }
        return """
            \(WebField.input("q", label: "Mots recherchés", hint: "Mots du titre ou de la description", value: values["q"] ?? "",
                             error: errors["q"]))
            \(WebField.select("nature", label: "Nature", options: natures, selected: values["nature"], error: errors["nature"]))
            \(WebField.input("departement", label: "Département", hint: "Par exemple 75 ou 2A", value: values["departement"] ?? "",
                             error: errors["departement"]))
            \(WebField.select("remote", label: "À distance", options: [(value: "", text: "Indifférent"), (value: "true", text: "Oui"),
                                                                    (value: "false", text: "Non")],
                              selected: values["remote"], error: errors["remote"]))
            """
    }

    /// One saved search: its name, its criteria in words, the link to its missions, its deletion.
    private static func row(_ search: SavedSearch, context: WebContext) -> HTML {
        let id = search.id.rawValue
        let link = URLQuery.link("/missions", search.queryItems.map { (name: $0.name, value: Optional($0.value)) })
        return """
            <tr id="recherche-\(id)"><td>\(search.name)</td><td>\(describe(search.parameters))</td>
            <td>\(WebFormat.instant(search.createdAt))</td>
            <td><a href="\(link)">Voir les missions</a>
            <form method="post" action="\(path)/\(id)/supprimer">\(context.csrfField)
            <button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit" aria-label="Supprimer la recherche « \(search.name) »">Supprimer</button>
            </form></td></tr>
            """
    }

    /// The criteria of a search in French.
    static func describe(_ parameters: [String: String]) -> String {
        guard !parameters.isEmpty else { return "Toutes les missions" }
        return parameters.sorted { $0.key < $1.key }.map { name, value in
            switch name {
            case "q": "Mots : « \(value) »"
            case "nature":
                "Nature : "
                    + value.split(separator: ",").map { MissionNature(rawValue: String($0))?.label ?? String($0) }
                    .joined(separator: ", ")
            case "departement": "Département : \(value)"
            case "remote": value == "true" ? "À distance" : "Sur site"
            default: "\(name) : \(value)"
            }
        }.joined(separator: " · ")
    }

    /// POST `/mes-recherches`: saves the search named `nom` with the criteria filled in, then
    /// back to the list (303); the form again with the errors (422, 409 at the limit).
    static func create(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        var values: [String: String] = [:]
        for name in ["nom"] + criteria { values[name] = form[name] ?? "" }
        let parameters = Dictionary(
            criteria.compactMap { name in values[name].flatMap { $0.isEmpty ? nil : (name, $0) } },
            uniquingKeysWith: { first, _ in first })
        do {
            _ = try context.workflows.createSavedSearch(
                NewSavedSearch(name: values["nom"] ?? "", parameters: parameters), by: .user(user))
        } catch let error as SavedSearchError {
            let (field, text, status) =
                switch error {
                case .nameLength:
                    ("nom", "indiquez un nom de \(NewSavedSearch.maximumNameLength) caractères au plus.", 422)
                case .tooMany:
                    (
                        "page",
                        "vous avez déjà \(NewSavedSearch.maximumPerUser) recherches : supprimez-en une d'abord.", 409
                    )
                case .parameterNotSaved:
                    ("page", "ce critère ne peut pas être enregistré.", 422)
                }
            return try render(context, errors: [field: text], values: values, status: HTTPStatus(code: status))
        } catch let error as any DomainError where error.kind == .invalidValue {
            let field = error.field.flatMap { criteria.contains($0) ? $0 : nil } ?? "page"
            return try render(
                context, errors: [field: "ce critère n'est pas valide : vérifiez-le."], values: values,
                status: HTTPStatus(code: 422))
        }
        return WebResponse.seeOther(path + "?fait=enregistree")
    }

    /// POST `/mes-recherches/{id}/supprimer`: once confirmed, deletes the search and its pending
    /// alerts, then back to the list (303).
    static func delete(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let raw = context.http.parameters["id"] ?? ""
        guard let id = SavedSearchID(raw), id.rawValue > 0 else { throw NotFoundError("saved-search", key: raw) }
        guard WebConfirmation.confirmed(form) else {
            let search = try context.workflows.savedSearch(id, by: .user(user))
            return WebConfirmation.page(
                context, form: form, question: "Supprimer la recherche « \(search.name) » ?",
                consequence:
                    "Vous ne serez plus averti des nouvelles missions qui y correspondent. La suppression est définitive.",
                confirm: "Supprimer la recherche", back: path)
        }
        try context.workflows.deleteSavedSearch(id, by: .user(user))
        return WebResponse.seeOther(path + "?fait=supprimee")
    }
}

extension SavedSearchesPage {
    /// For a signed-in talent on the catalogue: "Enregistrer cette recherche", a form carrying the
    /// catalogue's current criteria (`values`) to `/mes-recherches`; nothing for anyone else.
    static func saveForm(_ context: WebContext, values: [String: String]) -> HTML? {
        guard let user = context.user, user.has(.talent) else { return nil }
        let hidden = criteria.compactMap { name in values[name].map { (name, $0) } }
        return """
            <h2>Enregistrer cette recherche</h2>
            <p>Soyez averti par courriel des nouvelles missions qui correspondent à ces critères : \(describe(Dictionary(hidden, uniquingKeysWith: { first, _ in first }))).</p>
            <form method="post" action="\(path)" novalidate>
            \(context.csrfField)
            \(each: hidden, { "<input type=\"hidden\" name=\"\($0.0)\" value=\"\($0.1)\">" as HTML })
            \(nameField(values: [:], errors: [:]))
            <button class="fr-btn fr-btn--secondary" type="submit">Enregistrer cette recherche</button>
            </form>
            <p><a href="\(path)">Mes recherches enregistrées</a></p>
            """
    }
}
