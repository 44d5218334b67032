import Foundation

extension AuthorizationMatrix {
    /// Applications. In the demo data the talent persona has a profile and no application, and
    /// the mission-owner persona a published mission open to applications: the talent persona
    /// applies to it, then the rows walk that application through every transition, each at
    /// its current revision. Other records are looked up in the demo data when a row runs.
    ///
    /// The rules: talents with a profile apply to missions they can see; an application exists
    /// only for its applicant, its mission's owner and the operator (404 for anyone else); the
    /// owner (or the operator) answers, the applicant withdraws, the operator reopens — who may
    /// see the application without the right gets a 403; the listing is for talents, mission
    /// owners and the operator, a mission's listing for its owner and the operator.
    static let applicationRows: [AccessRow] = [
        //                                                          none  talent owner  manager referent operator
        // MARK: Applying
        .row("POST", "/v1/missions/{id}/applications", expect: [401, 201, 403, 403, 403, 403]) { fixture, _ in
            .init(
                path: "/v1/missions/\(try ApplicationRecords.ownerMission(fixture))/applications",
                json: ApplicationRecords.motivation)
        },
        .row("POST", "/v1/missions/{id}/applications", expect: [401, 404, 403, 403, 403, 403]) { fixture, _ in
            .init(
                path: "/v1/missions/\(try ApplicationRecords.othersMission(fixture, "draft"))/applications",
                json: ApplicationRecords.motivation)
        },
        .row(
            "POST", "/v1/missions/{id}/applications", path: "/v1/missions/999999/applications",
            json: ApplicationRecords.motivation, expect: [401, 404, 403, 403, 403, 403]),

        // MARK: Listings
        .row("GET", "/v1/missions/{id}/applications", expect: [401, 403, 200, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/missions/\(try ApplicationRecords.ownerMission(fixture))/applications")
        },
        .row("GET", "/v1/missions/{id}/applications", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/missions/\(try ApplicationRecords.othersMission(fixture, "published"))/applications")
        },
        // The talent persona proposed a mission in a row before (issue 22): owning one, they pass the
        // owners' gate, and another's draft does not exist for them.
        .row("GET", "/v1/missions/{id}/applications", expect: [401, 404, 404, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/missions/\(try ApplicationRecords.othersMission(fixture, "draft"))/applications")
        },
        .row("GET", "/v1/applications", expect: [401, 200, 200, 403, 403, 200]),
        .row(
            "GET", "/v1/applications", path: "/v1/applications?status=submitted,declined&overdue=true&limit=5",
            expect: [401, 200, 200, 403, 403, 200]),
        .row(
            "GET", "/v1/applications", path: "/v1/applications?status=pending",
            expect: [401, 422, 422, 422, 422, 422]),

        // MARK: Reading
        .row("GET", "/v1/applications/{id}", expect: [401, 200, 200, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/applications/\(try ApplicationRecords.talentsApplication(fixture))")
        },
        .row("GET", "/v1/applications/{id}", expect: [401, 404, 404, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/applications/\(try ApplicationRecords.othersApplication(fixture))")
        },
        .row(
            "GET", "/v1/applications/{id}", path: "/v1/applications/999999",
            expect: [401, 404, 404, 404, 404, 404]),

        // MARK: Answering, reopening, withdrawing (the talent persona's application)
        .row("POST", "/v1/applications/{id}/interview", expect: [401, 403, 200, 404, 404, 200]) { fixture, _ in
            try ApplicationRecords.change(fixture, "/interview", json: ApplicationRecords.interview)
        },
        .row("POST", "/v1/applications/{id}/decline", expect: [401, 403, 200, 404, 404, 409]) { fixture, _ in
            try ApplicationRecords.change(fixture, "/decline", json: #"{"reason":{"code":"profile-does-not-fit"}}"#)
        },
        .row("POST", "/v1/applications/{id}/reopen", expect: [401, 403, 403, 404, 404, 200]) { fixture, _ in
            try ApplicationRecords.change(fixture, "/reopen", json: #"{"reason":"Refus saisi par erreur."}"#)
        },
        .row("POST", "/v1/applications/{id}/accept", expect: [401, 403, 200, 404, 404, 409]) { fixture, _ in
            try ApplicationRecords.change(fixture, "/accept")
        },
        .row("POST", "/v1/applications/{id}/withdraw", expect: [401, 200, 403, 404, 404, 403]) { fixture, _ in
            try ApplicationRecords.change(fixture, "/withdraw", json: #"{"reason":{"code":"no-longer-available"}}"#)
        },
        .row(
            "POST", "/v1/applications/{id}/accept", path: "/v1/applications/999999/accept",
            headers: ["If-Match": #""1""#], expect: [401, 404, 404, 404, 404, 404])
    ]
}

/// The records the application rows act on, read with `sqlite3` when a row runs.
private enum ApplicationRecords {
    static let motivation = #"{"motivation":"Trois audits RGAA menés cette année."}"#

    /// An interview ten days from now.
    static var interview: String {
        let formatter = ISO8601DateFormatter()
        return
            #"{"interview":{"at":"\#(formatter.string(from: Date().addingTimeInterval(10 * 86_400)))","means":"Visio"}}"#
    }

    /// The mission-owner persona's published mission open to applications.
    static func ownerMission(_ fixture: DemoFixture) throws -> Int {
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

    /// The talent persona's latest application (to the mission-owner persona's mission).
    static func talentsApplication(_ fixture: DemoFixture) throws -> Int {
        try integer(
            fixture,
            """
            SELECT max(a.id) FROM applications a JOIN talents t ON t.id = a.talent_id
            WHERE t.user_id = \(fixture.member(.talent).id)
            """)
    }

    /// An application involving neither the talent nor the mission-owner persona.
    static func othersApplication(_ fixture: DemoFixture) throws -> Int {
        try integer(
            fixture,
            """
            SELECT min(a.id) FROM applications a JOIN talents t ON t.id = a.talent_id
            JOIN missions m ON m.id = a.mission_id
            WHERE t.user_id != \(fixture.member(.talent).id) AND m.owner_id != \(fixture.member(.missionOwner).id)
            """)
    }

    /// A change of the talent persona's application (`action` after its path) at its current revision.
    static func change(_ fixture: DemoFixture, _ action: String, json: String? = nil) throws -> AccessRow.Probe {
        let application = try talentsApplication(fixture)
        let revision = try integer(fixture, "SELECT revision FROM applications WHERE id = \(application)")
        return .init(
            path: "/v1/applications/\(application)\(action)", json: json,
            headers: ["If-Match": #""\#(revision)""#])
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
