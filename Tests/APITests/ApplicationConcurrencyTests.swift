import Foundation
import Testing

@testable import AppTestSupport

/// Applications sent at the same time over HTTP to the real binary, on the demo data: many
/// talents to one mission all get in; one talent racing with itself gets in once.
@Suite struct ApplicationConcurrencyTests {
    private static let motivation = #"{"motivation":"Disponible dès le mois prochain."}"#

    @Test func fiftyTalentsApplyAtOnceAndOneTalentRacingItselfGetsInOnce() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let emails = try fixture.sql(
            """
            SELECT group_concat(email, ' ') FROM (SELECT u.email FROM talents t JOIN users u ON u.id = t.user_id
            WHERE t.user_id != \(fixture.member(.talent).id) ORDER BY t.id LIMIT 50)
            """
        ).split(separator: " ").map(String.init)
        #expect(emails.count == 50)
        let environment = ["TALENTS_DB": fixture.database]
        let tokens = try Self.inParallel(emails.count, atMost: 8) { index in
            let issued = try Subprocess.run(
                "talents-admin", ["tokens", "issue", "--email", emails[index]],
                environment: environment)
            guard issued.status == 0 else { throw DemoFixture.SetupError(reason: issued.errorOutput) }
            return issued.output.trimmingCharacters(in: .whitespacesAndNewlines)
        }.map { try $0.get() }

        let mission = try Self.publishedMission(fixture)
        let base = fixture.server.baseURL
        let responses = try Self.inParallel(tokens.count) { index in
            try Self.apply(base, mission: mission, token: tokens[index])
        }.map { try $0.get() }
        #expect(
            responses.map(\.status) == Array(repeating: 201, count: 50),
            "\(responses.filter { $0.status != 201 }.map(\.text).prefix(3))")
        let ids = Set(responses.compactMap { ($0.json as? [String: Any])?["id"] as? Int })
        #expect(ids.count == 50)
        #expect(
            try fixture.sql(
                """
                SELECT count(*) || ' ' || count(DISTINCT talent_id) FROM applications WHERE mission_id = \(mission)
                """) == "50 50")

        let other = try Self.publishedMission(fixture)
        let token = try #require(fixture.token(.talent))
        let races = try Self.inParallel(20) { _ in try Self.apply(base, mission: other, token: token) }
            .map { try $0.get() }
        #expect(races.filter { $0.status == 201 }.count == 1)
        let refused = races.filter { $0.status != 201 }
        #expect(refused.count == 19)
        #expect(
            refused.allSatisfy {
                $0.status == 409
                    && ($0.json as? [String: Any])?["type"] as? String
                        == "https://talents.numerique.gouv.fr/problems/application-already-applied"
            }, "\(refused.map(\.text).prefix(3))")
        #expect(
            try fixture.sql(
                """
                SELECT count(*) || ' ' || sum(status = 'submitted') FROM applications WHERE mission_id = \(other)
                """) == "1 1")
        #expect(
            try fixture.sql(
                """
                SELECT count(*) FROM audit_events WHERE action = 'application.submitted'
                AND json_extract(details, '$.missionID') IN ('\(mission)', '\(other)')
                """) == "51", "one audit event per application, none for the refused ones")
    }

    /// `POST /v1/missions/{mission}/applications` on the server at `base`.
    private static func apply(_ base: String, mission: Int, token: String) throws -> HTTPClient.Response {
        try HTTPClient.send(
            "POST", "\(base)/v1/missions/\(mission)/applications",
            headers: ["Authorization": "Bearer \(token)", "Content-Type": "application/json"],
            body: Data(motivation.utf8))
    }

    /// A mission of the mission-owner persona, published by the operator persona; its id.
    private static func publishedMission(_ fixture: DemoFixture) throws -> Int {
        let owner = fixture.token(.missionOwner)
        let created = try fixture.server.send(
            "POST", "/v1/missions", token: owner,
            json: ApplicationWorld.mission(title: "Mission très demandée"))
        guard created.status == 201, let id = (created.json as? [String: Any])?["id"] as? Int else {
            throw DemoFixture.SetupError(reason: "mission: \(created.text)")
        }
        for (action, token, revision) in [("submit", owner, 1), ("publish", fixture.token(.operator), 2)] {
            let response = try fixture.server.send(
                "POST", "/v1/missions/\(id)/\(action)", token: token,
                headers: ["If-Match": "\"\(revision)\""])
            guard response.status == 200 else { throw DemoFixture.SetupError(reason: "\(action): \(response.text)") }
        }
        return id
    }

    /// Runs `body(0..<count)` on its own threads, at most `limit` at a time (all at once by
    /// default), released together; the results in index order.
    private static func inParallel<T: Sendable>(
        _ count: Int, atMost limit: Int? = nil,
        _ body: @escaping @Sendable (Int) throws -> T
    ) -> [Result<T, any Error>] {
        let results = Results<T>(count: count)
        let gate = DispatchSemaphore(value: 0)
        let slots = DispatchSemaphore(value: limit ?? count)
        let group = DispatchGroup()
        for index in 0..<count {
            group.enter()
            Thread {
                gate.wait()
                slots.wait()
                results.set(index, Result { try body(index) })
                slots.signal()
                group.leave()
            }.start()
        }
        for _ in 0..<count { gate.signal() }
        group.wait()
        return results.all
    }
}

/// Results written by several threads, each at its own index.
private final class Results<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Result<T, any Error>?]

    init(count: Int) {
        values = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<T, any Error>) {
        lock.withLock { values[index] = result }
    }

    var all: [Result<T, any Error>] {
        lock.withLock { values.map { $0! } }
    }
}
