import Domain
import HTML
import HTTP
import Workflows

/// `/missions-pour-moi`: the published missions that fit the signed-in talent's profile best
/// (Workflows `recommendMissions`, as `GET /v1/talents/me/recommendations`), each with why it
/// fits — the score, the required skills held with both levels, those missing, and the reasons
/// the matching gives — and the link to the mission.
enum RecommendedMissionsPage {
    static let path = "/missions-pour-moi"

    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let body: HTML
        do {
            let recommendations = try context.workflows.recommendMissions(query: RecommendationQuery(), by: .user(user))
            let administrations = try context.workflows.administrations(recommendations.map(\.mission.administrationID))
            body =
                recommendations.isEmpty
                ? "<p>Aucune mission publiée ne correspond pour l'instant à vos compétences et à vos disponibilités. Complétez <a href=\"/mon-profil\">votre profil</a> ou parcourez <a href=\"/missions\">le catalogue</a>.</p>"
                : "<ul class=\"cards\">\(each: recommendations, { card($0, administration: administrations[$0.mission.administrationID]) })</ul>"
        } catch is NotFoundError {
            body =
                "<p>Votre profil de talent n'est pas encore créé : les recommandations partent de vos compétences et de vos disponibilités. <a href=\"/mon-profil\">Compléter mon profil</a></p>"
        }
        let main: HTML = """
            <h1>Missions pour moi</h1>
            <p>Les missions ouvertes aux candidatures qui correspondent le mieux à votre profil (compétences et niveaux, disponibilités, lieu), les plus proches en premier, avec ce qui les rapproche de vous.</p>
            \(body)
            """
        return WebResponse.page(WebLayout.page("Missions pour moi", context: context, main: main), context: context)
    }

    /// One recommendation: the mission, its score out of 100, and the explanation.
    private static func card(_ recommendation: MissionRecommendation, administration: Administration?) -> HTML {
        let mission = recommendation.mission
        let explanation = recommendation.explanation
        let score = Int(explanation.score.total.rounded())
        let held = explanation.matchedSkills.map { skill -> HTML in
            "<li>\(skill.name) : votre niveau \(skill.level.label), \(skill.minimumLevel.label) attendu\(skill.isMet ? "" : " (en dessous)")</li>"
        }
        let missing = explanation.missingSkills.map {
            SkillTaxonomy.standard.skill($0.code)?.name ?? $0.code.rawValue
        }
        let id = mission.id.rawValue
        return """
            <li class="card" id="recommandation-\(id)">
            <h2><a href="/missions/\(id)">\(mission.details.title)</a></h2>
            <p>\(administration.map(WebFormat.administration) ?? "")</p>
            <p class="meta">Correspondance : <strong>\(score) sur 100</strong> · du \(WebFormat.date(mission.details.window.start)) au \(WebFormat.date(mission.details.window.end)) · candidatures jusqu'au \(WebFormat.date(mission.details.applicationDeadline))</p>
            <h3>Pourquoi cette mission</h3>
            <ul>\(each: explanation.reasons, { "<li>\($0.label)</li>" as HTML })</ul>
            \(held.isEmpty ? nil : "<p>Compétences requises que vous déclarez :</p><ul>\(HTML.joined(held))</ul>" as HTML)
            \(missing.isEmpty ? nil : "<p>Compétences requises que vous ne déclarez pas : \(missing.joined(separator: ", "))</p>" as HTML)
            <p><a class="fr-link" href="/missions/\(id)">Voir la mission « \(mission.details.title) »</a></p>
            </li>
            """
    }
}
