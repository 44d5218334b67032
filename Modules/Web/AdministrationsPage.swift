import Domain
import HTML
import HTTP
import Workflows

/// `/console/administrations`: the administrations' tree (ministries, their directorates and
/// services, as nested lists), the form that adds one, and `/console/administrations/{id}`, the
/// form that changes one (name, acronym, level, public service, parent). Operator only.
enum AdministrationsPage {
    static let path = "/console/administrations"
    static func path(_ id: AdministrationID) -> String { "\(path)/\(id.rawValue)" }

    /// The values typed in a form, kept when it comes back with errors.
    struct Form {
        var name = ""
        var acronym = ""
        var level = AdministrationLevel.ministry.rawValue
        var publicService = PublicService.state.rawValue
        var parent = ""

        init() {}

        init(_ administration: Administration) {
            name = administration.name
            acronym = administration.acronym
            level = administration.level.rawValue
            publicService = administration.publicService.rawValue
            parent = administration.parentID.map { String($0.rawValue) } ?? ""
        }

        init(_ form: HTTPQuery) {
            name = form["nom"] ?? ""
            acronym = form["sigle"] ?? ""
            level = form["niveau"] ?? ""
            publicService = form["fonction-publique"] ?? ""
            parent = form["parent"] ?? ""
        }

        /// The input, or the fields' errors of what is not even a choice of the lists.
        func input() -> (NewAdministration?, [String: String]) {
            var errors: [String: String] = [:]
            let level = AdministrationLevel(rawValue: level)
            if level == nil { errors["niveau"] = "choisissez un niveau dans la liste." }
            let service = PublicService(rawValue: publicService)
            if service == nil { errors["fonction-publique"] = "choisissez une fonction publique dans la liste." }
            let parentID = parent.isEmpty ? nil : AdministrationID(parent)
            if !parent.isEmpty, parentID == nil {
                errors["parent"] = "choisissez l'administration parente dans la liste."
            }
            guard let level, let service, errors.isEmpty else { return (nil, errors) }
            return (
                NewAdministration(
                    name: name, acronym: acronym, level: level, publicService: service, parentID: parentID), [:]
            )
        }
    }

    static func render(_ context: WebContext) throws -> HTTPResponse {
        try render(context, form: Form(), errors: [:], status: .ok)
    }

    /// `POST /console/administrations`: adds one, then shows the tree; the form again with errors.
    static func add(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let typed = Form(try context.form())
        var (input, errors) = typed.input()
        if let input {
            do {
                _ = try context.workflows.addAdministration(input, by: .user(user))
                return WebResponse.seeOther(path)
            } catch let error as AdministrationError {
                errors[OperatorMessages.administrationField(error)] = OperatorMessages.administration(error)
            }
        }
        return try render(context, form: typed, errors: errors, status: .init(code: 422))
    }

    private static func render(
        _ context: WebContext, form: Form, errors: [String: String], status: HTTPStatus
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let tree = try context.workflows.administrationTree(toManageBy: .user(user))
        let main: HTML = """
            <h1>Administrations</h1>
            <p>Les ministères, leurs directions et leurs services. Ouvrez une administration pour la modifier.</p>
            \(tree.isEmpty ? "<p>Aucune administration n'est encore enregistrée.</p>" as HTML : list(tree))
            <h2 id="ajouter">Ajouter une administration</h2>
            \(summary("L'administration n'a pas été ajoutée", errors))
            <form method="post" action="\(path)">
            \(context.csrfField)
            \(try fields(form, errors: errors, context: context, excluding: nil))
            <button class="fr-btn" type="submit">Ajouter l'administration</button>
            </form>
            """
        return WebResponse.page(
            WebLayout.page("Administrations", context: context, trail: [("Console", ConsolePage.path)], main: main),
            context: context, status: status)
    }

    /// `GET /console/administrations/{id}`: the edit form.
    static func renderEdit(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        _ = try context.workflows.administrationTree(toManageBy: .user(user))
        let id = try id(context)
        guard let administration = try context.workflows.administration(id) else {
            throw NotFoundError("administration", id: id)
        }
        return try renderEdit(context, administration, form: Form(administration), errors: [:], status: .ok)
    }

