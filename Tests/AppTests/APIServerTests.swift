import Foundation
import Testing

/// The real `talents-api` binary: start-up on the embedded default, conventions of every endpoint.
@Suite struct APIServerTests {
    @Test func startsOnAFreshDatabaseAndServesHealthAndSkills() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let server = try APIServerProcess(database: directory.path("data/talents.sqlite"))
        defer { server.stop() }
        let health = try server.send("GET", "/health")
        #expect(health.status == 200)
        #expect(health.text == "ok")
        #expect(health.headers["x-request-id"] != nil)
        let skills = try server.send("GET", "/v1/skills")
        #expect(skills.status == 200)
        #expect((skills.json as? [[String: Any]])?.isEmpty == false)
        let versions = try Subprocess.sqlite3(server.database, "SELECT group_concat(version) FROM schema_migrations")
        #expect(versions.output == "1,2\n", "created and migrated on first start")
    }

    @Test func bearerTokensAuthenticateAndRevocationTakesEffect() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("talents.sqlite")
        let admin = ["TALENTS_DB": database]
        #expect(try Subprocess.run("talents-admin", ["users", "add", "--name", "Opératrice", "--email",
                                                     "ops@numerique.gouv.fr", "--role", "operator"],
                                   environment: admin).status == 0)
        let issued = try Subprocess.run("talents-admin", ["tokens", "issue", "--email", "ops@numerique.gouv.fr"],
                                        environment: admin)
        let token = issued.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.count == 43)
        let server = try APIServerProcess(database: database)
        defer { server.stop() }

        let anonymous = try server.send("GET", "/v1/me")
        #expect(anonymous.status == 401)
        #expect(anonymous.headers["content-type"] == "application/problem+json")
        #expect(anonymous.headers["www-authenticate"]?.hasPrefix("Bearer") == true)
        let me = try server.send("GET", "/v1/me", token: token)
        #expect(me.status == 200)
        #expect((me.json as? [String: Any])?["email"] as? String == "ops@numerique.gouv.fr")
        #expect(try server.send("GET", "/v1/me", token: token + "x").status == 401)

        let stored = try Subprocess.sqlite3(database, "SELECT hex(token_hash) FROM api_tokens")
        #expect(!stored.output.contains(token), "only the hash is stored")
        #expect(try Subprocess.run("talents-admin", ["tokens", "revoke", "1"], environment: admin).status == 0)
        #expect(try server.send("GET", "/v1/me", token: token).status == 401)
    }
}
