import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The bad-input battery (``BadInputBattery``) on the missions' endpoints, on the real binary:
/// creating a mission (each part of the battery), `If-Match` and bad content on editing, bad
/// content on rejecting and closing. Each test has its own database: a ministry, a mission
/// owner and an operator made with the CLI.
@Suite struct MissionBadInputTests {
    static let missions = BadInputBattery.CreationEndpoint(
        path: "/v1/missions", table: "missions",
        validBody: { n in mission(title: "Mission d'essai \(n)") },
        // `remote` and `crisis` too, but Foundation's decoder reports a null boolean as a wrong
        // type (400 `type`) rather than a missing value: see anEditNeedsTheCurrentIfMatchAndValidContent.
        requiredFields: [
            "title", "description", "nature", "requiredSkills", "effortHours", "window", "talentsSought",
            "applicationDeadline"
        ],
        enumFields: ["nature"],
        oversizedStrings: ["title": 161, "description": 10_001])

    let directory: TemporaryDirectory
    let server: APIServerProcess
    /// The battery of the mission owner.
    let battery: BadInputBattery
    let operatorToken: String

    init() throws {
        directory = try TemporaryDirectory()
        let database = directory.path("talents.sqlite")
        do {
            let environment = ["TALENTS_DB": database]
            func admin(_ arguments: [String]) throws -> String {
                let result = try Subprocess.run("talents-admin", arguments, environment: environment)
                guard result.status == 0 else { throw DemoFixture.SetupError(reason: result.errorOutput) }
                return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            try Subprocess.migrate(database)
            _ = try admin([
                "administrations", "add", "--name", "Ministère de l'essai", "--acronym", "MINESSAI",
                "--level", "ministry"
            ])
            _ = try admin([
                "users", "add", "--name", "Responsable", "--email", "owner@numerique.gouv.fr",
                "--role", "mission-owner", "--administration", "MINESSAI"
            ])
            _ = try admin([
                "users", "add", "--name", "Opératrice", "--email", "ops@numerique.gouv.fr",
                "--role", "operator"
            ])
            let ownerToken = try admin(["tokens", "issue", "--email", "owner@numerique.gouv.fr"])
            operatorToken = try admin(["tokens", "issue", "--email", "ops@numerique.gouv.fr"])
            server = try APIServerProcess(database: database)
            battery = BadInputBattery(server: server, token: ownerToken)
        } catch {
            directory.remove()
            throw error
        }
    }

    private func finish() {
        server.stop()
        directory.remove()
    }

    @Test func theValidBodyIsAccepted() throws {
        defer { finish() }
        try battery.expectCreated(Self.missions, Self.missions.validBody(0))
    }

    @Test func malformedContentIsA400AndChangesNothing() throws {
        defer { finish() }
        try battery.malformedContent(Self.missions)
    }

    @Test func wrongTypesMissingMembersAndUnknownEnumValuesAreA400NamingTheField() throws {
        defer { finish() }
        try battery.wrongShapes(Self.missions)
    }

    @Test func oversizedStringsAreA422NamingTheField() throws {
        defer { finish() }
        try battery.oversizedStrings(Self.missions)
    }

    @Test func injectionStringsAreStoredVerbatimOrRefused() throws {
        defer { finish() }
        try battery.injections(Self.missions)
    }

    @Test func idempotencyKeysReplayAndNeverCreateTwice() throws {
        defer { finish() }
        try battery.idempotency(Self.missions)
    }

    /// `PUT /v1/missions/{id}` on a draft of the owner: the battery's `If-Match` refusals, then
    /// bad content at the current revision, refused as on creation.
    @Test func anEditNeedsTheCurrentIfMatchAndValidContent() throws {
        defer { finish() }
        let path = try draft()
        try battery.ifMatch(
            .init(
                method: "PUT", path: path, table: "missions",
                body: Self.mission(title: "Mission revue")))
        let etag = try #require(try server.send("GET", path, token: battery.token).headers["etag"])
        let valid = Self.mission(title: "Mission revue encore")
        let cases: [(String, JSONValue, BadInputBattery.Expected)] = [
            (
                "nature unknown", valid.setting("nature", to: "gardening"),
                .undecodable(field: "nature", code: "invalid")
            ),
            ("window missing", valid.setting("window", to: nil), .undecodable(field: "window", code: "required")),
            ("remote missing", valid.setting("remote", to: nil), .undecodable(field: "remote", code: "required")),
            ("crisis null", valid.setting("crisis", to: .null), .undecodable(field: "crisis")),
            (
                "effort over the cap", valid.setting("effortHours", to: 106),
                .rule(422, "mission-effort-out-of-range", field: "effortHours")
            ),
            (
                "no skill", valid.setting("requiredSkills", to: []),
                .rule(422, "mission-required-skills-count", field: "requiredSkills")
            ),
            (
                "unknown skill", valid.setting("requiredSkills", to: [["code": "cooking", "minimumLevel": 2]]),
                .rule(422, "mission-skill-unknown", field: "requiredSkills[0].code")
            ),
            (
                "nowhere", valid.setting("departement", to: nil).setting("remote", to: false),
                .rule(422, "mission-place-required", field: "departement")
            )
        ]
        for (what, body, expected) in cases {
            try battery.expectRefused(
                what, "PUT", path, body: Data(body.text.utf8), headers: ["If-Match": etag],
                table: "missions", expected)
        }
    }

    /// Rejecting and closing: `If-Match` first, then the content of the reason.
    @Test func moderationAndClosingRefuseBadContent() throws {
        defer { finish() }
        let path = try draft()
        let submitted = try server.send("POST", path + "/submit", token: battery.token, headers: ["If-Match": #""1""#])
        #expect(submitted.status == 200)
        let cases: [(String, String, String, String?, BadInputBattery.Expected)] = [
            ("no If-Match", "/reject", #"{"reason":"x"}"#, operatorToken, .rule(428, "if-match-required")),
            ("reason missing", "/reject", "{}", operatorToken, .undecodable(field: "reason", code: "required")),
            (
                "reason empty", "/reject", #"{"reason":"   "}"#, operatorToken,
                .rule(422, "mission-rejection-reason-length", field: "reason")
            ),
            ("reason of the wrong type", "/close", #"{"reason":1}"#, nil, .undecodable(field: "reason", code: "type")),
            ("unknown closing", "/close", #"{"reason":"done"}"#, nil, .undecodable(field: "reason", code: "invalid")),
            ("expiry by hand", "/close", #"{"reason":"expired"}"#, nil, .rule(422, "unknown-value", field: "reason")),
            (
                "filled before publication", "/close", #"{"reason":"filled"}"#, nil,
                .rule(409, "mission-invalid-transition")
            )
        ]
        for (what, action, body, token, expected) in cases {
            let headers = what == "no If-Match" ? [:] : ["If-Match": #""2""#]
            try battery.expectRefused(
                what, "POST", path + action, body: Data(body.utf8), headers: headers,
                token: token, table: "missions", expected)
        }
    }

    // MARK: Helpers

    /// A new draft of the owner; its path.
    private func draft() throws -> String {
        let created = try server.send(
            "POST", "/v1/missions", token: battery.token,
            json: Self.mission(title: "Brouillon").text)
        #expect(created.status == 201, "\(created.text)")
        return try #require(created.headers["location"])
    }

    /// A valid mission: deadline in 30 days, window from 40 to 100 days from today.
    static func mission(title: String) -> JSONValue {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        func day(_ offset: Int) -> JSONValue {
            .string(formatter.string(from: Date().addingTimeInterval(Double(offset) * 86_400)))
        }
        return [
            "title": .string(title), "description": "Revue de sécurité d'un téléservice.",
            "nature": "security-hardening", "requiredSkills": [["code": "sec-audit", "minimumLevel": 3]],
            "effortHours": 35, "window": ["start": day(40), "end": day(100)], "departement": "69",
            "remote": true, "talentsSought": 1, "applicationDeadline": day(30), "crisis": false
        ]
    }
}
