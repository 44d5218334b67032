import Foundation

extension AuthorizationMatrix {
    /// Recommendations and saved searches. The rules: a mission's recommended talents are its
    /// owner's and the operator's (403 for whoever sees the mission without owning it, 404 for
    /// whoever does not see it); a talent's recommended missions and saved searches are the
    /// caller's own, for the talent role only; another user's saved search does not exist.
    /// Bad parameters are a 422 for everyone signed in, before any access rule.
    static let matchingRows: [AccessRow] = [
        //                                                          none  talent owner  manager referent operator
        // MARK: Recommendations
        .row("GET", "/v1/missions/{id}/recommendations", expect: [401, 403, 200, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/missions/\(try MatchingRecords.ownMission(fixture))/recommendations?limit=5")
        },
        .row("GET", "/v1/missions/{id}/recommendations", expect: [401, 404, 404, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/missions/\(try MatchingRecords.othersDraft(fixture))/recommendations")
        },
        .row("GET", "/v1/missions/{id}/recommendations", expect: [401, 422, 422, 422, 422, 422]) { fixture, _ in
            .init(path: "/v1/missions/\(try MatchingRecords.ownMission(fixture))/recommendations?limit=1000")
        },
        .row(
            "GET", "/v1/missions/{id}/recommendations", path: "/v1/missions/999999/recommendations",
            expect: [401, 404, 404, 404, 404, 404]),
        .row("GET", "/v1/talents/me/recommendations", expect: [401, 200, 403, 403, 403, 403]),

        // MARK: Saved searches
        .row("GET", "/v1/saved-searches", expect: [401, 200, 403, 403, 403, 403]),
        .row(
            "POST", "/v1/saved-searches",
            json: #"{"name":"Sécurité à Paris","parameters":{"q":"secu","departement":"75"}}"#,
            expect: [401, 201, 403, 403, 403, 403]),
        .row("GET", "/v1/saved-searches/{id}", expect: [401, 200, 403, 403, 403, 403]) { fixture, _ in
            .init(path: "/v1/saved-searches/\(try MatchingRecords.talentsSavedSearch(fixture))")
        },
        .row(
            "GET", "/v1/saved-searches/{id}", path: "/v1/saved-searches/999999",
            expect: [401, 404, 403, 403, 403, 403]),
        // A fresh search of the talent persona for each persona: only the talent may delete it.
        .row("DELETE", "/v1/saved-searches/{id}", expect: [401, 204, 403, 403, 403, 403]) { fixture, _ in
            .init(path: "/v1/saved-searches/\(try MatchingRecords.freshSavedSearch(fixture))")
        }
    ]
}

/// The records the matching rows name, looked up in the demo data.
enum MatchingRecords {
    /// The mission-owner persona's published mission.
    static func ownMission(_ fixture: DemoFixture) throws -> Int {
        try id(
            fixture,
            """
            SELECT min(id) FROM missions WHERE owner_id = \(fixture.member(.missionOwner).id) AND state = 'published'
            """)
    }

    /// A draft of another owner.
    static func othersDraft(_ fixture: DemoFixture) throws -> Int {
        try id(
            fixture,
            """
            SELECT min(id) FROM missions WHERE owner_id != \(fixture.member(.missionOwner).id) AND state = 'draft'
            """)
    }

    /// The talent persona's first saved search (saved by the POST row).
    static func talentsSavedSearch(_ fixture: DemoFixture) throws -> Int {
        try id(fixture, "SELECT min(id) FROM saved_searches WHERE user_id = \(fixture.member(.talent).id)")
    }

    /// A new saved search of the talent persona, saved through the API.
    static func freshSavedSearch(_ fixture: DemoFixture) throws -> Int {
        let created = try fixture.server.send(
            "POST", "/v1/saved-searches", token: fixture.token(.talent),
            json: #"{"name":"Données","parameters":{"family":"data"}}"#)
        guard created.status == 201, let id = (created.json as? [String: Any])?["id"] as? Int else {
            throw DemoFixture.SetupError(reason: "saving a search: \(created.status) \(created.text)")
        }
        return id
    }

    private static func id(_ fixture: DemoFixture, _ query: String) throws -> Int {
        let value = try fixture.sql(query)
        guard let id = Int(value) else {
            throw DemoFixture.SetupError(reason: "no record in the demo data for: \(query) (\(value.debugDescription))")
        }
        return id
    }
}
