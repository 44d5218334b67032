import Domain
import HTML
import HTTP
import Workflows

/// `/utilisateurs`: the accounts the signed-in operator (every one) or referent (those of their
/// administration) manages — found by text, role, administration and state, twenty a page — and
/// the form that adds one. The use cases decide who may see and add whom (403 otherwise).
enum UsersPage {
    static let path = "/utilisateurs"
    static let pageSize = WebPagination.pageSize

    /// The values typed in the add form, kept when it comes back with errors.
    struct NewUserForm {
        var name = ""
        var email = ""
        var roles: Set<Role> = []
        var administration = ""
    }

    static func render(_ context: WebContext) throws -> HTTPResponse {
        try render(context, form: NewUserForm(), errors: [:], status: .ok)
    }

    /// `POST /utilisateurs`: adds a user, then shows their page; the form again with its errors.
    static func add(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        var typed = NewUserForm(
            name: form["nom"] ?? "", email: form["courriel"] ?? "",
            roles: Set(Role.allCases.filter { form["role-\($0.rawValue)"] == "oui" }),
            administration: form["administration"] ?? "")
        var errors: [String: String] = [:]
        let email = try? EmailAddress(typed.email)
        if email == nil {
            errors["courriel"] = "saisissez une adresse électronique valide, par exemple prenom.nom@exemple.gouv.fr."
        }
        var administrationID: AdministrationID?
        if !typed.administration.isEmpty {
            administrationID = AdministrationID(typed.administration)
            if administrationID == nil { errors["administration"] = "choisissez une administration de la liste." }
        }
        if typed.name.trimmingWhitespace().isEmpty { errors["nom"] = "saisissez le nom de la personne." }
        if typed.roles.isEmpty { errors["roles"] = "cochez au moins un rôle." }
        guard errors.isEmpty, let email else {
            return try render(context, form: typed, errors: errors, status: .init(code: 422))
        }
        do {
            let added = try context.workflows.addUser(
                NewUser(displayName: typed.name, email: email, roles: typed.roles, administrationID: administrationID),
                by: .user(user))
            return WebResponse.seeOther(UserPage.path(added.id))
        } catch let error as UserError {
            typed.name = typed.name.trimmingWhitespace()
            errors[OperatorMessages.userField(error)] = OperatorMessages.user(error)
        } catch let error as NotFoundError where error.field == "administrationID" {
            errors["administration"] = "choisissez une administration de la liste."
        }
        return try render(context, form: typed, errors: errors, status: .init(code: 422))
    }

