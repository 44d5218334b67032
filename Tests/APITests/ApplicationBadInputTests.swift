import Foundation
import Testing

@testable import AppTestSupport

/// The bad-input battery (``BadInputBattery``) on the applications' endpoints, on the real
/// binary: applying (each part of the battery; every accepted application comes from a new
/// talent, since a talent has one live application per mission), then `If-Match` and bad
/// content on the owner's answers and the talent's withdrawal.
@Suite struct ApplicationBadInputTests {
    let world: ApplicationWorld
    let mission: Int
    /// The battery of `talent1`.
    let battery: BadInputBattery
    let endpoint: BadInputBattery.CreationEndpoint

    init() throws {
        let world = try ApplicationWorld(talents: 1)
        do {
            mission = try world.publishedMission()
        } catch {
            world.close()
            throw error
        }
        self.world = world
        battery = BadInputBattery(server: world.server, token: try #require(world.tokens["talent1"]))
        let counter = Counter()
        endpoint = BadInputBattery.CreationEndpoint(
            path: "/v1/missions/\(mission)/applications", table: "applications",
            validBody: { n in ["motivation": .string("Motivation numéro \(n) : trois audits RGAA.")] },
            requiredFields: ["motivation"], enumFields: [], oversizedStrings: ["motivation": 5001],
            newCreator: { [world] in try world.newTalent(number: counter.next()) })
    }

    @Test func theValidBodyIsAccepted() throws {
        defer { world.close() }
        try battery.expectCreated(endpoint, endpoint.validBody(0))
    }

    @Test func malformedContentIsA400AndChangesNothing() throws {
        defer { world.close() }
        try battery.malformedContent(endpoint)
    }

    @Test func wrongTypesAndMissingMembersAreA400NamingTheField() throws {
        defer { world.close() }
        try battery.wrongShapes(endpoint)
    }

    @Test func anOversizedMotivationIsA422NamingTheField() throws {
        defer { world.close() }
        try battery.oversizedStrings(endpoint)
    }

    @Test func injectionStringsAreStoredVerbatimOrRefused() throws {
        defer { world.close() }
        try battery.injections(endpoint)
    }

    @Test func idempotencyKeysReplayAndNeverCreateTwice() throws {
        defer { world.close() }
        try battery.idempotency(endpoint)
    }

    /// Answers and withdrawal: `If-Match` first, then the content, each refusal changing nothing.
    @Test func changesNeedTheCurrentIfMatchAndValidContent() throws {
        defer { world.close() }
        let created = try battery.expectCreated(endpoint, endpoint.validBody(0))
        let path = try #require(created.headers["location"])
        let owner = try #require(world.tokens["owner"])
        let past = ApplicationWorld.rfc3339(Date().addingTimeInterval(-3600))
        let future = ApplicationWorld.rfc3339(Date().addingTimeInterval(3 * 86_400))
        let cases: [(String, String, String, String?, [String: String], BadInputBattery.Expected)] = [
            (
                "no If-Match", "/decline", #"{"reason":{"code":"mission-filled"}}"#, owner, [:],
                .rule(428, "if-match-required")
            ),
            (
                "a stale If-Match", "/decline", #"{"reason":{"code":"mission-filled"}}"#, owner, ["If-Match": #""7""#],
                .rule(412, "stale-revision")
            ),
            ("a malformed If-Match", "/accept", "", owner, ["If-Match": "1"], .rule(400, "if-match-malformed")),
            ("malformed JSON", "/decline", #"{"reason":"#, owner, ["If-Match": #""1""#], .undecodable()),
            (
                "reason missing", "/decline", "{}", owner, ["If-Match": #""1""#],
                .undecodable(field: "reason", code: "required")
            ),
            (
                "an unknown reason code", "/decline", #"{"reason":{"code":"bored"}}"#, owner, ["If-Match": #""1""#],
                .undecodable(field: "reason.code", code: "invalid")
            ),
            (
                "other without text", "/decline", #"{"reason":{"code":"other","text":"  "}}"#, owner,
                ["If-Match": #""1""#], .rule(422, "application-reason-text-required", field: "reason.text")
            ),
            (
                "a reason text too long", "/withdraw",
                #"{"reason":{"code":"other","text":"\#(String(repeating: "x", count: 1001))"}}"#, nil,
                ["If-Match": #""1""#], .rule(422, "application-reason-text-too-long", field: "reason.text")
            ),
            (
                "an interview in the past", "/interview", #"{"interview":{"at":"\#(past)","means":"Visio"}}"#, owner,
                ["If-Match": #""1""#], .rule(422, "application-interview-not-in-future", field: "interview.at")
            ),
            (
                "a malformed interview time", "/interview", #"{"interview":{"at":"demain 10h","means":"Visio"}}"#,
                owner,
                ["If-Match": #""1""#], .rule(422, "malformed-instant", field: "interview.at")
            ),
            (
                "an interview without means", "/interview", #"{"interview":{"at":"\#(future)","means":" "}}"#, owner,
                ["If-Match": #""1""#], .rule(422, "application-interview-means-length", field: "interview.means")
            ),
            (
                "the talent accepting", "/accept", "", nil, ["If-Match": #""1""#],
                .rule(403, "application-mission-owner-only")
            ),
            (
                "the owner withdrawing", "/withdraw", #"{"reason":{"code":"other","text":"x"}}"#, owner,
                ["If-Match": #""1""#], .rule(403, "application-applicant-only")
            ),
            (
                "the owner reopening", "/reopen", #"{"reason":"Erreur"}"#, owner, ["If-Match": #""1""#],
                .rule(403, "access-role-required")
            )
        ]
        for (what, action, body, token, headers, expected) in cases {
            try battery.expectRefused(
                what, "POST", path + action, body: body.isEmpty ? nil : Data(body.utf8),
                headers: headers, token: token, table: "applications", expected)
        }
        let withdrawn = try world.server.send(
            "POST", path + "/withdraw", token: battery.token,
            headers: ["If-Match": #""1""#],
            json: #"{"reason":{"code":"no-longer-available"}}"#)
        #expect(withdrawn.status == 200 && withdrawn.headers["etag"] == "\"2\"", "\(withdrawn.text)")
        try battery.expectRefused(
            "declining a withdrawn application", "POST", path + "/decline",
            body: Data(#"{"reason":{"code":"mission-filled"}}"#.utf8),
            headers: ["If-Match": #""2""#], token: owner, table: "applications",
            .rule(409, "application-invalid-transition"))
    }
}

/// Numbers for the talents the battery creates.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.withLock {
            value += 1
            return value
        }
    }
}

extension ApplicationWorld {
    /// A new talent with a profile; their token.
    func newTalent(number: Int) throws -> String {
        let email = "nouveau\(number)@numerique.gouv.fr"
        try admin(
            "users", "add", "--name", "Nouveau talent \(number)", "--email", email, "--role", "talent",
            "--administration", "MINESSAI")
        let token = try admin("tokens", "issue", "--email", email)
        let created = try server.send("POST", "/v1/talents", token: token, json: Self.profile)
        guard created.status == 201 else { throw DemoFixture.SetupError(reason: "profile: \(created.text)") }
        return token
    }
}
