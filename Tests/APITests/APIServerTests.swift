import Foundation
import Persistence
import TestSupport
import Testing

@testable import AppTestSupport

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
        #expect(
            versions.output == Schema.migrations.map { String($0.version) }.joined(separator: ",") + "\n",
            "created and migrated on first start")
    }

    /// `--help` names every `TALENTS_…` variable the API's sources read (its own, and those of the
    /// modules it links: Workflows, Support…), and nothing else; docs/operations.md documents each.
    @Test func helpNamesEveryEnvironmentVariableTheAPIReads() throws {
        let help = try Subprocess.run("talents-api", ["--help"])
        #expect(help.status == 0)
        let named = Self.variables(in: help.output)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var read: Set<String> = []
        for folder in ["Apps/talents-api", "Modules", "Shared"] {
            let files = FileManager.default.enumerator(
                at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let file = files?.nextObject() as? URL {
                guard file.pathExtension == "swift" else { continue }
                // String literals outside comments: the names code hands to the environment reader.
                let code = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
                    .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                read.formUnion(Self.variables(in: code.joined(separator: "\n"), quoted: true))
            }
        }
        #expect(
            read.contains("TALENTS_JOBS_INTERVAL_SECONDS") && read.contains("TALENTS_MAIL_TRANSPORT"),
            "the source scan finds the variables read without a flag")
        #expect(read.subtracting(named).sorted() == [], "read by the API but missing from talents-api --help")
        #expect(named.subtracting(read).sorted() == [], "in talents-api --help but read nowhere")
        let operations = try String(contentsOf: root.appendingPathComponent("docs/operations.md"), encoding: .utf8)
        #expect(named.filter { !operations.contains("`\($0)`") }.sorted() == [], "missing from docs/operations.md")
    }

    /// The `TALENTS_…` names in `text`; with `quoted`, only those written as a whole string literal.
    private static func variables(in text: String, quoted: Bool = false) -> Set<String> {
        let pattern = quoted ? #""(TALENTS_[A-Z0-9_]+)""# : #"\b(TALENTS_[A-Z0-9_]+)\b"#
        let expression = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return Set(
            expression.matches(in: text, range: range).compactMap { match in
                Range(match.range(at: 1), in: text).map { String(text[$0]) }
            })
    }

    @Test func bearerTokensAuthenticateAndRevocationTakesEffect() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("talents.sqlite")
        let admin = ["TALENTS_DB": database]
        try Subprocess.migrate(database)
        #expect(
            try Subprocess.run(
                "talents-admin",
                [
                    "users", "add", "--name", "Opératrice", "--email",
                    "ops@numerique.gouv.fr", "--role", "operator"
                ],
                environment: admin
            ).status == 0)
        let issued = try Subprocess.run(
            "talents-admin", ["tokens", "issue", "--email", "ops@numerique.gouv.fr"],
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
        #expect(
            try Subprocess.run(
                "talents-admin",
                [
                    "users", "add", "--name", "Opé", "--email", "ope@numerique.gouv.fr",
                    "--role", "operator"
                ], environment: admin
            ).status == 0)
        let token = try Subprocess.run(
            "talents-admin", ["tokens", "issue", "--email", "ope@numerique.gouv.fr"],
            environment: admin
        ).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let territorial =
            #"{"name":"Région Bretagne","acronym":"BZH","level":"ministry","publicService":"territorial"}"#

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
        #expect(
            (refused.json as? [String: Any])?["type"] as? String
                == "https://talents.numerique.gouv.fr/problems/administration-public-service-not-enabled")
        stateOnly.stop()

        let opened = try APIServerProcess(
            database: database, environment: ["TALENTS_PUBLIC_SERVICES": "state,territorial"])
        defer { opened.stop() }
        #expect(try opened.send("POST", "/v1/administrations", token: token, json: territorial).status == 201)
    }
}
