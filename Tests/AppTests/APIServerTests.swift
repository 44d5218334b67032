import Foundation
import Persistence
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
        let etag = try #require(skills.headers["etag"])
        #expect(etag.hasPrefix("\"c-") && etag.count == 36, "a content ETag on every JSON resource")
        #expect(try server.send("GET", "/v1/skills").headers["etag"] == etag, "same content, same ETag")
        let versions = try Subprocess.sqlite3(server.database, "SELECT group_concat(version) FROM schema_migrations")
        #expect(versions.output == Schema.migrations.map { String($0.version) }.joined(separator: ",") + "\n", "created and migrated on first start")
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

/// Administrations as a tree, and the public services opened by configuration.
@Suite struct AdministrationTreeTests {
    @Test func theTreeNestsDirectoratesUnderTheirMinistryAndOnlyEnabledServicesAreAccepted() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("talents.sqlite")
        let admin = ["TALENTS_DB": database]
        #expect(try Subprocess.run("talents-admin", ["demo", "seed"], environment: admin).status == 0)
        #expect(try Subprocess.run("talents-admin", ["users", "add", "--name", "Opé", "--email", "ope@numerique.gouv.fr",
                                                     "--role", "operator"], environment: admin).status == 0)
        let token = try Subprocess.run("talents-admin", ["tokens", "issue", "--email", "ope@numerique.gouv.fr"],
                                       environment: admin).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let territorial = #"{"name":"Région Bretagne","acronym":"BZH","level":"ministry","publicService":"territorial"}"#

        let stateOnly = try APIServerProcess(database: database)
        let tree = try stateOnly.send("GET", "/v1/administrations/tree", token: token)
        #expect(tree.status == 200)
        let roots = try #require(tree.json as? [[String: Any]])
        #expect(roots.count == 12, "the demo's twelve ministries are the roots")
        let spm = try #require(roots.first { $0["acronym"] as? String == "SPM" })
        let children = (spm["children"] as? [[String: Any]])?.compactMap { $0["acronym"] as? String } ?? []
        #expect(children.contains("DINUM"))
        let refused = try stateOnly.send("POST", "/v1/administrations", token: token, json: territorial)
        #expect(refused.status == 422)
        #expect((refused.json as? [String: Any])?["type"] as? String
                == "https://talents.numerique.gouv.fr/problems/administration-public-service-not-enabled")
        stateOnly.stop()

        let opened = try APIServerProcess(database: database, environment: ["TALENTS_PUBLIC_SERVICES": "state,territorial"])
        defer { opened.stop() }
        #expect(try opened.send("POST", "/v1/administrations", token: token, json: territorial).status == 201)
    }
}
