import Foundation
import Testing

@testable import AppTestSupport

/// The recognition pages on the fixture where Camille completed a mission: the public diploma
/// page in the site's frame, `/mes-distinctions`, the spotlight and its opt-in.
extension WebTalentTests {
    @Test func theDiplomaPageIsPublicAccessibleAndInTheSiteFrame() throws {
        let fixture = try RecognitionFixture()
        defer { fixture.close() }
        let browser = WebBrowser(fixture.server)
        let page = try browser.get("/badges/assertions/\(fixture.diplomaID)/verification")
        #expect(page.status == 200 && page.headers["content-type"] == WebFrontTests.html)
        #expect(page.text.contains("<main id=\"contenu\"") && page.text.contains("href=\"#contenu\""))
        #expect(
            page.text.contains("<h1>Vérification d'un diplôme virtuel</h1>") && page.text.contains("Diplôme valide"))
        #expect(page.text.contains("Camille &lt;Martin&gt;") && !page.text.contains("<Martin>"))
        #expect(
            page.text.contains("<section id=\"mission\"")
                && page.text.contains("Former l&#39;équipe à &lt;l&#39;audit&gt;"))
        let unknown = try browser.get("/badges/assertions/inconnu/verification")
        #expect(unknown.status == 404 && unknown.text.contains("Page introuvable"))
        // The Open Badges documents keep their JSON-LD, whatever a browser accepts.
        let assertion = try fixture.server.send(
            "GET", "/badges/assertions/\(fixture.diplomaID)",
            headers: ["Accept": "text/html,application/xhtml+xml"])
        #expect(assertion.status == 200 && assertion.headers["content-type"] == "application/ld+json")
    }

    @Test func aTalentSeesDistinctionsAndDiplomasAndChoosesTheSpotlight() throws {
        let fixture = try RecognitionFixture()
        defer { fixture.close() }
        let march = "/a-l-honneur?du=2026-03-01&au=2026-03-31"
        let browser = WebBrowser(fixture.server)
        #expect(try browser.get("/mes-distinctions").status == 303, "signed out: to the sign-in page")
        let nobody = try browser.get(march)
        #expect(nobody.status == 200 && nobody.text.contains("Aucun talent à l'honneur sur cette période."))
        #expect(nobody.text.contains("du 1er mars 2026 au 31 mars 2026"))
        // A hostile period is echoed escaped, with its error; the default period is shown.
        let hostile = try browser.get("/a-l-honneur?du=\(WebBrowser.encode(Self.hostile))&au=2026-03-31")
        #expect(hostile.status == 200 && !hostile.text.contains("<script>"))
        #expect(hostile.text.contains("value=\"\(Self.escaped)\"") && hostile.text.contains("id=\"du-erreur\""))

        try browser.signIn("camille.martin@culture.gouv.fr", database: fixture.database)
        let mine = try browser.get("/mes-distinctions").text
        #expect(mine.contains("<h3>Mission Transfert de compétences</h3>"))
        #expect(mine.contains("href=\"/badges/assertions/\(fixture.diplomaID)/verification\""))
        #expect(mine.contains("Former l&#39;équipe à &lt;l&#39;audit&gt;") && !mine.contains("<l'audit>"))
        #expect(mine.contains("<h3>Première mission</h3>"))
        #expect(
            mine.contains("<label class=\"fr-label\" for=\"consentement-honneur\">")
                && mine.contains("Apparaître à l'honneur</button>"))
        try WebAccessibility.expectNoViolations(
            [
                "/mes-distinctions", "/mes-distinctions!consentement-honneur=", march,
                "/a-l-honneur?du=x&au=2026-03-31",
                "/badges/assertions/\(fixture.diplomaID)/verification"
            ], browser: browser)

        func revision() throws -> String {
            try Subprocess.sqlite3(fixture.database, "SELECT revision FROM talents WHERE id = 1").output
                .trimmingCharacters(in: .whitespacesAndNewlines)
        }
        func sql(_ query: String) throws -> String {
            try Subprocess.sqlite3(fixture.database, query).output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let first = try revision()
        let unticked = try browser.post("/a-l-honneur/participation", [("revision", first), ("choix", "participation")])
        #expect(unticked.status == 422 && unticked.text.contains("id=\"consentement-honneur-erreur\""))
        #expect(try sql("SELECT count(*) FROM spotlight_consents") == "0")

        let joined = try browser.post(
            "/a-l-honneur/participation",
            [("revision", first), ("choix", "participation"), ("consentement", "oui")])
        #expect(joined.status == 303 && joined.headers["location"] == "/mes-distinctions#a-l-honneur")
        #expect(try sql("SELECT count(*) FROM spotlight_consents") == "1")
        #expect(try sql("SELECT count(*) FROM audit_events WHERE action = 'talent.spotlight-joined'") == "1")
        let listed = try browser.get(march).text
        #expect(listed.contains("<h3>Camille &lt;Martin&gt;</h3>") && !listed.contains("<Martin>"))
        #expect(listed.contains("Direction du numérique") && listed.contains("<p>1 mission menée à bien</p>"))
        #expect(listed.contains("Première mission"))

        let member = try browser.get("/mes-distinctions").text
        #expect(member.contains("Ne plus apparaître à l'honneur</button>"))
        let stale = try browser.post("/a-l-honneur/participation", [("revision", first), ("choix", "retrait")])
        #expect(stale.status == 409 && stale.text.contains("Ne plus apparaître à l'honneur</button>"))
        try browser.get("/mes-distinctions")
        #expect(
            try browser.post("/a-l-honneur/participation", [("revision", try revision()), ("choix", "retrait")]).status
                == 303)
        #expect(try sql("SELECT count(*) FROM spotlight_consents") == "0")
        #expect(try sql("SELECT count(*) FROM audit_events WHERE action = 'talent.spotlight-left'") == "1")
        #expect(!(try browser.get(march).text.contains("<h3>Camille")))
    }
}
