import Domain
import HTML
import HTTP
import Workflows

/// `/missions/{id}`: a mission, and for a signed-in talent the form "Proposer mon expertise",
/// posted to `/missions/{id}/candidature` (Workflows `apply`).
enum MissionPage {
    static func render(_ context: WebContext) throws -> HTTPResponse {
        try page(context, mission: try mission(context), motivation: "", error: nil)
    }

    static func apply(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let form = try context.form()
        let id = try missionID(context)
        let motivation = form["motivation"] ?? ""
        do {
            _ = try context.workflows.apply(to: id, motivation: motivation, by: .user(user))
            // The mission page then says when the talent applied: the confirmation.
            return WebResponse.seeOther("/missions/\(id.rawValue)#candidature")
        } catch let error as ApplicationError {
            return try page(
                context, mission: try mission(context), motivation: motivation,
                error: FrenchMessages.application(error),
                status: HTTPStatus(code: 422))
        }
    }

    private static func page(
        _ context: WebContext, mission: Mission, motivation: String, error: String?,
        status: HTTPStatus = .ok
    ) throws -> HTTPResponse {
        let details = mission.details
        let skills = details.requiredSkills.map { required in
            let name = SkillTaxonomy.standard.skill(required.code)?.name ?? required.code.rawValue
            return "\(name) — niveau \(required.minimumLevel.label.lowercased()) au moins"
        }
        let offeredBy = try context.workflows.administration(mission.administrationID).map(WebFormat.administration)
        let main: HTML = """
            <h1>\(details.title)</h1>
            <p>Proposée par \(offeredBy ?? "une administration")</p>
            \(try MissionOwnersPage.link(context, mission: mission))
            <p class="meta">\(details.nature.label) · \(details.effortHours) heures · du \(WebFormat.date(details.window.start)) au \(WebFormat.date(details.window.end))</p>
            <p class="meta">\(details.departement.map { "Département \($0.code)" } ?? "Lieu non précisé")\(details.remote ? " · À distance possible" : "") · \(details.talentsSought) talent(s) recherché(s)</p>
            <p class="meta">Candidatures jusqu'au \(WebFormat.date(details.applicationDeadline))</p>
            <h2>Description</h2>
            <p>\(details.description)</p>
            <h2>Compétences attendues</h2>
            <ul>\(each: skills, listItem)</ul>
            <h2 id="candidature">Proposer mon expertise</h2>
            \(try applySection(context, mission: mission, motivation: motivation, error: error))
            <h2 id="poser-une-question">Poser une question</h2>
            \(MissionQuestionsWeb.askSection(context, mission: mission))
            """
        return WebResponse.page(
            WebLayout.page(details.title, context: context, trail: [("Missions", "/missions")], main: main),
            context: context, status: status)
    }

    private static func applySection(
        _ context: WebContext, mission: Mission, motivation: String,
        error: String?
    ) throws -> HTML {
        guard let user = context.user else {
            return "<p><a href=\"/connexion\">Connectez-vous</a> pour proposer votre expertise.</p>"
        }
        guard user.has(.talent) else { return "<p>Seul un compte de talent peut proposer son expertise.</p>" }
        if let applied = try context.workflows.liveApplication(to: mission.id, by: .user(user)) {
            return """
                \(WebLayout.alert(error))
                <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status"><p><strong>Vous avez proposé votre expertise le \(WebFormat.instant(applied.submittedAt)).</strong> Le responsable de la mission vous répond sous 14 jours ; suivez sa réponse dans <a href="/mes-candidatures">Mes candidatures</a>.</p></div>
                """
        }
        guard mission.state == .published else { return "<p>Cette mission ne reçoit pas de candidature.</p>" }
        return """
            <form method="post" action="/missions/\(mission.id.rawValue)/candidature" novalidate>
            \(context.csrfField)
            \(WebField.textarea("motivation", label: "Message de motivation",
                                hint: "Présentez en quelques lignes ce que vous apportez à cette mission (\(Application.maximumMotivationLength) caractères au plus).",
                                value: motivation, error: error, required: true))
            <button class="fr-btn" type="submit">Proposer mon expertise</button>
            </form>
            """
    }

    private static func listItem(_ text: String) -> HTML {
        "<li>\(text)</li>"
    }

    private static func mission(_ context: WebContext) throws -> Mission {
        let id = try missionID(context)
        guard let user = context.user else { return try context.workflows.publishedMission(id) }
        return try context.workflows.mission(id, by: .user(user)).value
    }

    private static func missionID(_ context: WebContext) throws -> MissionID {
        let raw = context.http.parameters["id"] ?? ""
        guard let id = MissionID(raw), id.rawValue > 0 else { throw NotFoundError("mission", key: raw) }
        return id
    }
}
