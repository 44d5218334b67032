import Foundation

extension AuthorizationMatrix {
    /// Talent profiles, the pool and invitations. In the demo data the talent persona has a
    /// profile in the pool and the mission-owner persona a published mission open to
    /// applications; every other record a row needs is looked up when the row runs, so the
    /// rows hold whatever the seed draws.
    ///
    /// The rules: a whole profile is its owner's and the operator's (anyone else gets a 404,
    /// in or out of the pool); who may know a profile exists without owning it (the operator;
    /// a mission owner once the talent is in the pool) gets a 403 on its changes; the pool is
    /// for mission owners and the operator, and a profile outside it does not exist there;
    /// invitations are the mission owner's and the operator's, for talents of the pool and
    /// published missions only.
    static let talentRows: [AccessRow] = [
        //                                                          none  talent owner  manager referent operator
        // MARK: Talent profiles
        // The talent persona already has a profile: one per user (409); creating is for talents only.
        .row(
            "POST", "/v1/talents", json: Records.newProfile,
            expect: [401, 409, 403, 403, 403, 403]),
        .row("GET", "/v1/talents/me", expect: [401, 200, 403, 403, 403, 403]),
        .row("GET", "/v1/talents/{id}", expect: [401, 200, 404, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/talents/\(try Records.ownTalent(fixture))")
        },
        // The whole profile (line manager included) is never the pool's: a mission owner reads
        // `/v1/pool/{id}` and gets a 404 here, as documented, even for a talent of the pool.
        .row("GET", "/v1/talents/{id}", expect: [401, 404, 404, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/talents/\(try Records.otherTalent(fixture, inPool: true))")
        },
        .row("GET", "/v1/talents/{id}", expect: [401, 404, 404, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/talents/\(try Records.otherTalent(fixture, inPool: false))")
        },
        .row(
            "GET", "/v1/talents/{id}", path: "/v1/talents/999999",
            expect: [401, 404, 404, 404, 404, 404]),
        .row("PUT", "/v1/talents/{id}", expect: [401, 200, 403, 404, 404, 403]) {
            try Records.profileChange($0, talent: try Records.ownTalent($0), by: $1)
        },
        .row("PUT", "/v1/talents/{id}", expect: [401, 404, 403, 404, 404, 403]) {
            try Records.profileChange($0, talent: try Records.otherTalent($0, inPool: true), by: $1)
        },
        .row("PUT", "/v1/talents/{id}", expect: [401, 404, 404, 404, 404, 403]) {
            try Records.profileChange($0, talent: try Records.otherTalent($0, inPool: false), by: $1)
        },

        // MARK: Confirming employment: a referent of the declared administration (or above), the operator
        .row("GET", "/v1/employment-confirmations", expect: [401, 403, 403, 403, 200, 200]),
        .row("POST", "/v1/talents/{id}/confirm-employment", expect: [401, 403, 403, 403, 200, 200]) { fixture, _ in
            try Records.employmentToConfirm(fixture)
        },

        // MARK: Joining and leaving the pool
        // The talent persona leaves the pool, then joins it again: once out, its profile no
        // longer exists for the mission owner (404), once back in it does (403).
        .row("DELETE", "/v1/talents/{id}/pool", expect: [401, 200, 404, 404, 404, 403]) { fixture, _ in
            try Records.poolChange(fixture, talent: try Records.ownTalent(fixture))
        },
        .row("DELETE", "/v1/talents/{id}/pool", expect: [401, 404, 403, 404, 404, 403]) { fixture, _ in
            try Records.poolChange(fixture, talent: try Records.otherTalent(fixture, inPool: true))
        },
        .row("DELETE", "/v1/talents/{id}/pool", expect: [401, 404, 404, 404, 404, 403]) { fixture, _ in
            try Records.poolChange(fixture, talent: try Records.otherTalent(fixture, inPool: false))
        },
        .row("POST", "/v1/talents/{id}/pool", expect: [401, 200, 403, 404, 404, 403]) { fixture, _ in
            try Records.poolChange(fixture, talent: try Records.ownTalent(fixture), consent: true)
        },
        .row("POST", "/v1/talents/{id}/pool", expect: [401, 404, 403, 404, 404, 403]) { fixture, _ in
            try Records.poolChange(
                fixture, talent: try Records.otherTalent(fixture, inPool: true),
                consent: true)
        },
        .row("POST", "/v1/talents/{id}/pool", expect: [401, 404, 404, 404, 404, 403]) { fixture, _ in
            try Records.poolChange(
                fixture, talent: try Records.otherTalent(fixture, inPool: false),
                consent: true)
        },

        // MARK: The pool
        .row("GET", "/v1/pool", expect: [401, 403, 200, 403, 403, 200]),
        .row(
            "GET", "/v1/pool", path: "/v1/pool?family=accessibility&minLevel=2&limit=5",
            expect: [401, 403, 200, 403, 403, 200]),
        .row("GET", "/v1/pool/{id}", expect: [401, 403, 200, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/pool/\(try Records.ownTalent(fixture))")
        },
        .row("GET", "/v1/pool/{id}", expect: [401, 403, 404, 403, 403, 404]) { fixture, _ in
            .init(path: "/v1/pool/\(try Records.otherTalent(fixture, inPool: false))")
        },
        .row("GET", "/v1/pool/{id}", path: "/v1/pool/999999", expect: [401, 403, 404, 403, 403, 404]),

        // MARK: Invitations
        // Each persona invites a talent of the pool not yet invited to the mission, so both
        // allowed personas create one.
        .row("POST", "/v1/missions/{id}/invitations", expect: [401, 403, 201, 403, 403, 201]) { fixture, _ in
            try Records.invitation(fixture, mission: try Records.ownMission(fixture))
        },
        // Another owner's published mission is known to all (403); any other is not (404).
        .row("POST", "/v1/missions/{id}/invitations", expect: [401, 403, 403, 403, 403, 201]) { fixture, _ in
            try Records.invitation(fixture, mission: try Records.othersMission(fixture, "published"))
        },
        .row("POST", "/v1/missions/{id}/invitations", expect: [401, 403, 404, 403, 403, 409]) { fixture, _ in
            try Records.invitation(fixture, mission: try Records.othersMission(fixture, "draft"))
        },
        .row("POST", "/v1/missions/{id}/invitations", expect: [401, 403, 404, 403, 403, 409]) { fixture, _ in
            try Records.invitation(fixture, mission: try Records.othersMission(fixture, "closed-filled"))
        },
        // A talent outside the pool cannot be invited, and does not exist for the inviter.
        .row("POST", "/v1/missions/{id}/invitations", expect: [401, 403, 404, 403, 403, 404]) { fixture, _ in
            let talent = try Records.otherTalent(fixture, inPool: false)
            return .init(
                path: "/v1/missions/\(try Records.ownMission(fixture))/invitations",
                json: #"{"talentID":\#(talent)}"#)
        },
        .row(
            "POST", "/v1/missions/{id}/invitations", path: "/v1/missions/999999/invitations",
            json: #"{"talentID":1}"#, expect: [401, 403, 404, 403, 403, 404]),
        .row("GET", "/v1/missions/{id}/invitations", expect: [401, 403, 200, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/missions/\(try Records.ownMission(fixture))/invitations")
        },
        .row("GET", "/v1/missions/{id}/invitations", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/missions/\(try Records.othersMission(fixture, "published"))/invitations")
        },
        .row("GET", "/v1/missions/{id}/invitations", expect: [401, 403, 404, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/missions/\(try Records.othersMission(fixture, "draft"))/invitations")
        },
        .row(
            "GET", "/v1/missions/{id}/invitations", path: "/v1/missions/999999/invitations",
            expect: [401, 403, 404, 403, 403, 404]),
        // The invitations the rows above created.
        .row(
            "GET", "/v1/missions/{id}/invitations/{invitationID}",
            expect: [401, 403, 200, 403, 403, 200]
        ) { fixture, _ in
            let mission = try Records.ownMission(fixture)
            return .init(path: "/v1/missions/\(mission)/invitations/\(try Records.firstInvitation(fixture, mission))")
        },
        .row(
            "GET", "/v1/missions/{id}/invitations/{invitationID}",
            expect: [401, 403, 403, 403, 403, 200]
        ) { fixture, _ in
            let mission = try Records.othersMission(fixture, "published")
            return .init(path: "/v1/missions/\(mission)/invitations/\(try Records.firstInvitation(fixture, mission))")
        },
        // An invitation is found only under its own mission.
        .row(
            "GET", "/v1/missions/{id}/invitations/{invitationID}",
            expect: [401, 403, 404, 403, 403, 404]
        ) { fixture, _ in
            let others = try Records.othersMission(fixture, "published")
            let invitation = try Records.firstInvitation(fixture, others)
            return .init(path: "/v1/missions/\(try Records.ownMission(fixture))/invitations/\(invitation)")
        },
        .row(
            "GET", "/v1/missions/{id}/invitations/{invitationID}",
            expect: [401, 403, 404, 403, 403, 404]
        ) { fixture, _ in
            .init(path: "/v1/missions/\(try Records.ownMission(fixture))/invitations/999999")
        },
        .row("GET", "/v1/talents/me/invitations", expect: [401, 200, 403, 403, 403, 403])
    ]
}

/// The records of the demo data the talent rows act on, read with `sqlite3` when a row runs.
private enum Records {
    /// A valid profile for `POST /v1/talents` (employer 1 is the first demo ministry).
    static let newProfile = """
        {"employerID":1,"status":"civil-servant","lineManager":{"name":"Hélène Garnier",\
        "email":"helene.garnier@culture.gouv.fr"},"departement":"75","skills":[{"code":"a11y-audit","level":3}],\
        "availability":{"hoursPerMonth":8},"presentation":"Auditrice RGAA."}
        """

    /// The talent persona's own profile.
    static func ownTalent(_ fixture: DemoFixture) throws -> Int {
        try id(fixture, "SELECT id FROM talents WHERE user_id = \(fixture.member(.talent).id)")
    }

    /// Another user's profile, in the pool or not.
    static func otherTalent(_ fixture: DemoFixture, inPool: Bool) throws -> Int {
        try id(
            fixture,
            """
            SELECT min(id) FROM talents WHERE user_id != \(fixture.member(.talent).id)
            AND pool_consent_at IS \(inPool ? "NOT NULL" : "NULL")
            """)
    }

    /// The mission-owner persona's published mission open to applications.
    static func ownMission(_ fixture: DemoFixture) throws -> Int {
        try id(
            fixture,
            """
            SELECT min(id) FROM missions WHERE owner_id = \(fixture.member(.missionOwner).id)
            AND state = 'published' AND application_deadline >= date('now')
            """)
    }

    /// A mission of another owner in `state` (open to applications when published).
    static func othersMission(_ fixture: DemoFixture, _ state: String) throws -> Int {
        try id(
            fixture,
            """
            SELECT min(id) FROM missions WHERE owner_id != \(fixture.member(.missionOwner).id) AND state = '\(state)'
            AND (state != 'published' OR application_deadline >= date('now'))
            """)
    }

    /// The oldest invitation of `mission`.
    static func firstInvitation(_ fixture: DemoFixture, _ mission: Int) throws -> Int {
        try id(fixture, "SELECT min(id) FROM invitations WHERE mission_id = \(mission)")
    }

    /// An invitation to `mission` of a talent of the pool not invited to it yet.
    static func invitation(_ fixture: DemoFixture, mission: Int) throws -> AccessRow.Probe {
        let talent = try id(
            fixture,
            """
            SELECT min(id) FROM talents WHERE pool_consent_at IS NOT NULL
            AND id NOT IN (SELECT talent_id FROM invitations WHERE mission_id = \(mission))
            """)
        return .init(
            path: "/v1/missions/\(mission)/invitations",
            json: #"{"talentID":\#(talent),"message":"Votre profil nous intéresse."}"#)
    }

    /// Joining (`consent`) or leaving the pool, at the talent's current revision.
    static func poolChange(_ fixture: DemoFixture, talent: Int, consent: Bool? = nil) throws -> AccessRow.Probe {
        .init(
            path: "/v1/talents/\(talent)/pool", json: consent.map { #"{"consent":\#($0)}"# },
            headers: try ifMatch(fixture, talent: talent))
    }

    /// The talent's profile as stored (read by the operator) with a new presentation signed by
    /// `persona`, at the talent's current revision.
    static func profileChange(_ fixture: DemoFixture, talent: Int, by persona: Persona) throws -> AccessRow.Probe {
        let current = try fixture.server.send("GET", "/v1/talents/\(talent)", token: fixture.token(.operator))
        guard current.status == 200, var profile = current.json as? [String: Any] else {
            throw DemoFixture.SetupError(reason: "talent \(talent): \(current.status) \(current.text)")
        }
        profile["presentation"] = "Présentation revue (\(persona))."
        let json = String(decoding: try JSONSerialization.data(withJSONObject: profile), as: UTF8.self)
        return .init(path: "/v1/talents/\(talent)", json: json, headers: try ifMatch(fixture, talent: talent))
    }

    /// Another talent's employment, declared in the referent persona's administration and not
    /// confirmed (again), at its current revision.
    static func employmentToConfirm(_ fixture: DemoFixture) throws -> AccessRow.Probe {
        let talent = try otherTalent(fixture, inPool: false)
        guard let administration = fixture.member(.referent).administrationID else {
            throw DemoFixture.SetupError(reason: "the referent persona has no administration")
        }
        _ = try fixture.sql(
            """
            UPDATE talents SET employer_id = \(administration), employment_confirmed_employer_id = NULL,
                employment_confirmed_at = NULL WHERE id = \(talent)
            """)
        return .init(path: "/v1/talents/\(talent)/confirm-employment", headers: try ifMatch(fixture, talent: talent))
    }

    /// `If-Match` with the talent's current revision.
    private static func ifMatch(_ fixture: DemoFixture, talent: Int) throws -> [String: String] {
        ["If-Match": #""\#(try id(fixture, "SELECT revision FROM talents WHERE id = \(talent)"))""#]
    }

    /// The integer `query` reads; a missing record is a broken fixture, not a status.
    private static func id(_ fixture: DemoFixture, _ query: String) throws -> Int {
        let value = try fixture.sql(query)
        guard let id = Int(value) else {
            throw DemoFixture.SetupError(reason: "no record in the demo data for: \(query) (\(value.debugDescription))")
        }
        return id
    }
}
