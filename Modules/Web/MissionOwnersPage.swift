import Domain
import HTML
import HTTP
import Workflows

/// `/missions/{id}/responsables` (issue 22): who answers for a mission — its owner and
/// co-owners — and, for a referent of its administration (or above) or the operator, the forms
/// that transfer it (`…/transferer`, confirmed first), add a co-owner (`…/ajouter`) or remove one
/// (`…/retirer`, confirmed first), each with the revision read (Workflows `changeOwners`).
enum MissionOwnersPage {
    static func path(_ id: MissionID) -> String {
        "/missions/\(id.rawValue)/responsables"
    }

    /// The link a mission's page shows to whoever may change its owners; nothing for anyone else.
    static func link(_ context: WebContext, mission: Mission) throws -> HTML? {
        guard let user = context.user, try context.workflows.mayChangeOwners(of: mission, by: .user(user)) else {
            return nil
        }
        return
            "<p><a class=\"fr-link\" href=\"\(path(mission.id))\">Transférer la mission ou gérer ses co-responsables</a></p>"
    }

    /// GET: the owners and the forms.
    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let owners = try context.workflows.missionOwners(try OwnerMissionsPage.missionID(context), by: .user(user))
        return page(context, owners: owners)
    }

    /// POST `…/transferer`: after confirmation, the chosen user becomes the owner.
    static func transfer(_ context: WebContext) throws -> HTTPResponse {
        try change(context, confirm: true) { .transfer(to: $0) }
    }

    /// POST `…/ajouter`: the chosen user becomes a co-owner.
    static func addCoOwner(_ context: WebContext) throws -> HTTPResponse {
        try change(context, confirm: false) { .addCoOwner($0) }
    }

    /// POST `…/retirer`: after confirmation, the co-owner stops being one.
    static func removeCoOwner(_ context: WebContext) throws -> HTTPResponse {
        try change(context, confirm: true) { .removeCoOwner($0) }
    }

    private static func change(
        _ context: WebContext, confirm: Bool, _ make: (UserID) -> MissionOwnerChange
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try OwnerMissionsPage.missionID(context)
        // Rights first: whoever may not change the owners learns nothing more.
        let owners = try context.workflows.missionOwners(id, by: .user(user))
        let field = context.http.path.hasSuffix("/ajouter") ? "co-responsable" : "utilisateur"
        guard let chosen = form[field].flatMap({ UserID($0) }) else {
            return page(
                context, owners: owners, error: (field, "choisissez une personne dans la liste."),
                status: HTTPStatus(code: 422))
        }
        let change = make(chosen)
        if confirm, !WebConfirmation.confirmed(form) {
            let name =
                owners.names[chosen] ?? owners.candidates.first { $0.id == chosen }?.displayName ?? "cette personne"
            let title = owners.mission.value.details.title
            switch change {
            case .transfer:
                return WebConfirmation.page(
                    context, form: form, question: "Transférer la mission « \(title) » ?",
                    consequence:
                        "\(name) en deviendra le responsable : l’actuel responsable ne pourra plus la modifier ni répondre aux candidatures, sauf si vous l’ajoutez comme co-responsable.",
                    confirm: "Transférer la mission", back: path(id))
            default:
                return WebConfirmation.page(
                    context, form: form, question: "Retirer \(name) des co-responsables ?",
                    consequence:
                        "\(name) ne pourra plus répondre aux candidatures de « \(title) » ni signer pour le responsable. La mission reste telle quelle.",
                    confirm: "Retirer ce co-responsable", back: path(id))
            }
        }
        do {
            _ = try context.workflows.changeOwners(
                of: id, change, expectedRevision: form["revision"].flatMap { Int($0) }, by: .user(user))
            return WebResponse.seeOther(path(id) + "?modifie=1")
        } catch let error as MissionOwnershipError {
            return page(
                context, owners: try context.workflows.missionOwners(id, by: .user(user)),
                error: (field, message(error)), status: HTTPStatus(code: error.kind == .conflict ? 409 : 422))
        } catch is StaleRevisionError {
            return page(
                context, owners: try context.workflows.missionOwners(id, by: .user(user)),
                error: (field, "la mission a changé entre-temps : vérifiez ses responsables et recommencez."),
                status: HTTPStatus(code: 409))
        }
    }

    /// The French reason of a refusal.
    static func message(_ error: MissionOwnershipError) -> String {
        switch error {
        case .otherAdministration:
            "cette personne ne travaille ni dans l’administration de la mission ni dans l’une de celles dont elle dépend ou qui en dépendent."
        case .alreadyOwner: "cette personne est déjà responsable ou co-responsable de la mission."
        case .notCoOwner: "cette personne n’est pas co-responsable de la mission."
        case .deactivated: "le compte de cette personne est désactivé."
        case .closed: "la mission est close : ses responsables ne changent plus."
        }
    }

    private static func page(
        _ context: WebContext, owners: MissionOwners, error: (field: String, message: String)? = nil,
        status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let mission = owners.mission.value
        let id = mission.id
        let revision: HTML = "<input type=\"hidden\" name=\"revision\" value=\"\(owners.mission.revision)\">"
        func name(_ id: UserID) -> String { owners.names[id] ?? "Compte supprimé" }
        let coOwners: [HTML] = mission.coOwnerIDs.map { coOwner in
            """
            <tr><td>\(name(coOwner))</td><td>Co-responsable</td><td>\(mission.state.isClosed ? "—" : """
            <form method="post" action="\(path(id))/retirer">\(context.csrfField)\(revision)\
            <input type="hidden" name="utilisateur" value="\(String(coOwner.rawValue))">\
            <button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit">Retirer <span class="fr-sr-only">\(name(coOwner))</span></button></form>
            """ as HTML)</td></tr>
            """
        }
        let rows: [HTML] = ["<tr><td>\(name(mission.ownerID))</td><td>Responsable</td><td>—</td></tr>"] + coOwners
        let choices =
            [(value: "", text: "Choisir une personne")]
            + owners.candidates.map { (value: String($0.id.rawValue), text: $0.displayName) }
        let notice: HTML? =
            context.http.query["modifie"] == nil
            ? nil
            : "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-3w\" role=\"status\"><p>Les responsables de la mission sont à jour.</p></div>"
        let summary: HTML? = error.flatMap {
            WebLayout.errorSummary(
                "La modification n’a pas été faite", note: nil, errors: [(field: $0.field, message: $0.message)])
        }
        let forms: HTML =
            mission.state.isClosed
            ? "<p>La mission est close : ses responsables ne changent plus.</p>"
            : """
            <h2>Transférer la mission</h2>
            <form method="post" action="\(path(id))/transferer" novalidate>
            \(context.csrfField)\(revision)
            \(WebField.select("utilisateur", label: "Nouveau responsable", hint: "Une personne de l’administration de la mission, de l’une de celles dont elle dépend ou qui en dépendent", options: choices, selected: nil, required: true, error: error?.field == "utilisateur" ? error?.message : nil))
            <button class="fr-btn fr-btn--secondary" type="submit">Transférer</button>
            </form>
            <h2>Ajouter un co-responsable</h2>
            <p>Un co-responsable répond aux candidatures et signe les conventions pour le responsable, comme lui.</p>
            <form method="post" action="\(path(id))/ajouter" novalidate>
            \(context.csrfField)\(revision)
            \(WebField.select("co-responsable", label: "Co-responsable à ajouter", options: choices, selected: nil, required: true, error: error?.field == "co-responsable" ? error?.message : nil))
            <button class="fr-btn" type="submit">Ajouter un co-responsable</button>
            </form>
            """
        let title = "Responsables de la mission"
        let main: HTML = """
            <h1>\(title)</h1>
            <p>Mission « \(mission.details.title) » — \(WebFormat.state(mission.state)).</p>
            \(summary)
            \(notice)
            \(WebLayout.table("Qui répond de la mission", columns: ["Personne", "Rôle", "Action"], rows: rows))
            \(forms)
            """
        return WebResponse.page(
            WebLayout.page(
                error == nil ? title : "Erreur — \(title)", context: context,
                trail: [("Missions", "/missions")], main: main),
            context: context, status: status)
    }
}