    /// `POST /console/administrations/{id}`: changes it, then shows the tree; the form again with errors.
    static func edit(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let typed = Form(try context.form())
        let id = try id(context)
        var (input, errors) = typed.input()
        if let input {
            do {
                _ = try context.workflows.editAdministration(id, to: input, by: .user(user))
                return WebResponse.seeOther(path)
            } catch let error as AdministrationError {
                errors[OperatorMessages.administrationField(error)] = OperatorMessages.administration(error)
            } catch let error as AdministrationEditError {
                let (field, message) = OperatorMessages.administrationEdit(error)
                errors[field] = message
            }
        }
        guard let administration = try context.workflows.administration(id) else {
            throw NotFoundError("administration", id: id)
        }
        return try renderEdit(context, administration, form: typed, errors: errors, status: .init(code: 422))
    }

    private static func renderEdit(
        _ context: WebContext, _ administration: Administration, form: Form, errors: [String: String],
        status: HTTPStatus
    ) throws -> HTTPResponse {
        let title = "Modifier « \(administration.name) »"
        let main: HTML = """
            <h1>\(title)</h1>
            \(summary("L'administration n'a pas été modifiée", errors))
            <form method="post" action="\(path(administration.id))">
            \(context.csrfField)
            \(try fields(form, errors: errors, context: context, excluding: administration.id))
            <ul class="fr-btns-group fr-btns-group--inline-md">
            <li><button class="fr-btn" type="submit">Enregistrer</button></li>
            <li><a class="fr-btn fr-btn--secondary" href="\(path)">Annuler</a></li>
            </ul>
            </form>
            """
        return WebResponse.page(
            WebLayout.page(
                title, context: context, trail: [("Console", ConsolePage.path), ("Administrations", path)], main: main),
            context: context, status: status)
    }

    private static func summary(_ title: String, _ errors: [String: String]) -> HTML? {
        WebLayout.errorSummary(title, errors: errors.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
    }

    /// The form's fields; the parent's list leaves out `excluding` (an administration is not its own parent).
    private static func fields(
        _ form: Form, errors: [String: String], context: WebContext, excluding: AdministrationID?
    ) throws -> HTML {
        let parents = try context.workflows.administrations().filter { $0.id != excluding }
        return """
            \(WebField.input("nom", label: "Nom", hint: "Par exemple Direction interministérielle du numérique.", value: form.name, autocomplete: "off", error: errors["nom"], required: true))
            \(WebField.input("sigle", label: "Sigle", hint: "De 2 à 16 lettres majuscules ou chiffres, par exemple DINUM.", value: form.acronym, autocomplete: "off", error: errors["sigle"], required: true))
            \(WebField.select("niveau", label: "Niveau", options: AdministrationLevel.allCases.map { ($0.rawValue, $0.label) }, selected: form.level, required: true, error: errors["niveau"]))
            \(WebField.select("fonction-publique", label: "Fonction publique", options: PublicService.allCases.map { ($0.rawValue, $0.label) }, selected: form.publicService, required: true, error: errors["fonction-publique"]))
            \(WebField.select("parent", label: "Administration parente", hint: "Aucune pour un ministère.", options: [("", "Aucune")] + parents.map { (String($0.id.rawValue), "\($0.acronym) — \($0.name)") }, selected: form.parent, error: errors["parent"]))
            """
    }

    /// The tree as nested lists.
    private static func list(_ nodes: [AdministrationNode]) -> HTML {
        let items = nodes.map { node -> HTML in
            let administration = node.administration
            return """
                <li><a href="\(path(administration.id))">\(administration.name)</a> (\(administration.acronym), \(administration.level.label))\
                \(node.children.isEmpty ? nil : list(node.children))</li>
                """
        }
        return "<ul>\(HTML.joined(items))</ul>"
    }

    private static func id(_ context: WebContext) throws -> AdministrationID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = AdministrationID(raw), id.rawValue > 0 else { throw NotFoundError("administration", key: raw) }
        return id
    }
}
