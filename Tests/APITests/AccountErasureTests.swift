import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The closure of an account and the erasure of the person's data (issue #19, docs/privacy.md),
/// on the demo data served by the real binary: the proof on the file (the bytes of the database,
/// its WAL and the mail folder), what the programme keeps staying consistent, the refusal while
/// an agreement is under way, the CLI, and the person's credentials dying at once.
@Suite struct AccountErasureTests {
    /// Strings that name nobody else in the demo data.
    static let name = "Zephyrine Quasibrocq"
    static let email = "zephyrine.quasibrocq@finances.gouv.fr"
    static let lineManagerName = "Hildegarde Vanvolsembrok"
    static let lineManagerEmail = "hildegarde.vanvolsembrok@finances.gouv.fr"
    static let motivation = "Motivation-unique-Kx7Q-je-souhaite-aider-le-service"

    /// A demo talent who may be closed (no agreement under signature or running as any party)
    /// and has a completed agreement (a diploma, an owner who keeps the record) and applications.
    static func closableTalent(_ fixture: DemoFixture) throws -> (userID: Int, agreementID: Int) {
        let row = try fixture.sql(
            """
            SELECT u.id, g.id FROM users u JOIN talents t ON t.user_id = u.id
            JOIN agreements g ON g.talent_id = t.id AND g.status = 'completed'
            WHERE NOT EXISTS (SELECT 1 FROM agreements o WHERE o.status IN ('awaiting-signatures', 'signed')
                AND (o.talent_id = t.id OR o.owner_id = u.id OR o.line_manager_id = u.id))
            AND EXISTS (SELECT 1 FROM badge_assertions b WHERE b.user_id = u.id AND b.revoked_at IS NULL)
            ORDER BY u.id LIMIT 1
            """)
        let parts = row.split(separator: "|").compactMap { Int($0) }
        try #require(parts.count == 2, "no closable talent in the demo data: \(row)")
        return (parts[0], parts[1])
    }

    /// Gives the talent `userID` the distinctive strings (with `secure_delete`, as the platform's
    /// connections, so the demo values they replace leave no trace to confuse the scan).
    static func personalise(_ fixture: DemoFixture, userID: Int) throws {
        _ = try fixture.sql(
            """
            PRAGMA secure_delete = ON;
            UPDATE users SET display_name = '\(name)', email = '\(email)' WHERE id = \(userID);
            UPDATE talents SET line_manager_name = '\(lineManagerName)', line_manager_email = '\(lineManagerEmail)'
                WHERE user_id = \(userID);
            UPDATE applications SET motivation = '\(motivation)'
                WHERE talent_id = (SELECT id FROM talents WHERE user_id = \(userID));
            """)
    }

    /// Which of the strings occur in the files: the database, its WAL, every file of the maildir.
    static func traces(in fixture: DemoFixture) throws -> [String: [String]] {
        var files = [fixture.database, fixture.database + "-wal"]
        let mail = fixture.directory.path("mail")
        if let walker = FileManager.default.enumerator(atPath: mail) {
            for case let file as String in walker {
                var directory: ObjCBool = false
                let path = mail + "/" + file
                if FileManager.default.fileExists(atPath: path, isDirectory: &directory), !directory.boolValue {
                    files.append(path)
                }
            }
        }
        var found: [String: [String]] = [:]
        for file in files {
            guard let bytes = FileManager.default.contents(atPath: file) else { continue }
            for needle in [name, email, lineManagerName, lineManagerEmail, motivation]
            where bytes.range(of: Data(needle.utf8)) != nil {
                found[needle, default: []].append(URL(fileURLWithPath: file).lastPathComponent)
            }
        }
        return found
    }

    /// The programme's figures, as `talents-admin report … --format json` prints them.
    static func figures(_ fixture: DemoFixture) throws -> [String: String] {
        var figures: [String: String] = [:]
        for report in ["missions", "applications", "agreements", "mission-orders", "validated-hours"] {
            let result = try Subprocess.run(
                "talents-admin", ["report", report, "--format", "json"], environment: ["TALENTS_DB": fixture.database])
            #expect(result.status == 0, "\(report): \(result.errorOutput)")
            figures[report] = result.output
        }
        return figures
    }

    static func admin(_ fixture: DemoFixture, _ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run("talents-admin", arguments, environment: ["TALENTS_DB": fixture.database])
    }

