import Foundation
import Testing

@testable import AppTestSupport

/// The bad-input battery (``BadInputBattery``) on the talents' endpoints, on the real binary
/// serving the demo data: creating a talent profile and inviting a talent (each part of the
/// battery on both), and `If-Match` on a profile change and on joining the pool. Each test has
/// its own database.
@Suite struct TalentBadInputTests {
    /// A creating endpoint of the talents' area.
    enum Creation: String, CaseIterable, Sendable, CustomTestStringConvertible {
        /// `POST /v1/talents`, by talents without a profile: one profile per user, so each
        /// request that may create comes from a new talent.
        case talentProfile
        /// `POST /v1/missions/{id}/invitations`, by the mission-owner persona on their open
        /// mission; each `n` invites another talent of the pool (one invitation per talent).
        case invitation

        var testDescription: String { rawValue }

        /// The battery and the endpoint's description on `fixture`.
        func battery(on fixture: DemoFixture) throws -> (BadInputBattery, BadInputBattery.CreationEndpoint) {
            switch self {
            case .talentProfile:
                let database = fixture.database
                let endpoint = BadInputBattery.CreationEndpoint(
                    path: "/v1/talents", table: "talents",
                    validBody: { n in TalentBadInputTests.profile(presentation: "Auditrice RGAA \(n).") },
                    requiredFields: [
                        "employerID", "status", "lineManager", "departement", "skills", "availability",
                        "presentation"
                    ],
                    enumFields: ["status"],
                    oversizedStrings: ["presentation": 2001],
                    newCreator: { try TalentBadInputTests.newTalent(database: database) })
                let token = try TalentBadInputTests.newTalent(database: database)
                return (BadInputBattery(server: fixture.server, token: token), endpoint)
            case .invitation:
                let mission = try fixture.sql(
                    """
                    SELECT min(id) FROM missions WHERE owner_id = \(fixture.member(.missionOwner).id)
                    AND state = 'published' AND application_deadline >= date('now')
                    """)
                let talents = try fixture.sql(
                    """
                    SELECT group_concat(id) FROM (SELECT id FROM talents WHERE pool_consent_at IS NOT NULL
                    ORDER BY id LIMIT 20)
                    """
                ).split(separator: ",").compactMap { Int($0) }
                try #require(!mission.isEmpty && talents.count == 20, "the demo data: mission \(mission), \(talents)")
                let endpoint = BadInputBattery.CreationEndpoint(
                    path: "/v1/missions/\(mission)/invitations", table: "invitations",
                    validBody: { n in
                        ["talentID": .integer(talents[n]), "message": "Votre profil nous intéresse (\(n))."]
                    },
                    requiredFields: ["talentID"],
                    enumFields: [],
                    oversizedStrings: ["message": 2001])
                return (BadInputBattery(server: fixture.server, token: fixture.member(.missionOwner).token), endpoint)
            }
        }
    }

