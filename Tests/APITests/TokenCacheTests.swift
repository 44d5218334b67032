import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The bearer tokens checked once are kept (issue 21), and whatever changes them is honoured by
/// the very next request: a revocation, a deactivation or a change of roles from
/// `talents-admin` (another process) or through the API, and the token's expiry.
@Suite struct TokenCacheTests {
    private let directory: TemporaryDirectory
    private let database: String
    private let clockFile: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
        clockFile = directory.path("now.txt")
        try "2026-03-02T09:00:00Z".write(toFile: clockFile, atomically: true, encoding: .utf8)
    }

    private func admin(_ arguments: String...) throws -> Subprocess.Result {
        try Subprocess.run(
            "talents-admin", arguments, environment: ["TALENTS_DB": database, "TALENTS_CLOCK_FILE": clockFile])
    }

    private func addUser(_ email: String, role: String) throws -> String {
        #expect(try admin("users", "add", "--name", "Camille Martin", "--email", email, "--role", role).status == 0)
        let issued = try admin("tokens", "issue", "--email", email, "--days", "2")
        #expect(issued.status == 0, "\(issued.errorOutput)")
        return issued.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func roles(_ server: APIServerProcess, _ token: String) throws -> [String]? {
        let me = try server.send("GET", "/v1/me", token: token)
        guard me.status == 200 else { return nil }
        return (me.json as? [String: Any])?["roles"] as? [String]
    }

    @Test func aChangeFromAnotherProcessIsHonouredByTheNextRequest() throws {
        defer { directory.remove() }
        try Subprocess.migrate(database)
        let email = "camille.martin@numerique.gouv.fr"
        let token = try addUser(email, role: "talent")
        let server = try APIServerProcess(database: database, environment: ["TALENTS_CLOCK_FILE": clockFile])
        defer { server.stop() }

        // Read several times (the later reads come from the cache), then changed by talents-admin.
        for _ in 0..<3 { #expect(try roles(server, token) == ["talent"]) }
        #expect(try admin("users", "roles", email, "--add", "mission-owner").status == 0)
        #expect(try roles(server, token)?.sorted() == ["mission-owner", "talent"])
        #expect(try admin("users", "deactivate", email).status == 0)
        #expect(try server.send("GET", "/v1/me", token: token).status == 401)
        #expect(try admin("users", "reactivate", email).status == 0)
        // Deactivation revoked the token for good.
        #expect(try server.send("GET", "/v1/me", token: token).status == 401)

        // A token revoked by id, after it was cached.
        let second = try admin("tokens", "issue", "--email", email, "--days", "2")
        let secondToken = second.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try roles(server, secondToken) != nil)
        let id = try Subprocess.sqlite3(database, "SELECT max(id) FROM api_tokens").output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try admin("tokens", "revoke", id).status == 0)
        #expect(try server.send("GET", "/v1/me", token: secondToken).status == 401)
    }

    @Test func aDeactivationThroughTheAPIAndAnExpiryAreHonouredByTheNextRequest() throws {
        defer { directory.remove() }
        try Subprocess.migrate(database)
        let operatorToken = try addUser("ops@numerique.gouv.fr", role: "operator")
        let token = try addUser("camille.martin@numerique.gouv.fr", role: "talent")
        let server = try APIServerProcess(database: database, environment: ["TALENTS_CLOCK_FILE": clockFile])
        defer { server.stop() }

        #expect(try roles(server, token) == ["talent"])
        #expect(try roles(server, operatorToken) == ["operator"])
        let deactivation = try server.send("POST", "/v1/users/2/deactivation", token: operatorToken)
        #expect(deactivation.status == 200, "\(deactivation.text)")
        #expect(try server.send("GET", "/v1/me", token: token).status == 401)

        // Nothing committed since the operator's token was read: only its expiry ends it.
        #expect(try roles(server, operatorToken) == ["operator"])
        try "2026-03-04T09:00:01Z".write(toFile: clockFile, atomically: true, encoding: .utf8)
        #expect(try server.send("GET", "/v1/me", token: operatorToken).status == 401)
    }
}
