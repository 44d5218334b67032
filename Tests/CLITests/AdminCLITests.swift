import Foundation
import Persistence
import TestSupport
import Testing

@testable import AppTestSupport

/// `talents-admin` driven as a subprocess on temporary database files.
@Suite struct AdminCLITests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
    }

    private func admin(_ arguments: String..., environment: [String: String]? = nil) throws -> Subprocess.Result {
        try Subprocess.run("talents-admin", arguments, environment: environment ?? ["TALENTS_DB": database])
    }

    @Test(arguments: [
        [], ["db"], ["db", "migrate"], ["db", "check"], ["db", "backup"], ["administrations"],
        ["administrations", "add"], ["administrations", "list"], ["skills"], ["skills", "list"],
        ["users"], ["users", "add"], ["users", "list"], ["tokens"], ["tokens", "issue"],
        ["tokens", "list"], ["tokens", "revoke"], ["missions"], ["missions", "expire"], ["report"],
        ["demo"], ["demo", "seed"]
    ])
    func everyCommandHasHelp(_ command: [String]) throws {
        defer { directory.remove() }
        let result = try Subprocess.run("talents-admin", command + ["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: talents-admin"))
        #expect(result.errorOutput.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: database), "help must not open the database")
    }

    @Test func usageErrorsExit64WithAMessageOnStderr() throws {
        defer { directory.remove() }
        let result = try admin("administrations", "add", "--nme", "X")
        #expect(result.status == 64)
        #expect(result.errorOutput.contains("unknown option '--nme'"))
        #expect(result.errorOutput.contains("did you mean '--name'?"))
        #expect(result.output.isEmpty)
        let missing = try admin(
            "administrations", "add", "--name", "Services du Premier ministre", "--level", "ministry")
        #expect(missing.status == 64)
        #expect(missing.errorOutput.contains("missing required option '--acronym'"))
    }

    @Test func migrateCreatesTheFileOnceAndIsIdempotent() throws {
        defer { directory.remove() }
        let first = try admin("db", "migrate")
        #expect(first.status == 0)
        #expect(first.output.contains("Applied migrations 1, 2"))
        let second = try admin("db", "migrate")
        #expect(second.status == 0)
        #expect(second.output.contains("up to date"))
        let versions = try Subprocess.sqlite3(database, "SELECT group_concat(version) FROM schema_migrations")
        #expect(versions.output == Schema.migrations.map { String($0.version) }.joined(separator: ",") + "\n")
    }

    @Test func aSchemaNewerThanTheBinaryIsRefused() throws {
        defer { directory.remove() }
        #expect(try admin("db", "migrate").status == 0)
        let insert = try Subprocess.sqlite3(
            database, "INSERT INTO schema_migrations(version, name, applied_at) VALUES (999, 'future', 0)")
        #expect(insert.status == 0)
        let result = try admin("administrations", "list")
        #expect(result.status == 1)
        #expect(result.errorOutput.contains("newer than this binary"))
        #expect(!result.errorOutput.contains("Fatal error"))
    }

    @Test func administrationsAreAddedAndListedAsJSON() throws {
        defer { directory.remove() }
        try Subprocess.migrate(database)
        let ministry = try admin(
            "administrations", "add", "--name", "Services du Premier ministre",
            "--acronym", "SPM", "--level", "ministry", "--json")
        #expect(ministry.status == 0, "\(ministry.errorOutput)")
        let spm = try #require(try JSONSerialization.jsonObject(with: Data(ministry.output.utf8)) as? [String: Any])
        #expect(spm["acronym"] as? String == "SPM")
        let directorate = try admin(
            "administrations", "add", "--name", "Direction interministérielle du numérique",
            "--acronym", "DINUM", "--level", "directorate", "--parent", "SPM")
        #expect(directorate.status == 0, "\(directorate.errorOutput)")

        let list = try admin("administrations", "list", "--json")
        #expect(list.status == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
        #expect(rows.map { $0["acronym"] as? String } == ["SPM", "DINUM"])
        #expect(rows[1]["parentID"] as? Int == spm["id"] as? Int)

        let table = try admin("administrations", "list")
        #expect(table.output.contains("  Direction interministérielle du numérique"), "children are indented")
    }

    @Test func aRefusedAdditionNamesTheRuleAndWritesNothing() throws {
        defer { directory.remove() }
        try Subprocess.migrate(database)
        #expect(
            try admin(
                "administrations", "add", "--name", "Ministère des Armées", "--acronym", "MINARM",
                "--level", "ministry"
            ).status == 0)
        let duplicate = try admin(
            "administrations", "add", "--name", "Autre", "--acronym", "MINARM",
            "--level", "ministry")
        #expect(duplicate.status == 1)
        #expect(duplicate.errorOutput == "error: The acronym 'MINARM' is already used by another administration.\n")
        let orphan = try admin(
            "administrations", "add", "--name", "Direction", "--acronym", "DIR",
            "--level", "directorate")
        #expect(orphan.status == 1)
        #expect(orphan.errorOutput.contains("needs a parent"))
        let counts = try Subprocess.sqlite3(
            database,
            "SELECT (SELECT count(*) FROM administrations) || ' ' || (SELECT count(*) FROM audit_events)")
        #expect(counts.output == "1 1\n", "one administration and its one audit event")
    }

    @Test func theFlagWinsOverTheEnvironment() throws {
        defer { directory.remove() }
        let other = directory.path("other.sqlite")
        let result = try Subprocess.run(
            "talents-admin", ["--db", other, "db", "migrate"],
            environment: ["TALENTS_DB": database])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: other))
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    @Test func skillsAreListedAsJSON() throws {
        defer { directory.remove() }
        let result = try admin("skills", "list", "--family", "security", "--json")
        #expect(result.status == 0)
        let skills = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(!skills.isEmpty)
        #expect(skills.allSatisfy { $0["family"] as? String == "security" })
        #expect(try admin("skills", "list", "--family", "astrology").status == 64)
    }

    @Test func checkAndBackupRefuseAMissingDatabase() throws {
        defer { directory.remove() }
        let result = try admin("db", "check")
        #expect(result.status == 1)
        #expect(result.errorOutput.contains("no database at"))
        #expect(!FileManager.default.fileExists(atPath: database), "check must not create the file")
        let backup = try admin("db", "backup", directory.path("copy.sqlite"))
        #expect(backup.status == 1 && backup.errorOutput.contains("no database at"))
        #expect(
            !FileManager.default.fileExists(atPath: database)
                && !FileManager.default.fileExists(atPath: directory.path("copy.sqlite")))
    }

    @Test func tokensIssueAsJSONGivesTheIntegerIDThatRevokeTakes() throws {
        defer { directory.remove() }
        try Subprocess.migrate(database)
        #expect(
            try admin(
                "users", "add", "--name", "Opératrice", "--email", "ops@numerique.gouv.fr",
                "--role", "operator"
            ).status == 0)
        let issued = try admin("tokens", "issue", "--email", "ops@numerique.gouv.fr", "--json")
        #expect(issued.status == 0, "\(issued.errorOutput)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(issued.output.utf8)) as? [String: Any])
        // A number in the JSON text, not a string holding digits.
        #expect(issued.output.contains(#""id" : 1"#) || issued.output.contains(#""id": 1"#), "\(issued.output)")
        let id = try #require(object["id"] as? Int)
        #expect(object["token"] as? String != nil && object["expiresAt"] as? String != nil)
        let listed = try admin("tokens", "list", "--email", "ops@numerique.gouv.fr", "--json")
        let tokens = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        #expect(tokens.map { $0["id"] as? Int } == [id], "the id tokens list shows")
        #expect(try admin("tokens", "revoke", String(id)).status == 0)
    }

    @Test func seededDatabasePassesCheckAndItsBackupToo() throws {
        defer { directory.remove() }
        // The README's tour: `demo seed` on a path with no file yet creates the database, as `db migrate` does.
        #expect(!FileManager.default.fileExists(atPath: database))
        let seed = try admin("demo", "seed")
        #expect(seed.status == 0, "\(seed.errorOutput)")
        let check = try admin("db", "check")
        #expect(check.status == 0, "\(check.errorOutput)")
        #expect(check.output == "ok: integrity and foreign keys\n")

        let backup = directory.path("backups/copy.sqlite")
        #expect(try admin("db", "backup", backup).status == 0)
        #expect(try Subprocess.sqlite3(backup, "PRAGMA integrity_check").output == "ok\n")
        #expect(try Subprocess.sqlite3(backup, "PRAGMA foreign_key_check").output == "")
        let copyCheck = try Subprocess.run("talents-admin", ["db", "check", "--db", backup])
        #expect(copyCheck.status == 0)
        let counts = "SELECT (SELECT count(*) FROM talents) || ' ' || (SELECT count(*) FROM missions)"
        #expect(try Subprocess.sqlite3(backup, counts).output == (try Subprocess.sqlite3(database, counts)).output)

        let again = try admin("demo", "seed")
        #expect(again.status == 1, "a second seed must be refused")
    }
}
