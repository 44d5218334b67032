import Foundation
import Testing

@testable import AppTestSupport

/// "Fermer mon compte" from `/mes-donnees` and the operator's "Fermer le compte (demande
/// d'effacement)" on the user's page (issue #19), through a browser over the real server on the
/// demo data: the confirmation, the refusal naming the agreement, the session ended and the
/// page saying the account is closed; and the French labels of the export's columns.
@Suite struct WebAccountClosureTests {
    /// A demo talent party to no agreement under way, not a persona.
    static func closable(_ fixture: DemoFixture, skipping: Int = 0) throws -> (id: Int, email: String) {
        let row = try fixture.sql(
            """
            SELECT u.id || '|' || u.email FROM users u JOIN talents t ON t.user_id = u.id
            WHERE u.email NOT LIKE '%@ferme.invalid'
            AND NOT EXISTS (SELECT 1 FROM agreements o WHERE o.status IN ('awaiting-signatures', 'signed')
                AND (o.talent_id = t.id OR o.owner_id = u.id OR o.line_manager_id = u.id))
            AND EXISTS (SELECT 1 FROM applications a WHERE a.talent_id = t.id AND a.status = 'submitted')
            ORDER BY u.id LIMIT 1 OFFSET \(skipping)
            """
        ).split(separator: "|").map(String.init)
        try #require(row.count == 2)
        return (Int(row[0])!, row[1])
    }

    @Test func aTalentClosesTheirAccountAfterAConfirmation() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let (id, email) = try Self.closable(fixture)
        let browser = WebBrowser(fixture.server)
        try browser.signIn(email, database: fixture.database)
        let data = try browser.get("/mes-donnees")
        #expect(data.status == 200)
        // French labels for the columns, the raw names only in the JSON download.
        #expect(data.text.contains("Nom affiché") && data.text.contains("Adresse électronique"))
        let raw = data.text.range(of: #"<th[^>]*>[a-z_]+</th>"#, options: .regularExpression)
        #expect(raw == nil, "a column without a French label: \(raw.map { String(data.text[$0]) } ?? "")")
        #expect(data.text.contains("Fermer mon compte"))
        let download = try browser.get("/mes-donnees.json")
        #expect(download.text.contains("\"display_name\""))

        try browser.get("/mes-donnees")
        let confirmation = try browser.post("/mes-donnees/fermer-mon-compte", [])
        #expect(confirmation.status == 200 && confirmation.text.contains("Fermer votre compte ?"))
        #expect(try fixture.sql("SELECT email FROM users WHERE id = \(id)") == email)
        let closed = try browser.post("/mes-donnees/fermer-mon-compte", [("confirmation", "oui")])
        #expect(closed.status == 303 && closed.headers["location"] == "/compte-ferme")
        #expect(closed.headers["set-cookie"]?.contains("Max-Age=0") == true)
        let page = try browser.get("/compte-ferme")
        #expect(page.status == 200 && page.text.contains("Votre compte est fermé"))
        #expect(try fixture.sql("SELECT display_name FROM users WHERE id = \(id)") == "Compte fermé")
        #expect(try fixture.sql("SELECT count(*) FROM web_sessions WHERE user_id = \(id)") == "0")
        // Their live applications are withdrawn, each audited; the motivations emptied.
        let applications =
            "SELECT id FROM applications WHERE talent_id = (SELECT id FROM talents WHERE user_id = \(id))"
        #expect(
            try fixture.sql(
                "SELECT count(*) FROM applications WHERE id IN (\(applications)) AND status IN ('submitted', 'interview-proposed')"
            ) == "0")
        #expect(
            try fixture.sql(
                "SELECT count(*) FROM audit_events WHERE action = 'application.withdrawn' AND actor = 'user:\(id)' AND subject_id IN (\(applications))"
            ) != "0")
        #expect(
            try fixture.sql("SELECT count(*) FROM applications WHERE id IN (\(applications)) AND motivation != ''")
                == "0")
        #expect(
            try fixture.sql(
                "SELECT json_extract(details, '$.reason') FROM audit_events WHERE action = 'account.closed'")
                == "own-request")
        // The old address no longer signs in: no link is sent to it.
        let links = try WebBrowser.linkCount(fixture.database)
        try WebBrowser(fixture.server).post("/connexion", [("email", email)])
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try WebBrowser.linkCount(fixture.database) == links)

        try WebAccessibility.expectNoViolations(["/compte-ferme"], browser: WebBrowser(fixture.server))
        try WebAccessibility.expectNoViolations(
            documents: ["confirmation": confirmation.text], server: fixture.server)
    }

    @Test func theRefusalNamesTheAgreementAndTheOperatorClosesOnRequest() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        // The talent persona is party to an agreement under way in the demo: refused, named, linked.
        let talent = fixture.member(.talent)
        let open = try fixture.sql(
            """
            SELECT a.id || '|' || m.title FROM agreements a JOIN missions m ON m.id = a.mission_id
            JOIN talents t ON t.id = a.talent_id
            WHERE t.user_id = \(talent.id) AND a.status IN ('awaiting-signatures', 'signed') ORDER BY a.id LIMIT 1
            """
        ).split(separator: "|", maxSplits: 1).map(String.init)
        try #require(open.count == 2, "the talent persona has an agreement under way in the demo")
        let browser = WebBrowser(fixture.server)
        try browser.signIn(talent.email, database: fixture.database)
        try browser.get("/mes-donnees")
        let refused = try browser.post("/mes-donnees/fermer-mon-compte", [("confirmation", "oui")])
        #expect(refused.status == 409)
        #expect(refused.text.contains("href=\"/conventions/\(open[0])\""))
        #expect(refused.text.contains("interrompez-la d’abord"))
        #expect(try fixture.sql("SELECT count(*) FROM audit_events WHERE action = 'account.closed'") == "0")
        #expect(try browser.get("/mes-donnees").status == 200)

        // The operator, on the person's request, from the user's page.
        let (id, _) = try Self.closable(fixture)
        let operatorBrowser = WebBrowser(fixture.server)
        try operatorBrowser.signIn(fixture.member(.operator).email, database: fixture.database)
        let user = try operatorBrowser.get("/utilisateurs/\(id)")
        #expect(user.text.contains("Fermer le compte (demande d’effacement)"))
        let confirm = try operatorBrowser.post("/utilisateurs/\(id)/fermer", [])
        #expect(confirm.status == 200 && confirm.text.contains("Fermer le compte de"))
        let done = try operatorBrowser.post("/utilisateurs/\(id)/fermer", [("confirmation", "oui")])
        #expect(done.status == 303)
        let after = try operatorBrowser.get("/utilisateurs/\(id)")
        #expect(
            after.status == 200 && after.text.contains("Compte fermé") && after.text.contains("Ce compte est fermé"))
        #expect(
            try fixture.sql(
                "SELECT actor || ' ' || json_extract(details, '$.reason') FROM audit_events WHERE action = 'account.closed'"
            ) == "user:\(fixture.member(.operator).id) operator-on-request")

        try WebAccessibility.expectNoViolations(["/mes-donnees", "/utilisateurs/\(id)"], browser: operatorBrowser)
        try WebAccessibility.expectNoViolations(
            documents: ["refus": refused.text, "confirmation-operateur": confirm.text], server: fixture.server)
    }
}
