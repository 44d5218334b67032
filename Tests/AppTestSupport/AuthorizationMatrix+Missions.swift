import Foundation

extension AuthorizationMatrix {
    /// Missions: the listing, drafting, moderation and closing. The mission-owner persona
    /// drafts its missions through the API when a row runs (a new one for each persona, so each
    /// gets the same situation); the other records are looked up in the demo data.
    ///
    /// The rules: any signed-in user lists and reads published missions; a draft, submitted or
    /// closed mission exists only for its owner and the operator (404 for anyone else); who may
    /// see a mission without the right to act on it gets a 403; owners draft, edit, submit and
    /// close theirs; the operator publishes, rejects and may close any mission; filtering by
    /// state is for mission owners and the operator.
    static let missionRows: [AccessRow] = [
        //                                                          none  talent owner  manager referent operator
        // MARK: Listing
        .row("GET", "/v1/missions", expect: [401, 200, 200, 200, 200, 200]),
        .row(
            "GET", "/v1/missions",
            path: "/v1/missions?q=securite&nature=security-hardening,advice&sort=-deadline&limit=5",
            expect: [401, 200, 200, 200, 200, 200]),
        .row(
            "GET", "/v1/missions", path: "/v1/missions?state=submitted",
            expect: [401, 403, 200, 403, 403, 200]),
        .row(
            "GET", "/v1/missions", path: "/v1/missions?nature=gardening",
            expect: [401, 422, 422, 422, 422, 422]),

        // MARK: Drafting
        // Issue 22: the demo's talent persona has their employment confirmed, so proposes missions too.
        .row("GET", "/v1/me/mission-administrations", expect: [401, 200, 200, 403, 403, 403]),
        .row(
            "POST", "/v1/missions", json: MissionRecords.newMission,
            expect: [401, 201, 201, 403, 403, 403]),
        .row("GET", "/v1/missions/{id}", expect: [401, 200, 200, 200, 200, 200]) { fixture, _ in
            .init(path: "/v1/missions/\(try MissionRecords.othersMission(fixture, "published"))")
        },
        .row("GET", "/v1/missions/{id}", expect: [401, 404, 200, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/missions/\(try MissionRecords.fresh(fixture, .draft))")
        },
        .row("GET", "/v1/missions/{id}", expect: [401, 404, 404, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/missions/\(try MissionRecords.othersMission(fixture, "submitted"))")
        },
        .row("GET", "/v1/missions/{id}", expect: [401, 404, 404, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/missions/\(try MissionRecords.othersMission(fixture, "closed-filled"))")
        },
        .row(
            "GET", "/v1/missions/{id}", path: "/v1/missions/999999",
            expect: [401, 404, 404, 404, 404, 404]),
        .row("PUT", "/v1/missions/{id}", expect: [401, 404, 200, 404, 404, 403]) { fixture, _ in
            try MissionRecords.change(
                fixture, try MissionRecords.fresh(fixture, .draft),
                json: MissionRecords.newMission)
        },
        .row("PUT", "/v1/missions/{id}", expect: [401, 403, 403, 403, 403, 403]) { fixture, _ in
            try MissionRecords.change(
                fixture, try MissionRecords.othersMission(fixture, "published"),
                json: MissionRecords.newMission)
        },
        .row("PUT", "/v1/missions/{id}", expect: [401, 404, 404, 404, 404, 403]) { fixture, _ in
            try MissionRecords.change(
                fixture, try MissionRecords.othersMission(fixture, "draft"),
                json: MissionRecords.newMission)
        },

        // MARK: Moderation
        .row("POST", "/v1/missions/{id}/submit", expect: [401, 404, 200, 404, 404, 403]) { fixture, _ in
            try MissionRecords.change(fixture, try MissionRecords.fresh(fixture, .draft), "/submit")
        },
        .row("POST", "/v1/missions/{id}/submit", expect: [401, 404, 404, 404, 404, 403]) { fixture, _ in
            try MissionRecords.change(fixture, try MissionRecords.othersMission(fixture, "draft"), "/submit")
        },
        .row("POST", "/v1/missions/{id}/publish", expect: [401, 404, 403, 404, 404, 200]) { fixture, _ in
            try MissionRecords.change(fixture, try MissionRecords.fresh(fixture, .submitted), "/publish")
        },
        // Known to all once published; publishing again is an illegal transition.
        .row("POST", "/v1/missions/{id}/publish", expect: [401, 403, 403, 403, 403, 409]) { fixture, _ in
            try MissionRecords.change(fixture, try MissionRecords.ownPublished(fixture), "/publish")
        },
        .row("POST", "/v1/missions/{id}/reject", expect: [401, 404, 403, 404, 404, 200]) { fixture, _ in
            try MissionRecords.change(
                fixture, try MissionRecords.fresh(fixture, .submitted), "/reject",
                json: #"{"reason":"Préciser le livrable attendu."}"#)
        },

        // MARK: Closing
        .row("POST", "/v1/missions/{id}/close", expect: [401, 403, 200, 403, 403, 200]) { fixture, _ in
            try MissionRecords.change(
                fixture, try MissionRecords.fresh(fixture, .published), "/close",
                json: #"{"reason":"filled"}"#)
        },
        .row("POST", "/v1/missions/{id}/close", expect: [401, 404, 200, 404, 404, 200]) { fixture, _ in
            try MissionRecords.change(
                fixture, try MissionRecords.fresh(fixture, .draft), "/close",
                json: #"{"reason":"cancelled"}"#)
        },
        // MARK: Owners (issue 22): a referent of the mission's administration (or above), the operator
        .row("POST", "/v1/missions/{id}/transfer", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            let id = try MissionRecords.fresh(fixture, .published)
            return try MissionRecords.change(
                fixture, id, "/transfer", json: #"{"userID":\#(try MissionRecords.colleague(fixture, of: id))}"#)
        },
        .row("POST", "/v1/missions/{id}/co-owners", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            let id = try MissionRecords.fresh(fixture, .published)
            return try MissionRecords.change(
                fixture, id, "/co-owners", json: #"{"userID":\#(try MissionRecords.colleague(fixture, of: id))}"#)
        },
        .row("DELETE", "/v1/missions/{id}/co-owners/{userID}", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            let id = try MissionRecords.fresh(fixture, .published)
            let colleague = try MissionRecords.colleague(fixture, of: id)
            _ = try fixture.sql(
                "INSERT INTO mission_co_owners(mission_id, user_id, added_at) VALUES (\(id), \(colleague), 0)")
            return try MissionRecords.change(fixture, id, "/co-owners/\(colleague)")
        },
        // Roles first; a draft of another administration does not exist for a referent.
        .row("POST", "/v1/missions/{id}/co-owners", expect: [401, 403, 403, 403, 404, 200]) { fixture, _ in
            let id = try MissionRecords.fresh(fixture, .draft)
            return try MissionRecords.change(
                fixture, id, "/co-owners", json: #"{"userID":\#(try MissionRecords.colleague(fixture, of: id))}"#)
        },

        // Run last: the operator cancels another owner's published mission.
        .row("POST", "/v1/missions/{id}/close", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            try MissionRecords.change(
                fixture, try MissionRecords.othersMission(fixture, "published"), "/close",
                json: #"{"reason":"cancelled"}"#)
        }
    ]
}

/// The missions the mission rows act on: drafted through the API, or read with `sqlite3`.
private enum MissionRecords {
    /// How far a new mission goes before the row acts on it.
    enum Stage {
        case draft, submitted, published
    }

    /// A valid mission: deadline in 30 days, window from 40 to 100 days from today.
    static let newMission: String = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        func day(_ offset: Int) -> String { formatter.string(from: Date().addingTimeInterval(Double(offset) * 86_400)) }
        return """
            {"title":"Mission de la matrice","description":"Revue de sécurité d'un téléservice.",\
            "nature":"security-hardening","requiredSkills":[{"code":"sec-audit","minimumLevel":3}],"effortHours":35,\
            "window":{"start":"\(day(40))","end":"\(day(100))"},"departement":"69","remote":true,"talentsSought":1,\
            "applicationDeadline":"\(day(30))","crisis":false}
            """
    }()

    /// A new mission of the mission-owner persona, brought to `stage` through the API (the
    /// owner drafts and submits, the operator publishes).
    static func fresh(_ fixture: DemoFixture, _ stage: Stage) throws -> Int {
        let owner = fixture.token(.missionOwner)
        let operatorToken = fixture.token(.operator)
        let created = try fixture.server.send("POST", "/v1/missions", token: owner, json: newMission)
        guard created.status == 201, let id = (created.json as? [String: Any])?["id"] as? Int else {
            throw DemoFixture.SetupError(reason: "drafting a mission: \(created.status) \(created.text)")
        }
        var steps: [(String, String?)] = []
        if stage != .draft { steps.append(("submit", owner)) }
        if stage == .published { steps.append(("publish", operatorToken)) }
        for (revision, (action, token)) in steps.enumerated() {
            let response = try fixture.server.send(
                "POST", "/v1/missions/\(id)/\(action)", token: token,
                headers: ["If-Match": #""\#(revision + 1)""#])
            guard response.status == 200 else {
                throw DemoFixture.SetupError(reason: "\(action) mission \(id): \(response.status) \(response.text)")
            }
        }
        return id
    }

    /// The mission-owner persona's published mission open to applications, from the demo data.
    static func ownPublished(_ fixture: DemoFixture) throws -> Int {
        try integer(
            fixture,
            """
            SELECT min(id) FROM missions WHERE owner_id = \(fixture.member(.missionOwner).id)
            AND state = 'published' AND application_deadline >= date('now')
            """)
    }

    /// A mission of another owner in `state` (open to applications when published).
    static func othersMission(_ fixture: DemoFixture, _ state: String) throws -> Int {
        try integer(
            fixture,
            """
            SELECT min(id) FROM missions WHERE owner_id != \(fixture.member(.missionOwner).id) AND state = '\(state)'
            AND (state != 'published' OR application_deadline >= date('now'))
            """)
    }

    /// An active user of `mission`'s administration other than its owner, who may become an owner.
    static func colleague(_ fixture: DemoFixture, of mission: Int) throws -> Int {
        try integer(
            fixture,
            """
            SELECT min(u.id) FROM users u JOIN missions m ON m.id = \(mission)
            WHERE u.administration_id = m.administration_id AND u.id != m.owner_id AND u.deactivated_at IS NULL
            """)
    }

    /// A change of `mission` (`action` after its path) at its current revision.
    static func change(
        _ fixture: DemoFixture, _ mission: Int, _ action: String = "",
        json: String? = nil
    ) throws -> AccessRow.Probe {
        let revision = try integer(fixture, "SELECT revision FROM missions WHERE id = \(mission)")
        return .init(path: "/v1/missions/\(mission)\(action)", json: json, headers: ["If-Match": #""\#(revision)""#])
    }

    /// The integer `query` reads; a missing record is a broken fixture, not a status.
    private static func integer(_ fixture: DemoFixture, _ query: String) throws -> Int {
        let value = try fixture.sql(query)
        guard let integer = Int(value) else {
            throw DemoFixture.SetupError(reason: "no record in the demo data for: \(query) (\(value.debugDescription))")
        }
        return integer
    }
}