    @Test func theErasedPersonLeavesNoTraceInTheFileTheWALNorTheMailFolder() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let (userID, agreementID) = try Self.closableTalent(fixture)
        try Self.personalise(fixture, userID: userID)
        let token = try Self.admin(fixture, ["tokens", "issue", "--email", Self.email])
        try #require(token.status == 0, "\(token.errorOutput)")
        let bearer = token.output.trimmingCharacters(in: .whitespacesAndNewlines)

        // A web session, a sign-in link not used yet, and messages delivered to the maildir.
        let browser = WebBrowser(fixture.server)
        try browser.signIn(Self.email, database: fixture.database)
        #expect(try browser.get("/mes-donnees").status == 200)
        let other = WebBrowser(fixture.server)
        try other.get("/connexion")
        let links = try WebBrowser.linkCount(fixture.database, to: Self.email)
        try other.post("/connexion", [("email", Self.email)])
        try WebBrowser.waitForLinks(fixture.database, to: Self.email, count: links + 1)
        let unusedLink = try WebBrowser.newestLinkToken(fixture.database, to: Self.email)
        let delivered = try Self.admin(fixture, ["jobs", "run"])
        #expect(delivered.status == 0, "\(delivered.errorOutput)")

        // Before: every string is somewhere in the files (so the scan below can fail).
        let before = try Self.traces(in: fixture)
        for needle in [Self.name, Self.email, Self.lineManagerName, Self.lineManagerEmail, Self.motivation] {
            #expect(before[needle] != nil, "\(needle) should be in the files before the erasure")
        }
        #expect(before[Self.email]?.contains { $0.hasSuffix(".eml") } == true, "a message to them in the maildir")
        let figures = try Self.figures(fixture)
        let ledger = try fixture.sql("SELECT count(*), sum(amount) FROM credit_movements")
        let audit = try fixture.sql("SELECT count(*) FROM audit_events")
        let applications = try fixture.sql("SELECT count(*) FROM applications")
        let badge = try fixture.sql("SELECT public_id FROM badge_assertions WHERE user_id = \(userID) LIMIT 1")

        // The person closes their account through the API.
        let closed = try fixture.server.send("POST", "/v1/me/closure", token: bearer)
        #expect(closed.status == 200, "\(String(decoding: closed.body, as: UTF8.self))")
        let json = closed.json as? [String: Any]
        #expect(json?["reason"] as? String == "own-request")
        let maintenance = try Self.admin(fixture, ["db", "maintain"])
        #expect(maintenance.status == 0, "\(maintenance.errorOutput)")

        // After: none of the strings is anywhere in the files.
        let after = try Self.traces(in: fixture)
        #expect(after.isEmpty, "left after the erasure: \(after)")

