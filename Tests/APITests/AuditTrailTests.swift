import Domain
import Foundation
import Testing

@testable import AppTestSupport

/// `GET /v1/audit` on the demo data: filters, cursor pagination, refusals, read-only.
@Suite struct AuditTrailTests {
    let fixture: DemoFixture

    init() throws {
        fixture = try DemoFixture()
    }

    private func audit(_ query: String) throws -> (items: [[String: Any]], next: String?, response: HTTPClient.Response)
    {
        let response = try fixture.server.send("GET", "/v1/audit" + query, token: fixture.token(.operator))
        let page = response.json as? [String: Any]
        return (page?["items"] as? [[String: Any]] ?? [], page?["nextCursor"] as? String, response)
    }

    /// Every page of `query`, following `nextCursor`.
    private func allPages(_ query: String, limit: Int) throws -> [[String: Any]] {
        var items: [[String: Any]] = []
        var cursor: String?
        repeat {
            var parameters = query.isEmpty ? [] : [query]
            parameters.append("limit=\(limit)")
            if let cursor { parameters.append("cursor=\(cursor)") }
            let page = try audit("?" + parameters.joined(separator: "&"))
            #expect(page.response.status == 200, "\(page.response.text.prefix(300))")
            guard page.response.status == 200 else { break }
            #expect(page.items.count == limit || page.next == nil, "only the last page is short")
            items += page.items
            cursor = page.next
        } while cursor != nil
        return items
    }

    @Test func pagesWalkTheWholeTrailNewestFirstWithoutGapsOrRepeats() throws {
        defer { fixture.close() }
        let items = try allPages("", limit: 100)
        let ids = items.compactMap { $0["id"] as? Int }
        #expect(ids.count == Int(try fixture.sql("SELECT count(*) FROM audit_events")))
        #expect(ids == ids.sorted(by: >), "newest first, strictly")
        #expect(Set(ids).count == ids.count)
        let first = try #require(items.first)
        #expect(first["action"] as? String == "token.issued")
        #expect(first["actor"] as? String == "cli")
        #expect(first["subjectType"] as? String == "token")
        #expect((first["at"] as? String)?.hasSuffix("Z") == true)
        #expect(first["details"] is [String: Any])
        let page = try audit("")
        #expect(page.items.count == 50, "50 by default")
    }

    @Test func eachFilterMatchesWhatSQLiteCounts() throws {
        defer { fixture.close() }
        // Two instants of the seed's story, as stored (milliseconds) and in RFC 3339.
        let instants = try [10, 30].map { offset in
            let stored = try #require(
                Int64(
                    try fixture.sql(
                        """
                        SELECT at FROM audit_events WHERE action = 'mission.published' ORDER BY at LIMIT 1 OFFSET \(offset)
                        """)))
            return (stored, Instant(millisecondsSinceEpoch: stored).rfc3339)
        }
        let (from, to) = (instants[0], instants[1])
        let cases: [(query: String, condition: String)] = [
            ("subjectType=administration&subjectID=1", "subject_type = 'administration' AND subject_id = 1"),
            ("subjectType=mission", "subject_type = 'mission'"),
            ("actor=cli", "actor = 'cli'"),
            (
                "actor=system:demo-seed&action=mission.published",
                "actor = 'system:demo-seed' AND action = 'mission.published'"
            ),
            ("action=mission.published&from=\(from.1)", "action = 'mission.published' AND at >= \(from.0)"),
            ("from=\(from.1)&to=\(to.1)", "at >= \(from.0) AND at < \(to.0)"),
            ("action=%27%20OR%201%3D1%20--", "action = ''' OR 1=1 --'"),
            ("actor=user:999999", "actor = 'user:999999'")
        ]
        for (query, condition) in cases {
            let items = try allPages(query, limit: 100)
            let expected = Int(try fixture.sql("SELECT count(*) FROM audit_events WHERE \(condition)"))
            #expect(items.count == expected, "\(query)")
        }
        #expect(try allPages("actor=cli", limit: 100).allSatisfy { $0["action"] as? String == "token.issued" })
    }

    @Test func aChangeMadeThroughTheAPIIsInTheTrailWithItsActor() throws {
        defer { fixture.close() }
        let operatorActor = "user:\(fixture.member(.operator).id)"
        // The demo operator already acted in the demo story (the Vis mon job edition).
        let before = try allPages("actor=\(operatorActor)", limit: 100).count
        let created = try fixture.server.send(
            "POST", "/v1/administrations", token: fixture.token(.operator),
            json: #"{"name":"Agence de l'audit","acronym":"AUDIT","level":"ministry","publicService":"state"}"#)
        #expect(created.status == 201)
        let id = try #require((created.json as? [String: Any])?["id"] as? Int)
        let page = try audit("?subjectType=administration&subjectID=\(id)")
        #expect(page.items.count == 1)
        #expect(page.items.first?["action"] as? String == "administration.created")
        #expect(page.items.first?["actor"] as? String == operatorActor)
        #expect(page.items.first?["subjectID"] as? Int == id)
        #expect(try allPages("actor=\(operatorActor)", limit: 100).count == before + 1)
    }

    @Test func malformedQueriesAreA422NamingTheParameter() throws {
        defer { fixture.close() }
        let cases: [(query: String, field: String, code: String)] = [
            ("limit=0", "limit", "audit-query-invalid-parameter"),
            ("limit=101", "limit", "audit-query-invalid-parameter"),
            ("limit=ten", "limit", "audit-query-invalid-parameter"),
            ("from=yesterday", "from", "audit-query-invalid-parameter"),
            ("to=2026-02-30T00:00:00Z", "to", "audit-query-invalid-parameter"),
            ("actor=root", "actor", "audit-query-invalid-parameter"),
            ("subjectID=-3&subjectType=mission", "subjectID", "audit-query-invalid-parameter"),
            ("cursor=not-ours", "cursor", "audit-query-invalid-parameter"),
            ("subjectType=", "subjectType", "audit-query-invalid-parameter"),
            ("subjectID=3", "subjectID", "audit-query-subject-type-required"),
            ("from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00%2B01:00", "to", "audit-query-empty-window"),
            ("subject_type=mission", "subject_type", "audit-query-unknown-parameter"),
            ("action=a&action=b", "action", "audit-query-repeated-parameter")
        ]
        for (query, field, code) in cases {
            let response = try audit("?" + query).response
            let problem = response.json as? [String: Any]
            #expect(response.status == 422, "\(query): \(response.text)")
            #expect(problem?["type"] as? String == "https://talents.numerique.gouv.fr/problems/" + code, "\(query)")
            #expect((problem?["errors"] as? [[String: Any]])?.first?["field"] as? String == field, "\(query)")
        }
    }

    @Test func theTrailIsReadOnly() throws {
        defer { fixture.close() }
        let before = try fixture.sql("SELECT count(*), max(id) FROM audit_events")
        for method in ["POST", "PUT", "PATCH", "DELETE"] {
            let response = try fixture.server.send(method, "/v1/audit", token: fixture.token(.operator), json: "{}")
            #expect(response.status == 405, "\(method)")
            #expect(response.headers["allow"] == "GET, HEAD")
        }
        #expect(try fixture.sql("SELECT count(*), max(id) FROM audit_events") == before)
    }
}
