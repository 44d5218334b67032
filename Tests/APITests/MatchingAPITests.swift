import Foundation
import Testing

@testable import AppTestSupport

/// The real `talents-api` binary on the demo data: recommendations both ways, saved searches
/// and the alerts a publication queues.
@Suite struct MatchingAPITests {
    @Test func anOwnerGetsExplainedConsentingTalentsForTheirMission() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let owner = fixture.token(.missionOwner)
        let mission = try MatchingRecords.ownMission(fixture)
        let response = try fixture.server.send("GET", "/v1/missions/\(mission)/recommendations?limit=50", token: owner)
        #expect(response.status == 200)
        let items = response.items
        #expect(!items.isEmpty, "the demo pool has talents for the owner's mission")
        #expect(items.map { $0["rank"] as? Int } == Array(1...items.count))
        let ids = items.compactMap { ($0["talent"] as? [String: Any])?["id"] as? Int }
        #expect(ids.count == items.count)
        // Every one of them consented: the others never appear.
        #expect(
            try fixture.sql(
                """
                SELECT count(*) FROM talents WHERE id IN (\(ids.map(String.init).joined(separator: ","))) AND pool_consent_at IS NOT NULL
                """) == String(ids.count))
        let scores = items.compactMap { ($0["match"] as? [String: Any])?["score"] as? Double }
        #expect(scores.count == items.count && scores.allSatisfy { (0...100).contains($0) })
        let first = try #require(items.first?["match"] as? [String: Any])
        let reasons = try #require(first["reasons"] as? [[String: Any]])
        #expect(reasons.contains { ($0["code"] as? String)?.hasPrefix("skills-") == true && $0["label"] is String })
        #expect(first["matchedSkills"] is [[String: Any]] && first["missingSkills"] is [[String: Any]])
        // The talent leaves the pool: gone from the next list, and no count reveals them.
        let leaving = ids[0]
        _ = try fixture.sql("UPDATE talents SET pool_consent_at = NULL WHERE id = \(leaving)")
        let after = try fixture.server.send("GET", "/v1/missions/\(mission)/recommendations?limit=50", token: owner)
        #expect(!after.items.contains { ($0["talent"] as? [String: Any])?["id"] as? Int == leaving })
    }

    @Test func badParametersAreProblemsNamingThem() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let owner = fixture.token(.missionOwner)
        let talent = fixture.token(.talent)
        let path = "/v1/missions/\(try MatchingRecords.ownMission(fixture))/recommendations"
        for (query, type, token) in [
            ("limit=1000", "recommendation-limit", owner),
            ("limit=0", "recommendation-limit", owner),
            ("minLevel=7", "recommendation-level-invalid", owner),
            ("departement=20", "invalid-departement", owner),
            ("colour=blue", "recommendation-parameter-unknown", owner)
        ] {
            let response = try fixture.server.send("GET", "\(path)?\(query)", token: token)
            #expect(response.status == 422, "\(query)")
            #expect(response.problemType == type, "\(query): \(response.text)")
        }
        let talentSide = try fixture.server.send("GET", "/v1/talents/me/recommendations?minLevel=2", token: talent)
        #expect(talentSide.status == 422)
        #expect(talentSide.problemType == "recommendation-parameter-unknown")
        let unknownSkill = try fixture.server.send(
            "POST", "/v1/saved-searches", token: talent,
            json: #"{"name":"X","parameters":{"skill":"underwater-basket"}}"#)
        #expect(unknownSkill.status == 422)
        #expect(unknownSkill.problemType == "mission-search-skill-unknown")
        let notJSON = try fixture.server.send("POST", "/v1/saved-searches", token: talent, json: #"{"name":"X"}"#)
        #expect(notJSON.status == 400)
    }

    @Test func aTalentGetsPublishedMissionsThatFit() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let response = try fixture.server.send(
            "GET", "/v1/talents/me/recommendations?limit=10", token: fixture.token(.talent))
        #expect(response.status == 200)
        let ids = response.items.compactMap { ($0["mission"] as? [String: Any])?["id"] as? Int }
        #expect(ids.count == response.items.count && ids.count <= 10)
        if !ids.isEmpty {
            #expect(
                try fixture.sql(
                    """
                    SELECT count(*) FROM missions WHERE id IN (\(ids.map(String.init).joined(separator: ","))) AND state = 'published'
                    """) == String(ids.count))
        }
    }

    @Test func aSavedSearchCollectsTheMissionsPublishedAfterIt() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let talent = fixture.token(.talent)
        // The demo talent keeps saved searches of their own already.
        let seeded = try fixture.server.send("GET", "/v1/saved-searches", token: talent).items.map { $0["id"] as? Int }
        let body = #"{"name":"Sécurité, Rhône","parameters":{"q":"securite teleserv","departement":"69"}}"#
        let created = try fixture.server.send(
            "POST", "/v1/saved-searches", token: talent,
            headers: ["Idempotency-Key": "alert-1"], json: body)
        #expect(created.status == 201)
        let id = try #require(created.object["id"] as? Int)
        #expect(created.headers["location"] == "/v1/saved-searches/\(id)")
        #expect(created.headers["etag"] == #""1""#)
        let replayed = try fixture.server.send(
            "POST", "/v1/saved-searches", token: talent,
            headers: ["Idempotency-Key": "alert-1"], json: body)
        #expect(replayed.body == created.body)
        #expect(
            try fixture.server.send("GET", "/v1/saved-searches", token: talent).items.map { $0["id"] as? Int }
                == seeded + [id])
        #expect(
            try fixture.server.send("GET", "/v1/saved-searches/\(id)", token: talent).object["name"] as? String
                == "Sécurité, Rhône")

        // "Revue de sécurité d'un téléservice", in the Rhône: drafted, submitted, published.
        let mission = try MatchingRecords.publishedMission(fixture)
        #expect(
            try fixture.sql(
                """
                SELECT count(*) FROM alert_matches WHERE saved_search_id = \(id) AND mission_id = \(mission)
                AND user_id = \(fixture.member(.talent).id) AND sent_at IS NULL
                """) == "1")

        #expect(try fixture.server.send("DELETE", "/v1/saved-searches/\(id)", token: talent).status == 204)
        #expect(try fixture.server.send("GET", "/v1/saved-searches/\(id)", token: talent).status == 404)
        #expect(try fixture.sql("SELECT count(*) FROM alert_matches WHERE saved_search_id = \(id)") == "0")
    }
}