    @Test(arguments: Creation.allCases) func theValidBodyIsAccepted(_ creation: Creation) throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let (battery, endpoint) = try creation.battery(on: fixture)
        try battery.expectCreated(endpoint, endpoint.validBody(0))
    }

    @Test(arguments: Creation.allCases) func malformedContentIsA400AndChangesNothing(_ creation: Creation) throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let (battery, endpoint) = try creation.battery(on: fixture)
        try battery.malformedContent(endpoint)
    }

    @Test(arguments: Creation.allCases)
    func wrongTypesMissingMembersAndUnknownEnumValuesAreA400NamingTheField(_ creation: Creation) throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let (battery, endpoint) = try creation.battery(on: fixture)
        try battery.wrongShapes(endpoint)
    }

    @Test(arguments: Creation.allCases) func oversizedStringsAreA422NamingTheField(_ creation: Creation) throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let (battery, endpoint) = try creation.battery(on: fixture)
        try battery.oversizedStrings(endpoint)
    }

    @Test(arguments: Creation.allCases) func injectionStringsAreStoredVerbatimOrRefused(_ creation: Creation) throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let (battery, endpoint) = try creation.battery(on: fixture)
        try battery.injections(endpoint)
    }

    @Test(arguments: Creation.allCases) func idempotencyKeysReplayAndNeverCreateTwice(_ creation: Creation) throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let (battery, endpoint) = try creation.battery(on: fixture)
        try battery.idempotency(endpoint)
    }

    /// `PUT /v1/talents/{id}` by the talent persona on their profile.
    @Test func aProfileChangeNeedsTheCurrentIfMatch() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let battery = BadInputBattery(server: fixture.server, token: fixture.member(.talent).token)
        try battery.ifMatch(
            .init(
                method: "PUT", path: "/v1/talents/\(try ownTalent(fixture))", table: "talents",
                body: Self.profile(presentation: "Présentation revue.")))
    }

    /// Bad content with the current `If-Match` is refused as on creation, and changes nothing.
    @Test func aProfileChangeRefusesBadContent() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let battery = BadInputBattery(server: fixture.server, token: fixture.member(.talent).token)
        let path = "/v1/talents/\(try ownTalent(fixture))"
        let etag = try #require(try fixture.server.send("GET", path, token: battery.token).headers["etag"])
        let valid = Self.profile(presentation: "Présentation revue.")
        let cases: [(String, JSONValue, BadInputBattery.Expected)] = [
            ("status unknown", valid.setting("status", to: "galaxy"), .undecodable(field: "status", code: "invalid")),
            ("skills missing", valid.setting("skills", to: nil), .undecodable(field: "skills", code: "required")),
            (
                "presentation too long",
                valid.setting("presentation", to: .string(String(repeating: "é", count: 2001))),
                .rule(422, "talent-presentation-too-long", field: "presentation")
            ),
            ("no skill", valid.setting("skills", to: []), .rule(422, "talent-skills-empty", field: "skills"))
        ]
        for (what, body, expected) in cases {
            try battery.expectRefused(
                what, "PUT", path, body: Data(body.text.utf8), headers: ["If-Match": etag],
                table: "talents", expected)
        }
        try battery.expectRefused(
            "malformed JSON", "PUT", path, body: Data(#"{"status":"#.utf8),
            headers: ["If-Match": etag], table: "talents", .undecodable())
    }

    /// `POST /v1/talents/{id}/pool` by a new talent whose profile is outside the pool: the
    /// battery's `If-Match` refusals, then the join at the revision the profile's `GET` gives
    /// (the battery's own check reads the ETag on the changed path, which has no `GET` here).
    @Test func joiningThePoolNeedsTheCurrentIfMatch() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let battery = BadInputBattery(server: fixture.server, token: try Self.newTalent(database: fixture.database))
        let created = try fixture.server.send(
            "POST", "/v1/talents", token: battery.token,
            json: Self.profile(presentation: "Auditrice RGAA.").text)
        #expect(created.status == 201, "\(created.text)")
        let profile = try #require(created.headers["location"])
        let path = profile + "/pool"
        let consent = Data(#"{"consent":true}"#.utf8)
        try battery.expectRefused(
            "no If-Match", "POST", path, body: consent, table: "talents",
            .rule(428, "if-match-required"))
        for malformed in ["1", #"W/"1""#, "*"] {
            try battery.expectRefused(
                "If-Match \(malformed)", "POST", path, body: consent,
                headers: ["If-Match": malformed], table: "talents",
                .rule(400, "if-match-malformed"))
        }
        try battery.expectRefused(
            "a stale If-Match", "POST", path, body: consent, headers: ["If-Match": #""0""#],
            table: "talents", .rule(412, "stale-revision"))
        let etag = try #require(try fixture.server.send("GET", profile, token: battery.token).headers["etag"])
        let joined = try fixture.server.send(
            "POST", path, token: battery.token, headers: ["If-Match": etag],
            json: #"{"consent":true}"#)
        #expect(joined.status == 200, "\(joined.text)")
        #expect(joined.headers["etag"] != nil && joined.headers["etag"] != etag, "a change returns its new ETag")
    }

    // MARK: Helpers

    /// A valid talent profile (employer 1 is the first demo ministry).
    static func profile(presentation: String) -> JSONValue {
        [
            "employerID": 1, "status": "civil-servant",
            "lineManager": ["name": "Hélène Garnier", "email": "helene.garnier@culture.gouv.fr"],
            "departement": "976", "skills": [["code": "a11y-audit", "level": 4], ["code": "design-dsfr", "level": 3]],
            "availability": ["hoursPerMonth": 16, "from": "2026-01-01", "until": "2027-06-30"],
            "presentation": .string(presentation)
        ]
    }

    /// Adds a user with the talent role only, without a profile, with the CLI; their token.
    static func newTalent(database: String) throws -> String {
        let email = "essai-\(UUID().uuidString.prefix(8).lowercased())@numerique.gouv.fr"
        let environment = ["TALENTS_DB": database]
        let added = try Subprocess.run(
            "talents-admin",
            [
                "users", "add", "--name", "Talent d'essai", "--email", email,
                "--role", "talent"
            ], environment: environment)
        guard added.status == 0 else { throw DemoFixture.SetupError(reason: added.errorOutput) }
        let issued = try Subprocess.run(
            "talents-admin", ["tokens", "issue", "--email", email],
            environment: environment)
        guard issued.status == 0 else { throw DemoFixture.SetupError(reason: issued.errorOutput) }
        return issued.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The talent persona's profile.
    private func ownTalent(_ fixture: DemoFixture) throws -> String {
        try fixture.sql("SELECT id FROM talents WHERE user_id = \(fixture.member(.talent).id)")
    }
}
