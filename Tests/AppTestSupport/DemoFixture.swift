import Foundation
import TestSupport

/// Who calls the API in the cross-cutting tests: nobody, or a demo user holding one role.
enum Persona: String, CaseIterable, Sendable, CustomStringConvertible {
    case anonymous
    case talent
    case missionOwner = "mission-owner"
    case lineManager = "line-manager"
    case referent
    case `operator`

    var description: String { rawValue }
}

/// A database filled by `talents-admin demo seed`, a bearer token issued with the CLI for one
/// demo user of each role, and the real `talents-api` serving it. `close()` stops the server
/// and removes the files.
final class DemoFixture {
    /// A demo user a persona stands for.
    struct Member {
        let id: Int
        let email: String
        let administrationID: Int?
        let token: String
    }

    let directory: TemporaryDirectory
    let database: String
    let server: APIServerProcess
    /// The user behind every persona but ``Persona/anonymous``.
    let members: [Persona: Member]

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
        do {
            let environment = ["TALENTS_DB": database]
            try Self.check(try Subprocess.run("talents-admin", ["demo", "seed"], environment: environment))
            let listing = try Subprocess.run("talents-admin", ["users", "list", "--json"], environment: environment)
            try Self.check(listing)
            let users = try JSONSerialization.jsonObject(with: Data(listing.output.utf8)) as? [[String: Any]] ?? []
            var members: [Persona: Member] = [:]
            for persona in Persona.allCases where persona != .anonymous {
                // The first demo user holding exactly this role, so each persona tests one role.
                guard let user = users.first(where: { $0["roles"] as? [String] == [persona.rawValue] }),
                    let id = user["id"] as? Int, let email = user["email"] as? String
                else { throw SetupError(reason: "the demo seed has no user with only the role \(persona)") }
                let issued = try Subprocess.run(
                    "talents-admin", ["tokens", "issue", "--email", email],
                    environment: environment)
                try Self.check(issued)
                members[persona] = Member(
                    id: id, email: email, administrationID: user["administrationID"] as? Int,
                    token: issued.output.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            self.members = members
            server = try APIServerProcess(database: database)
        } catch {
            directory.remove()
            throw error
        }
    }

    /// The bearer token of `persona`, nil for ``Persona/anonymous``.
    func token(_ persona: Persona) -> String? {
        members[persona]?.token
    }

    /// The demo user behind `persona`.
    func member(_ persona: Persona) -> Member {
        guard let member = members[persona] else { preconditionFailure("\(persona) is nobody") }
        return member
    }

    /// One value read with the system's `sqlite3`, e.g. the id of a record a row needs.
    func sql(_ query: String) throws -> String {
        let result = try Subprocess.sqlite3(database, query)
        try Self.check(result)
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func close() {
        server.stop()
        directory.remove()
    }

    struct SetupError: Error {
        let reason: String
    }

    private static func check(_ result: Subprocess.Result) throws {
        guard result.status == 0 else { throw SetupError(reason: "exit \(result.status): \(result.errorOutput)") }
    }
}
