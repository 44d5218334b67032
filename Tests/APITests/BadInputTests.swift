import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The bad-input battery on `POST /v1/administrations`, by an operator, on the real binary.
/// Each test has its own database: an operator and a ministry made with the CLI.
@Suite struct BadInputTests {
    static let administrations = BadInputBattery.CreationEndpoint(
        path: "/v1/administrations", table: "administrations",
        validBody: { n in
            [
                "name": "Direction de l'essai \(n)", "acronym": "ESSAI\(n)", "level": "directorate",
                "publicService": "state", "parentID": 1
            ]
        },
        requiredFields: ["name", "acronym", "level", "publicService"],
        enumFields: ["level", "publicService"],
        oversizedStrings: ["name": 201, "acronym": 17])

    let directory: TemporaryDirectory
    let server: APIServerProcess
    let battery: BadInputBattery

    init() throws {
        directory = try TemporaryDirectory()
        let database = directory.path("talents.sqlite")
        do {
            let environment = ["TALENTS_DB": database]
            try Subprocess.migrate(database)
            for arguments in [
                ["users", "add", "--name", "Opératrice", "--email", "ops@numerique.gouv.fr", "--role", "operator"],
                [
                    "administrations", "add", "--name", "Ministère de l'essai", "--acronym", "MINESSAI", "--level",
                    "ministry"
                ]
            ] {
                let result = try Subprocess.run("talents-admin", arguments, environment: environment)
                guard result.status == 0 else { throw DemoFixture.SetupError(reason: result.errorOutput) }
            }
            let issued = try Subprocess.run(
                "talents-admin", ["tokens", "issue", "--email", "ops@numerique.gouv.fr"],
                environment: environment)
            server = try APIServerProcess(database: database)
            battery = BadInputBattery(
                server: server, token: issued.output.trimmingCharacters(in: .whitespacesAndNewlines))
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
        try battery.expectCreated(Self.administrations, Self.administrations.validBody(0))
    }

    @Test func malformedContentIsA400AndChangesNothing() throws {
        defer { finish() }
        try battery.malformedContent(Self.administrations)
    }

    @Test func wrongTypesMissingMembersAndUnknownEnumValuesAreA400NamingTheField() throws {
        defer { finish() }
        try battery.wrongShapes(Self.administrations)
    }

    @Test func oversizedStringsAreA422NamingTheField() throws {
        defer { finish() }
        try battery.oversizedStrings(Self.administrations)
    }

    @Test func injectionStringsAreStoredVerbatimOrRefused() throws {
        defer { finish() }
        try battery.injections(Self.administrations)
    }

    @Test func idempotencyKeysReplayAndNeverCreateTwice() throws {
        defer { finish() }
        try battery.idempotency(Self.administrations)
    }
}
