import Foundation
import Testing

@testable import AppTestSupport

/// The web front in a real browser: `scripts/web-journey.py` drives headless Chromium through the
/// whole journey — an agent signs up, creates the profile, joins the pool and applies; the referent
/// confirms the talent's employment; the owner accepts and drafts the agreement; talent, line manager and owner sign; the referent issues the
/// mission order; the talent reports time and the owner validates it; the operator opens the
/// console — and checks every page it visits with axe-core (WCAG 2.1 A/AA). Chromium,
/// chromedriver, Selenium and axe-core-python come from scripts/setup.
@Suite struct WebJourneyTests {
    @Test func theWholeJourneyThroughThePagesWithoutAccessibilityViolations() throws {
        let world = try ApplicationWorld(talents: 0)
        defer { world.close() }
        // The talent signs up from the sign-in page (issue 17); the others have accounts.
        for (name, role) in [("helene.garnier", "line-manager"), ("referent", "referent")] {
            try world.admin(
                "users", "add", "--name", "Personne \(name)", "--email", "\(name)@numerique.gouv.fr",
                "--role", role, "--administration", "MINESSAI")
        }
        let title = "Revue d'accessibilité du portail des démarches"
        _ = try world.publishedMission(title: title)
        _ = try world.publishedMission(title: "Sécurisation de l'API des rendez-vous")
        // Screenshots at desktop and phone widths only on demand (docs/web/ holds a few).
        let shots = ProcessInfo.processInfo.environment["TALENTS_WEB_SCREENSHOTS"].map { [$0] } ?? []
        let run = try Subprocess.script(
            "web-journey.py",
            [
                world.server.baseURL, world.database, world.clockFile,
                "accessibilité", title
            ] + shots)
        #expect(run.status == 0, "scripts/web-journey.py (run scripts/setup first):\n\(run.output)\(run.errorOutput)")
        #expect(run.output.components(separatedBy: "checked ").count - 1 == 19, "\(run.output)")
        #expect(try world.sql("SELECT count(*) FROM talents WHERE pool_consent_at IS NOT NULL") == "1")
        #expect(try world.sql("SELECT status FROM applications") == "accepted")
        #expect(try world.sql("SELECT status FROM agreements") == "signed")
        #expect(try world.sql("SELECT count(*) FROM mission_orders") == "1")
        #expect(try world.sql("SELECT status || ' ' || minutes FROM time_reports") == "validated 180")
    }
}
