import Domain
import HTML
import HTTP
import Workflows

/// `/espace-responsable/missions/{id}/talents-recommandes`: the pool talents who fit the mission
/// best (``Workflows/recommendTalents(for:query:by:)``), each with the matching's explanation and
/// a link to their pool profile, where they are invited.
enum RecommendedTalentsPage {
    /// The page of mission `id`.
    static func path(_ id: MissionID) -> String {
        "/espace-responsable/missions/\(id.rawValue)/talents-recommandes"
    }

    static func render(_ context: WebContext) throws -> HTTPResponse {
        let user = try context.signedInUser()
        let id = try OwnerMissionsPage.missionID(context)
        // The rights first (403 for another owner's published mission), then the title.
        let recommendations = try context.workflows.recommendTalents(
            for: id, query: RecommendationQuery(), by: .user(user))
        let mission = try context.workflows.mission(id, by: .user(user)).value
        let administrations = try context.workflows.administrations(recommendations.map(\.profile.employerID))
        let items = recommendations.map { item($0, employer: administrations[$0.profile.employerID]) }
        let title = "Talents recommandés pour « \(mission.details.title) »"
        let main: HTML = """
            <h1>\(title)</h1>
            <p>Les talents du vivier les plus proches de la mission, selon les compétences requises et leur niveau, la disponibilité et le lieu ; la liste fait aussi place à plusieurs employeurs. Ouvrez un profil pour inviter la personne à candidater.</p>
            \(items.isEmpty ? "<p>Aucun talent du vivier ne correspond à cette mission pour l'instant.</p>" as HTML : "<ol class=\"cards\">\(HTML.joined(items))</ol>")
            <p><a class="fr-link" href="/missions/\(id.rawValue)">Voir la mission</a></p>
            """
        return WebResponse.page(
            WebLayout.page(title, context: context, trail: [("Mes missions", OwnerMissionsPage.path)], main: main),
            context: context)
    }

    /// One recommended talent.
    private static func item(_ recommendation: TalentRecommendation, employer: Administration?) -> HTML {
        let profile = recommendation.profile
        let explanation = recommendation.explanation
        let matched = explanation.matchedSkills.map { skill -> HTML in
            "<li><p class=\"fr-tag\">\(skill.name) · \(skill.level.label) (\(skill.minimumLevel.label) attendu)</p></li>"
        }
        let missing = explanation.missingSkills.map {
            "<li><p class=\"fr-tag\">\(TalentSummary.skillName($0.code))</p></li>" as HTML
        }
        return """
            <li class="card">
            <h2><a href="\(PoolSearchPage.path)/\(profile.id.rawValue)">\(profile.displayName)</a></h2>
            <p class="meta">\(employer.map(WebFormat.administration) ?? "") · département \(profile.departement.code) · disponibilité : \(TalentSummary.availability(profile.availability))</p>
            <p>Compétences requises détenues :</p>
            \(matched.isEmpty ? "<p>Aucune.</p>" as HTML : "<ul class=\"fr-tags-group\">\(HTML.joined(matched))</ul>")
            \(missing.isEmpty ? nil : "<p>Compétences requises manquantes :</p><ul class=\"fr-tags-group\">\(HTML.joined(missing))</ul>" as HTML)
            \(TalentSummary.explanation(explanation))
            </li>
            """
    }
}
