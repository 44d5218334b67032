import API
import Domain
import Gamification
import HTML
import HTTP
import Workflows

/// `/badges/assertions/{id}/verification`: the public page of a diploma in the site's frame: what
/// it attests, to whom, the mission (`#mission`, the evidence URL of the assertion), and whether
/// it is valid or revoked, in text. The Open Badges documents beside it (JSON-LD, content
/// negotiation) are the API's `BadgeRoutes`.
enum DiplomaVerificationPage {
    /// The page's path for the diploma `publicID`.
    static func path(_ publicID: String) -> String {
        "/badges/assertions/\(publicID)/verification"
    }

    static func render(_ http: HTTPRequest, workflows: Workflows, legal: WebLegal) throws -> HTTPResponse {
        let context = try WebContext(
            http, workflows: workflows, secureCookies: APIRouter.servesHTTPS(workflows), legal: legal)
        let id = http.parameters["id"] ?? ""
        guard let record = try workflows.badgeAssertion(id)?.value else {
            return try WebRoutes.errorPage(NotFoundError("badge-assertion", key: id), context: context)
        }
        let issuer = workflows.configuration.recognition.issuer
        let badge = MissionNatureBadge(record.nature)
        let status: HTML
        if let reason = record.revocationReason {
            let date = record.revokedAt.map { " le \(WebFormat.date($0.utcDate))" } ?? ""
            status =
                "<div class=\"fr-alert fr-alert--error fr-alert--sm fr-mb-3w\"><p><strong>Diplôme révoqué</strong>\(date). Motif : \(reason)</p></div>"
        } else {
            status =
                "<div class=\"fr-alert fr-alert--success fr-alert--sm fr-mb-3w\"><p><strong>Diplôme valide</strong> : émis par \(issuer.name) et vérifiable.</p></div>"
        }
        let evidence = record.evidence
        let main: HTML = """
            <h1>Vérification d'un diplôme virtuel</h1>
            \(status)
            <img src="/badges/assertions/\(record.publicID)/image" width="160" height="160" alt="Badge « \(badge.name) »">
            <h2>\(badge.name)</h2>
            <p>\(badge.description)</p>
            <dl>
            <dt>Décerné à</dt><dd>\(record.recipientName)</dd>
            <dt>Date d'émission</dt><dd>\(WebFormat.date(record.issuedAt.utcDate))</dd>
            <dt>Émetteur</dt><dd>\(issuer.name)</dd>
            </dl>
            <section id="mission" aria-labelledby="mission-titre">
            <h2 id="mission-titre">Mission</h2>
            <dl>
            <dt>Intitulé</dt><dd>\(evidence.title)</dd>
            <dt>Administration bénéficiaire</dt><dd>\(evidence.beneficiary)</dd>
            <dt>Temps validé</dt><dd>\(WebFormat.duration(minutes: evidence.validatedMinutes))</dd>
            <dt>Objectifs</dt><dd>\(evidence.objectives)</dd>
            </dl>
            </section>
            <h2>Vérifier</h2>
            <p>Critères : \(badge.criteria)</p>
            <ul>
            <li><a href="/badges/assertions/\(record.publicID)">Assertion Open Badges 2.0 (JSON-LD)</a></li>
            <li><a href="/badges/assertions/\(record.publicID)/image">Badge SVG avec l'assertion intégrée</a></li>
            <li><a href="/badges/classes/\(badge.nature.rawValue)">Description du badge (JSON-LD)</a></li>
            </ul>
            """
        return WebResponse.page(
            WebLayout.page("Vérification du diplôme « \(badge.name) »", context: context, main: main),
            context: context)
    }
}