        // Credentials died at once.
        #expect(try fixture.server.send("GET", "/v1/me", token: bearer).status == 401)
        #expect(try browser.get("/mes-donnees").status == 303)
        #expect(try other.post("/connexion/lien", [("jeton", unusedLink)]).status != 303)
        #expect(
            try fixture.sql(
                """
                SELECT (SELECT count(*) FROM web_sessions WHERE user_id = \(userID))
                    + (SELECT count(*) FROM api_tokens WHERE user_id = \(userID))
                    + (SELECT count(*) FROM web_sign_in_links WHERE user_id = \(userID))
                """) == "0")

        // What the programme keeps stays consistent.
        #expect(try Self.admin(fixture, ["ledger", "verify"]).status == 0)
        #expect(try Self.admin(fixture, ["db", "check"]).status == 0)
        // Live applications are withdrawn (each audited); every other figure is unchanged.
        let withdrawn = (json?["rows"] as? [String: Any])?["applications.withdrawn"] as? Int ?? 0
        var expectedFigures = figures
        if withdrawn > 0 { expectedFigures["applications"] = nil }
        var figuresAfter = try Self.figures(fixture)
        if withdrawn > 0 { figuresAfter["applications"] = nil }
        #expect(figuresAfter == expectedFigures)
        #expect(try fixture.sql("SELECT count(*) FROM applications") == applications)
        #expect(try fixture.sql("SELECT count(*), sum(amount) FROM credit_movements") == ledger)
        #expect(Int(try fixture.sql("SELECT count(*) FROM audit_events")) == Int(audit)! + 1 + withdrawn)
        let event = try fixture.sql(
            "SELECT actor || ' ' || json_extract(details, '$.reason') FROM audit_events WHERE action = 'account.closed'"
        )
        #expect(event == "user:\(userID) own-request")
        let details = try fixture.sql("SELECT details FROM audit_events WHERE action = 'account.closed'")
        #expect(!details.contains("@") && !details.contains("Zephyrine"))
        #expect(try fixture.sql("SELECT display_name FROM users WHERE id = \(userID)") == "Compte fermé")

        // The diploma answers revoked, 410 Gone.
        let assertion = try fixture.server.send("GET", "/badges/assertions/\(badge)")
        #expect(assertion.status == 410)
        let verification = try WebBrowser(fixture.server).get("/badges/assertions/\(badge)/verification")
        #expect(verification.status == 200 && verification.text.contains("Diplôme révoqué"))

        // The owner's record of the completed agreement still renders, naming the pseudonym.
        let ownerEmail = try fixture.sql(
            "SELECT u.email FROM agreements a JOIN users u ON u.id = a.owner_id WHERE a.id = \(agreementID)")
        let owner = WebBrowser(fixture.server)
        try owner.signIn(ownerEmail, database: fixture.database)
        let page = try owner.get("/conventions/\(agreementID)")
        #expect(page.status == 200)
        #expect(page.text.contains("Compte fermé"))
    }

    @Test func aPartyToAnAgreementUnderWayIsRefusedAndTheOperatorClosesOnRequest() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        // A talent with an agreement under signature or running: refused, naming it.
        let busy = try fixture.sql(
            """
            SELECT t.user_id || '|' || a.id || '|' || u.email FROM agreements a JOIN talents t ON t.id = a.talent_id
            JOIN users u ON u.id = t.user_id
            WHERE a.status IN ('awaiting-signatures', 'signed') ORDER BY a.id LIMIT 1
            """
        ).split(separator: "|").map(String.init)
        try #require(busy.count == 3)
        let audit = try fixture.sql("SELECT count(*) FROM audit_events")
        let refused = try fixture.server.send("POST", "/v1/users/\(busy[0])/closure", token: fixture.token(.operator))
        #expect(refused.status == 409)
        #expect(refused.headers["content-type"]?.hasPrefix("application/problem+json") == true)
        let problem = refused.json as? [String: Any]
        #expect(
            problem?["type"] as? String
                == "https://talents.numerique.gouv.fr/problems/account-closure-agreement-in-progress")
        let agreementID = busy[1]
        #expect((problem?["detail"] as? String)?.contains("agreement \(agreementID)") == true)
        let cli = try Self.admin(fixture, ["privacy", "erase", "--email", busy[2]])
        #expect(cli.status != 0 && cli.errorOutput.contains("agreement \(agreementID)"), "\(cli.errorOutput)")
        #expect(try fixture.sql("SELECT count(*) FROM audit_events") == audit)
        #expect(try fixture.sql("SELECT email FROM users WHERE id = \(busy[0])") == busy[2])

        // The operator on request, through the CLI: done, audited with its reason; a second time refused.
        let (userID, _) = try Self.closableTalent(fixture)
        let email = try fixture.sql("SELECT email FROM users WHERE id = \(userID)")
        let erased = try Self.admin(fixture, ["privacy", "erase", "--email", email])
        #expect(erased.status == 0, "\(erased.errorOutput)")
        #expect(
            try fixture.sql(
                "SELECT actor || ' ' || json_extract(details, '$.reason') FROM audit_events WHERE action = 'account.closed'"
            ) == "cli operator-on-request")
        #expect(
            try fixture.sql("SELECT email FROM users WHERE id = \(userID)") == "compte-ferme-\(userID)@ferme.invalid")
        let again = try fixture.server.send("POST", "/v1/users/\(userID)/closure", token: fixture.token(.operator))
        #expect(again.status == 409)
        #expect(
            (again.json as? [String: Any])?["type"] as? String
                == "https://talents.numerique.gouv.fr/problems/account-already-closed")
        // Nobody but the operator closes another person's account.
        let other = userID
        for persona in [Persona.talent, .missionOwner, .lineManager, .referent] {
            #expect(
                try fixture.server.send("POST", "/v1/users/\(other)/closure", token: fixture.token(persona)).status
                    == 403)
        }
    }
}
