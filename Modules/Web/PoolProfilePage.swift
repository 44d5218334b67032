import Domain
import HTML
import HTTP
import Workflows

/// `/vivier/{id}`: a talent of the pool as mission owners see them (``Workflows/poolProfile(_:by:)``:
/// no line manager, no e-mail address), the form "Inviter à candidater" to one of the reader's
/// published missions with an optional message (`POST /vivier/{id}/inviter`, ``Workflows/invite(_:to:by:)``),
/// and the invitations already sent to them.
enum PoolProfilePage {
    /// What the invitation form holds: the mission chosen and the message typed.
    struct Input {
        var mission = ""
        var message = ""
    }

    /// GET, or the form again with its errors (by field id: `mission`, `message`).
    static func render(
        _ context: WebContext, input: Input = Input(), errors: [String: String] = [:], status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let id = try talentID(context)
        let profile = try context.workflows.poolProfile(id, by: .user(user)).value
        let options = try context.workflows.invitationOptions(for: id, by: .user(user))
        let employer = try context.workflows.administration(profile.employerID).map(WebFormat.administration)
        let name = profile.displayName
        let sent: HTML =
            options.sent.isEmpty
            ? "<p>Aucune invitation envoyée pour l'instant.</p>"
            : WebLayout.table(
                "Invitations envoyées à \(name)", columns: ["Mission", "Envoyée le", "Message"],
                rows: options.sent.map { sent -> HTML in
                    let invitation = sent.invitation
                    return """
                        <tr><td><a href="/missions/\(invitation.missionID.rawValue)">\(sent.missionTitle)</a></td>\
                        <td>\(WebFormat.instant(invitation.createdAt))</td>\
                        <td>\(invitation.message.isEmpty ? "—" : invitation.message)</td></tr>
                        """
                })
        let notice: HTML? =
            context.http.query["invitation"] == "envoyee"
            ? "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-3w\" role=\"status\"><p>L'invitation est envoyée : \(name) la reçoit par courriel et la retrouve dans son espace.</p></div>"
            : nil
        let main: HTML = """
            <h1>\(name)</h1>
            \(notice)
            \(WebLayout.errorSummary("L'invitation n'a pas été envoyée",
                                     errors: ["mission", "message"].compactMap { field in errors[field].map { (field: field, message: $0) } }))
            <dl class="terms">
            <dt>Administration</dt><dd>\(employer ?? "Administration inconnue")</dd>
            <dt>Statut</dt><dd>\(profile.status.label)</dd>
            <dt>Département de travail</dt><dd>\(profile.departement.code)</dd>
            <dt>Disponibilité</dt><dd>\(TalentSummary.availability(profile.availability))</dd>
            <dt>Dans le vivier depuis le</dt><dd>\(WebFormat.instant(profile.inPoolSince))</dd>
            </dl>
            <h2>Compétences</h2>
            \(TalentSummary.skillTags(profile.skills))
            <h2>Présentation</h2>
            <p>\(profile.presentation.isEmpty ? "Pas de présentation." : profile.presentation)</p>
            <h2>Inviter à candidater</h2>
            \(form(context, id: id, missions: options.missions, input: input, errors: errors))
            <h2>Invitations déjà envoyées</h2>
            \(sent)
            <p><a class="fr-link" href="\(PoolSearchPage.path)">Retour au vivier</a></p>
            """
        return WebResponse.page(
            WebLayout.page(name, context: context, trail: [("Vivier de talents", PoolSearchPage.path)], main: main),
            context: context, status: status)
    }

    /// The invitation form, or why there is none.
    private static func form(
        _ context: WebContext, id: TalentID, missions: [Mission], input: Input, errors: [String: String]
    ) -> HTML {
        guard !missions.isEmpty else {
            return """
                <p>Vous n'avez pas de mission publiée, ouverte aux candidatures, à laquelle cette personne n'est pas déjà invitée. <a href="\(OwnerMissionsPage.path)">Mes missions</a></p>
                """
        }
        let choices =
            [(value: "", text: "Choisissez une mission")]
            + missions.map {
                (
                    value: String($0.id.rawValue),
                    text:
                        "\($0.details.title) (candidatures jusqu'au \(WebFormat.date($0.details.applicationDeadline)))"
                )
            }
        return """
            <form method="post" action="/vivier/\(id.rawValue)/inviter">
            \(context.csrfField)
            \(WebField.select("mission", label: "Mission", hint: "Vos missions publiées et ouvertes aux candidatures",
                              options: choices, selected: input.mission, required: true, error: errors["mission"]))
            \(WebField.textarea("message", label: "Message (facultatif)",
                                hint: "Au plus \(Invitation.maximumMessageLength) caractères, joint au courriel d'invitation",
                                value: input.message, error: errors["message"]))
            <button class="fr-btn" type="submit">Inviter à candidater</button>
            </form>
            """
    }

    /// POST `/vivier/{id}/inviter`: invites the talent, then back to the profile with a success
    /// message; a refused invitation shows the form again (422) with what was typed.
    static func invite(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try talentID(context)
        let input = Input(mission: form["mission"] ?? "", message: form["message"] ?? "")
        guard let missionID = MissionID(input.mission), missionID.rawValue > 0 else {
            return try render(
                context, input: input, errors: ["mission": "choisissez la mission à laquelle inviter cette personne."],
                status: HTTPStatus(code: 422))
        }
        do {
            _ = try context.workflows.invite(
                NewInvitation(talentID: id, message: input.message), to: missionID, by: .user(user))
        } catch let error as InvitationError {
            let (field, text) = FrenchMessages.invitation(error)
            return try render(context, input: input, errors: [field: text], status: HTTPStatus(code: 422))
        }
        return WebResponse.seeOther("/vivier/\(id.rawValue)?invitation=envoyee")
    }

    /// The `{id}` of the path.
    static func talentID(_ context: WebContext) throws -> TalentID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = TalentID(raw), id.rawValue > 0 else { throw NotFoundError("talent", key: raw) }
        return id
    }
}
