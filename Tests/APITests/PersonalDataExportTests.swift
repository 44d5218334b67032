import Foundation
import Testing

@testable import AppTestSupport

/// The export of one's personal data (docs/privacy.md) on the demo data, through the API, the
/// CLI and the web front: the same records everywhere, the person's own or the operator's on
/// request only, secrets left out, each reading audited.
@Suite struct PersonalDataExportTests {
    /// The export's tables as name → rows.
    private static func tables(_ json: Any?) -> [String: [[String: Any]]] {
        let tables = (json as? [String: Any])?["tables"] as? [[String: Any]] ?? []
        return Dictionary(
            uniqueKeysWithValues: tables.compactMap { table in
                (table["name"] as? String).map { ($0, table["rows"] as? [[String: Any]] ?? []) }
            })
    }

    @Test func theTalentGetsTheirRecordsAndTheOperatorOnRequestOnly() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let talent = fixture.member(.talent)
        let response = try fixture.server.send("GET", "/v1/me/personal-data", token: fixture.token(.talent))
        #expect(response.status == 200)
        let tables = Self.tables(response.json)
        #expect(tables["users"]?.first?["email"] as? String == talent.email)
        // as many records as the database holds about them, table by table
        let talentID = try fixture.sql("SELECT id FROM talents WHERE user_id = \(talent.id)")
        for (table, condition) in [
            ("applications", "talent_id = \(talentID)"), ("agreements", "talent_id = \(talentID)"),
            ("distinctions", "user_id = \(talent.id)"), ("badge_assertions", "user_id = \(talent.id)"),
            ("talent_skills", "talent_id = \(talentID)"), ("web_sign_in_links", "user_id = \(talent.id)")
        ] {
            let count = try fixture.sql("SELECT count(*) FROM \(table) WHERE \(condition)")
            #expect(tables[table]?.count == Int(count), "\(table): \(tables[table]?.count ?? -1) ≠ \(count)")
        }
        #expect((tables["agreements"]?.count ?? 0) > 0 && (tables["badge_assertions"]?.count ?? 0) > 0)
        // no secret, instants readable
        let keys = Set(tables.values.flatMap { $0.flatMap(\.keys) })
        #expect(keys.isDisjoint(with: ["token_hash", "session_hash", "salt", "recipient_identity", "payload"]))
        #expect((tables["users"]?.first?["created_at"] as? String)?.hasSuffix("Z") == true)
        #expect(
            try fixture.sql(
                "SELECT count(*) FROM audit_events WHERE action = 'personal-data.exported' AND subject_id = \(talent.id)"
            ) == "1")

        // The operator answers the person's request with the same records; nobody else may.
        let byOperator = try fixture.server.send(
            "GET", "/v1/users/\(talent.id)/personal-data", token: fixture.token(.operator))
        #expect(byOperator.status == 200)
        #expect(Self.tables(byOperator.json).mapValues(\.count) == tables.mapValues(\.count))
        let byOwner = try fixture.server.send(
            "GET", "/v1/users/\(talent.id)/personal-data", token: fixture.token(.missionOwner))
        #expect(byOwner.status == 403)
        #expect(byOwner.headers["content-type"]?.hasPrefix("application/problem+json") == true)

        // The CLI, for the operator answering by mail: the same records.
        let cli = try Subprocess.run(
            "talents-admin", ["privacy", "export", "--email", talent.email],
            environment: ["TALENTS_DB": fixture.database])
        #expect(cli.status == 0, "\(cli.errorOutput)")
        let printed = try JSONSerialization.jsonObject(with: Data(cli.output.utf8))
        #expect(Self.tables(printed).mapValues(\.count) == tables.mapValues(\.count))
        let unknown = try Subprocess.run(
            "talents-admin", ["privacy", "export", "--email", "personne@numerique.gouv.fr"],
            environment: ["TALENTS_DB": fixture.database])
        #expect(unknown.status != 0 && !unknown.errorOutput.isEmpty)
        #expect(
            try fixture.sql(
                "SELECT count(*) FROM audit_events WHERE action = 'personal-data.exported' AND subject_id = \(talent.id)"
            ) == "3")
    }

    @Test func theWebShowsAndDownloadsThem() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let talent = fixture.member(.talent)
        let browser = WebBrowser(fixture.server)
        try browser.signIn(talent.email, database: fixture.database)
        let page = try browser.get("/mes-donnees")
        #expect(page.status == 200)
        let name = try fixture.sql("SELECT display_name FROM users WHERE id = \(talent.id)")
        #expect(page.text.contains(name) && page.text.contains("Télécharger mes données"))
        let download = try browser.get("/mes-donnees.json")
        #expect(download.status == 200)
        #expect(download.headers["content-disposition"]?.hasPrefix("attachment") == true)
        #expect(Self.tables(try JSONSerialization.jsonObject(with: download.body))["users"]?.count == 1)
        try WebAccessibility.expectNoViolations(["/mes-donnees"], browser: browser)
    }
}