extension MatchingRecords {
    /// A new mission of the mission-owner persona about the security of a "téléservice" in the
    /// Rhône, drafted and submitted by its owner and published by the operator through the API.
    static func publishedMission(_ fixture: DemoFixture) throws -> Int {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        func day(_ offset: Int) -> String { formatter.string(from: Date().addingTimeInterval(Double(offset) * 86_400)) }
        let mission = """
            {"title":"Sécurité d'un téléservice","description":"Revue de sécurité d'un téléservice.",\
            "nature":"security-hardening","requiredSkills":[{"code":"sec-audit","minimumLevel":3}],"effortHours":35,\
            "window":{"start":"\(day(40))","end":"\(day(100))"},"departement":"69","remote":true,"talentsSought":1,\
            "applicationDeadline":"\(day(30))","crisis":false}
            """
        let owner = fixture.token(.missionOwner)
        let created = try fixture.server.send("POST", "/v1/missions", token: owner, json: mission)
        guard created.status == 201, let id = created.object["id"] as? Int else {
            throw DemoFixture.SetupError(reason: "drafting a mission: \(created.status) \(created.text)")
        }
        for (revision, (action, token)) in [("submit", owner), ("publish", fixture.token(.operator))].enumerated() {
            let response = try fixture.server.send(
                "POST", "/v1/missions/\(id)/\(action)", token: token,
                headers: ["If-Match": #""\#(revision + 1)""#])
            guard response.status == 200 else {
                throw DemoFixture.SetupError(reason: "\(action) mission \(id): \(response.status) \(response.text)")
            }
        }
        return id
    }
}

extension HTTPClient.Response {
    fileprivate var object: [String: Any] { json as? [String: Any] ?? [:] }
    fileprivate var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }
    fileprivate var problemType: String? {
        (object["type"] as? String)?.replacingOccurrences(of: "https://talents.numerique.gouv.fr/problems/", with: "")
    }
}