    private static func render(
        _ context: WebContext, form: NewUserForm, errors: [String: String], status: HTTPStatus
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let caller = Caller.user(user)
        let query = context.http.query
        let page = min(WebPagination.pageNumber(context), 100_000)  // no overflow of the offset below
        var filter = UserFilter(limit: pageSize, offset: (page - 1) * pageSize)
        filter.text = query["texte"].flatMap { $0.isEmpty ? nil : $0 }
        filter.role = query["role"].flatMap(Role.init(rawValue:))
        filter.administrationID = query["administration"].flatMap(AdministrationID.init)
        filter.active =
            switch query["etat"] {
            case "actifs": true
            case "desactives": false
            default: nil
            }
        // The use case refuses anybody but the operator and referents, and narrows a referent's list.
        let found = try context.workflows.users(matching: filter, by: caller)
        let administrations = try context.workflows.administrations()
        let names = Dictionary(uniqueKeysWithValues: administrations.map { ($0.id, $0.acronym) })
        let offered = try context.workflows.administrationsWithinReach(by: caller)
        let link = { (number: Int) in
            URLQuery.link(
                path,
                [
                    ("texte", filter.text), ("role", filter.role?.rawValue),
                    ("administration", filter.administrationID.map { String($0.rawValue) }), ("etat", query["etat"]),
                    ("page", String(number))
                ])
        }
        let rows = found.users.map { listed -> HTML in
            """
            <tr><td><a href="\(UserPage.path(listed.id))">\(listed.displayName)</a></td>
            <td>\(listed.email.value)</td>
            <td>\(listed.roles.sorted().map(\.label).joined(separator: ", "))</td>
            <td>\(listed.administrationID.flatMap { names[$0] } ?? "—")</td>
            <td>\(listed.isActive ? WebLayout.badge("Actif", .success) : WebLayout.badge("Désactivé", .error))</td></tr>
            """
        }
        let summary = WebLayout.errorSummary(
            "Le compte n'a pas été ajouté", errors: errors.sorted { $0.key < $1.key }.map { ($0.key, $0.value) })
        let main: HTML = """
            <h1>Utilisateurs</h1>
            <p>\(user.has(.operator) ? "Tous les comptes de la plateforme." : "Les comptes de votre administration.") Ouvrez un compte pour changer ses rôles, le désactiver ou le réactiver.</p>
            <form method="get" action="\(path)" class="fr-mb-3w">
            <fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Rechercher</legend>
            \(WebField.input("texte", label: "Nom ou adresse", value: filter.text ?? "", error: nil))
            \(WebField.select("role", label: "Rôle", options: [("", "Tous les rôles")] + Role.allCases.map { ($0.rawValue, $0.label) }, selected: filter.role?.rawValue, error: nil))
            \(WebField.select("administration", label: "Administration", options: [("", "Toutes")] + offered.map { (String($0.id.rawValue), "\($0.acronym) — \($0.name)") }, selected: filter.administrationID.map { String($0.rawValue) }, error: nil))
            \(WebField.select("etat", label: "État du compte", options: [("", "Tous"), ("actifs", "Actifs"), ("desactives", "Désactivés")], selected: query["etat"], error: nil))
            <button class="fr-btn" type="submit">Rechercher</button>
            </fieldset>
            </form>
            <p>\(found.total) compte\(found.total > 1 ? "s" : "") trouvé\(found.total > 1 ? "s" : "").</p>
            \(found.users.isEmpty ? "<p>Aucun compte ne correspond à la recherche.</p>" as HTML : WebLayout.table("Comptes trouvés, page \(page)", columns: ["Nom", "Adresse", "Rôles", "Administration", "État"], rows: rows))
            \(WebPagination.numbered(current: page, count: WebPagination.pageCount(found.total), href: link))
            <h2 id="ajouter">Ajouter un utilisateur</h2>
            \(summary)
            <form method="post" action="\(path)">
            \(context.csrfField)
            \(WebField.input("nom", label: "Nom affiché", hint: "Prénom et nom, par exemple Camille Martin.", value: form.name, autocomplete: "off", error: errors["nom"], required: true))
            \(WebField.input("courriel", label: "Adresse électronique", type: "email", value: form.email, autocomplete: "off", error: errors["courriel"], required: true))
            \(WebField.select("administration-nouvel", name: "administration", label: "Administration", hint: user.has(.operator) ? "Obligatoire pour un référent." : nil, options: (user.has(.operator) ? [("", "Aucune")] : []) + offered.map { (String($0.id.rawValue), "\($0.acronym) — \($0.name)") }, selected: form.administration, error: errors["administration"]))
            \(rolesFieldset(UserManagement.grantableRoles(by: user), checked: form.roles, error: errors["roles"]))
            <button class="fr-btn" type="submit">Ajouter le compte</button>
            </form>
            """
        return WebResponse.page(
            WebLayout.page("Utilisateurs", context: context, main: main), context: context, status: status)
    }

    /// The roles' checkboxes (`role-<role>=oui`), only those in `offered`.
    static func rolesFieldset(_ offered: Set<Role>, checked: Set<Role>, error: String?) -> HTML {
        let boxes = offered.sorted().map { role -> HTML in
            WebField.checkbox("role-\(role.rawValue)", label: role.label, checked: checked.contains(role))
        }
        return """
            <fieldset class="fr-fieldset\(error == nil ? "" : " fr-fieldset--error")" id="roles"\(error == nil ? "" : " aria-describedby=\"roles-erreur\"" as HTML)>
            <legend class="fr-fieldset__legend">Rôles</legend>
            \(WebLayout.fieldError("roles", error))
            \(HTML.joined(boxes))
            </fieldset>
            """
    }
}
