import Domain
import HTML
import HTTP
import Workflows

/// `/console/missions/{id}`: a mission as the operator reviews it, with the forms to publish it
/// (`/console/missions/{id}/publier`, Workflows `publishMission`) or send it back to its owner
/// with a reason (`/console/missions/{id}/refuser`, `rejectMission`), each with the revision read.
enum ModerationPage {
    static func path(_ id: MissionID) -> String {
        "/console/missions/\(id.rawValue)"
    }

    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let mission = try context.workflows.missionUnderReview(
            try OwnerMissionsPage.missionID(context), by: .user(user))
        return try page(context, mission: mission, reason: "", errors: [:])
    }

    /// POST: publishes, then back to the console.
    static func publish(_ context: WebContext) throws -> HTTPResponse {
        try decide(context) { id, revision, _, user in
            _ = try context.workflows.publishMission(id, expectedRevision: revision, by: .user(user))
            return "publiee"
        }
    }

    /// POST: rejects with the reason, then back to the console.
    static func reject(_ context: WebContext) throws -> HTTPResponse {
        try decide(context) { id, revision, reason, user in
            _ = try context.workflows.rejectMission(id, reason: reason, expectedRevision: revision, by: .user(user))
            return "refusee"
        }
    }

    /// A decision with the revision read; its refusal renders the page again (422 for the
    /// reason, 409 for a rule of the mission's life or a stale revision).
    private static func decide(
        _ context: WebContext,
        _ action: (MissionID, Int?, String, User) throws -> String
    ) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try OwnerMissionsPage.missionID(context)
        let reason = form["motif"] ?? ""
        let revision = form["revision"].flatMap { Int($0) }
        do {
            let done = try action(id, revision, reason, user)
            return WebResponse.seeOther(ConsolePage.path + "?" + done + "=\(id.rawValue)#moderation")
        } catch let error as MissionError where error.field == "reason" {
            let mission = try context.workflows.missionUnderReview(id, by: .user(user))
            return try page(
                context, mission: mission, reason: reason, errors: ["motif": FrenchMessages.mission(error).text],
                status: HTTPStatus(code: 422))
        } catch let error as MissionError {
            let mission = try context.workflows.missionUnderReview(id, by: .user(user))
            return try page(
                context, mission: mission, reason: reason, errors: ["decision": FrenchMessages.mission(error).text],
                status: HTTPStatus(code: 409))
        } catch is StaleRevisionError {
            let mission = try context.workflows.missionUnderReview(id, by: .user(user))
            return try page(
                context, mission: mission, reason: reason,
                errors: ["decision": "la mission a changé entre-temps : relisez-la et recommencez."],
                status: HTTPStatus(code: 409))
        }
    }

    private static func page(
        _ context: WebContext, mission: Versioned<Mission>, reason: String, errors: [String: String],
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let value = mission.value
        let details = value.details
        let skills = details.requiredSkills.map { requirement -> HTML in
            let name = SkillTaxonomy.standard.skill(requirement.code)?.name ?? requirement.code.rawValue
            return
                "<li>\(name) (niveau minimum \(requirement.minimumLevel.rawValue) — \(requirement.minimumLevel.label))</li>"
        }
        let revision = WebField.hidden(context, revision: mission.revision)
        let reasonError = errors["motif"]
        let refusal = WebLayout.alert(errors["decision"].map { "Erreur : \($0)" })
        let decision: HTML =
            value.state == .submitted
            ? """
            <h2>Décision</h2>
            \(refusal)
            <form method="post" action="\(path(value.id))/publier">\(revision)
            <button class="fr-btn" type="submit">Publier la mission</button></form>
            <form method="post" action="\(path(value.id))/refuser" novalidate>\(revision)
            \(WebField.textarea("motif", label: "Motif du refus",
                                  hint: "Le responsable le lira avec son brouillon, qu'il pourra corriger et soumettre à nouveau (\(Mission.maximumRejectionReasonLength) caractères au plus).",
                                  value: reason, error: reasonError, required: true))
            <button class="fr-btn fr-btn--secondary" type="submit">Refuser et renvoyer au responsable</button></form>
            """
            : "<h2>Décision</h2>\(refusal)<p>Cette mission est à l'état « \(WebFormat.state(value.state)) » : elle n'attend pas de modération.</p>"
        let main: HTML = """
            <h1>\(details.title)</h1>
            <p><a href="\(ConsolePage.path)#moderation">Retour à la console</a></p>
            <dl class="facts">
            <dt>État</dt><dd>\(WebFormat.state(value.state))</dd>
            <dt>Nature</dt><dd>\(details.nature.label)</dd>
            <dt>Effort estimé</dt><dd>\(details.effortHours) heures</dd>
            <dt>Période</dt><dd>du \(WebFormat.date(details.window.start)) au \(WebFormat.date(details.window.end))</dd>
            <dt>Candidatures jusqu'au</dt><dd>\(WebFormat.date(details.applicationDeadline))</dd>
            <dt>Lieu</dt><dd>\(details.departement.map { "Département \($0.code)" } ?? "Aucun lieu")\(details.remote ? " · à distance possible" : "")</dd>
            <dt>Talents recherchés</dt><dd>\(details.talentsSought)</dd>
            <dt>Mission de crise</dt><dd>\(details.crisis ? "Oui" : "Non")</dd>
            \(value.submittedAt.map { "<dt>Soumise le</dt><dd>\(WebFormat.instant($0))</dd>" as HTML })
            \(value.rejectionReason.map { "<dt>Motif du dernier refus</dt><dd>\($0)</dd>" as HTML })
            </dl>
            <h2>Description</h2>
            <p class="prewrap">\(details.description)</p>
            <h2>Compétences attendues</h2>
            <ul>\(HTML.joined(skills))</ul>
            \(decision)
            """
        let title = errors.isEmpty ? "Modération : \(details.title)" : "Erreur — Modération : \(details.title)"
        return WebResponse.page(
            WebLayout.page(title, context: context, trail: [("Console", ConsolePage.path)], main: main),
            context: context, status: status)
    }
}
