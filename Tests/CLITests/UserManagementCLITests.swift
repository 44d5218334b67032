import Foundation
import Persistence
import TestSupport
import Testing

@testable import AppTestSupport

/// `talents-admin users roles|deactivate|reactivate` (issue 18) on a temporary database file.
@Suite struct UserManagementCLITests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
    }

    private func admin(_ arguments: String...) throws -> Subprocess.Result {
        try Subprocess.run("talents-admin", arguments, environment: ["TALENTS_DB": database])
    }

    private func sql(_ query: String) throws -> String {
        try Subprocess.sqlite3(database, query).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test(arguments: [["users", "roles"], ["users", "deactivate"], ["users", "reactivate"]])
    func theNewCommandsHaveHelp(_ command: [String]) throws {
        defer { directory.remove() }
        let result = try Subprocess.run("talents-admin", command + ["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: talents-admin"))
    }

    @Test func rolesChangeAndTheAccountIsDeactivatedThenReactivated() throws {
        defer { directory.remove() }
        try Subprocess.migrate(database)
        let email = "camille.martin@numerique.gouv.fr"
        #expect(try admin("users", "add", "--name", "Camille Martin", "--email", email, "--role", "talent").status == 0)
        #expect(try admin("tokens", "issue", "--email", email).status == 0)

        let roles = try admin(
            "users", "roles", email, "--add", "mission-owner", "--add", "line-manager", "--remove", "talent")
        #expect(roles.status == 0, "\(roles.errorOutput)")
        #expect(roles.output == "User 1 now holds mission-owner,line-manager.\n")
        #expect(
            try sql("SELECT group_concat(role) FROM (SELECT role FROM user_roles WHERE user_id = 1 ORDER BY role)")
                == "line-manager,mission-owner")
        #expect(
            try sql("SELECT json_extract(details, '$.added') FROM audit_events WHERE action = 'user.roles-changed'")
                == "mission-owner,line-manager")

        // No role left, or a referent without an administration: refused, nothing changed.
        let empty = try admin("users", "roles", email, "--remove", "mission-owner", "--remove", "line-manager")
        #expect(empty.status != 0)
        #expect(empty.errorOutput.contains("at least one role"))
        let referent = try admin("users", "roles", email, "--add", "referent")
        #expect(referent.status != 0)
        #expect(try sql("SELECT count(*) FROM user_roles WHERE user_id = 1") == "2")

        let deactivated = try admin("users", "deactivate", email, "--json")
        #expect(deactivated.status == 0, "\(deactivated.errorOutput)")
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(deactivated.output.utf8)) as? [String: Any])
        #expect((object["deactivatedAt"] as? String)?.hasSuffix("Z") == true)
        #expect(try sql("SELECT count(*) FROM api_tokens WHERE user_id = 1 AND revoked_at IS NULL") == "0")
        #expect(
            try sql(
                "SELECT json_extract(details, '$.tokensRevoked') FROM audit_events WHERE action = 'user.deactivated'")
                == "1")
        let listed = try admin("users", "list")
        #expect(listed.output.contains("ACTIVE") && listed.output.contains(" no "))

        let again = try admin("users", "deactivate", email)
        #expect(again.status != 0)
        #expect(again.errorOutput.contains("already deactivated"))

        let reactivated = try admin("users", "reactivate", email)
        #expect(reactivated.status == 0, "\(reactivated.errorOutput)")
        #expect(reactivated.output == "Reactivated user 1.\n")
        #expect(try sql("SELECT deactivated_at IS NULL FROM users WHERE id = 1") == "1")
        // The old token stays revoked.
        #expect(try sql("SELECT count(*) FROM api_tokens WHERE user_id = 1 AND revoked_at IS NULL") == "0")
        #expect(try sql("SELECT count(*) FROM audit_events WHERE action = 'user.reactivated' AND actor = 'cli'") == "1")
    }

    @Test func anUnknownAddressOrRoleIsAnError() throws {
        defer { directory.remove() }
        try Subprocess.migrate(database)
        #expect(try admin("users", "deactivate", "nobody@numerique.gouv.fr").status != 0)
        #expect(
            try admin("users", "add", "--name", "A", "--email", "a@numerique.gouv.fr", "--role", "talent").status == 0)
        let unknown = try admin("users", "roles", "a@numerique.gouv.fr", "--add", "king")
        #expect(unknown.status == 64)
    }
}
