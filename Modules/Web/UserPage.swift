import Domain
import HTML
import HTTP
import Workflows

/// `/utilisateurs/{id}`: one account as its manager (the operator, or the referent of its
/// administration) sees it — its roles, changed by checkboxes limited to the roles the manager
/// may grant (the use case decides: 403 otherwise), and its deactivation or reactivation, after a
/// confirmation.
enum UserPage {
    static func path(_ id: UserID) -> String { "/utilisateurs/\(id.rawValue)" }

    static func render(_ context: WebContext) throws -> HTTPResponse {
        try render(context, error: nil, status: .ok)
    }

    private static func render(_ context: WebContext, error: String?, status: HTTPStatus) throws -> HTTPResponse {
        let manager = try context.signedInUser()
        let user = try context.workflows.managedUser(try id(context), by: .user(manager))
        let administration = try user.administrationID.flatMap { try context.workflows.administration($0) }
        let offered = UserManagement.grantableRoles(by: manager)
        let others = user.roles.subtracting(offered).sorted().map(\.label)
        let held: HTML =
            others.isEmpty
            ? .empty : "<p>Rôles que seul l'opérateur change : \(others.joined(separator: ", ")).</p>"
        let activation: HTML =
            user.isActive
            ? """
            <h2>Désactiver le compte</h2>
            <p>La personne ne pourra plus se connecter ; ses sessions et ses jetons d'accès cessent aussitôt de fonctionner.</p>
            <form method="post" action="\(path(user.id))/desactiver">\(context.csrfField)
            <button class="fr-btn fr-btn--secondary" type="submit">Désactiver le compte</button></form>
            """
            : """
            <h2>Réactiver le compte</h2>
            <p>Ce compte est désactivé depuis le \(user.deactivatedAt.map(WebFormat.instant) ?? "—"). Réactivé, la personne pourra se connecter de nouveau ; ses anciens jetons restent révoqués.</p>
            <form method="post" action="\(path(user.id))/reactiver">\(context.csrfField)
            <button class="fr-btn fr-btn--secondary" type="submit">Réactiver le compte</button></form>
            """
        let closure: HTML? =
            manager.has(.operator) && !AccountClosure.isClosed(user)
            ? """
            <h2>Fermer le compte (demande d’effacement)</h2>
            <p>À la demande écrite de la personne : ses données personnelles sont effacées ou remplacées par « \(AccountClosure.pseudonym) », ses diplômes révoqués, ses sessions et jetons arrêtés. Refusé tant qu’une convention dont elle est partie est en attente de signatures ou en cours.</p>
            <form method="post" action="\(path(user.id))/fermer">\(context.csrfField)
            <button class="fr-btn fr-btn--tertiary" type="submit">Fermer le compte (demande d’effacement)</button></form>
            """ : nil
        let main: HTML = """
            <h1>\(user.displayName)</h1>
            <ul>
            <li>Adresse électronique : \(user.email.value)</li>
            <li>Administration : \(administration.map { "\($0.name) (\($0.acronym))" } ?? "aucune")</li>
            <li>État : \(user.isActive ? WebLayout.badge("Actif", .success) : WebLayout.badge("Désactivé", .error))</li>
            <li>Rôles : \(user.roles.sorted().map(\.label).joined(separator: ", "))</li>
            </ul>
            <h2>Rôles</h2>
            \(WebLayout.alert(error, id: "roles-alerte"))
            \(held)
            <form method="post" action="\(path(user.id))/roles">
            \(context.csrfField)
            <input type="hidden" name="proposes" value="\(offered.sorted().map(\.rawValue).joined(separator: ","))">
            \(UsersPage.rolesFieldset(offered, checked: user.roles, error: nil))
            <button class="fr-btn" type="submit">Enregistrer les rôles</button>
            </form>
            \(AccountClosure.isClosed(user) ? "<p>Ce compte est fermé : ses données personnelles ont été effacées.</p>" as HTML : activation)
            \(closure)
            <p class="fr-mt-3w"><a href="\(UsersPage.path)">Retour aux utilisateurs</a></p>
            """
        return WebResponse.page(
            WebLayout.page(user.displayName, context: context, trail: [("Utilisateurs", UsersPage.path)], main: main),
            context: context, status: status)
    }

    /// `POST /utilisateurs/{id}/roles`: the roles offered in the form (`proposes`) ticked are
    /// granted, those left unticked revoked; the others are kept.
    static func changeRoles(_ context: WebContext) throws -> HTTPResponse {
        let manager = try context.signedInUser()
        let form = try context.form()
        let id = try id(context)
        let offered = Set((form["proposes"] ?? "").split(separator: ",").compactMap { Role(rawValue: String($0)) })
        let ticked = Set(offered.filter { form["role-\($0.rawValue)"] == "oui" })
        do {
            let user = try context.workflows.managedUser(id, by: .user(manager))
            _ = try context.workflows.changeRoles(
                of: id, adding: ticked, removing: offered.subtracting(ticked).intersection(user.roles),
                by: .user(manager))
        } catch let error as UserError {
            return try render(context, error: OperatorMessages.user(error), status: .init(code: 422))
        }
        return WebResponse.seeOther(path(id))
    }

    /// `POST /utilisateurs/{id}/desactiver` (after a confirmation) and `…/reactiver`.
    static func changeActivation(_ context: WebContext, active: Bool) throws -> HTTPResponse {
        let manager = try context.signedInUser()
        let form = try context.form()
        let id = try id(context)
        if !active, !WebConfirmation.confirmed(form) {
            let user = try context.workflows.managedUser(id, by: .user(manager))
            return WebConfirmation.page(
                context, form: form, question: "Désactiver le compte de \(user.displayName) ?",
                consequence:
                    "\(user.displayName) ne pourra plus se connecter : ses sessions et ses jetons d'accès cessent aussitôt de fonctionner. Vous pourrez réactiver le compte plus tard, mais pas ses anciens jetons.",
                confirm: "Désactiver le compte", back: path(id))
        }
        do {
            _ =
                active
                ? try context.workflows.reactivateUser(id, by: .user(manager))
                : try context.workflows.deactivateUser(id, by: .user(manager))
        } catch UserManagementError.alreadyInState {
            // A second click, or another manager first: the page shows the state as it is.
        }
        return WebResponse.seeOther(path(id))
    }

    private static func id(_ context: WebContext) throws -> UserID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = UserID(raw), id.rawValue > 0 else { throw NotFoundError("user", key: raw) }
        return id
    }
}
