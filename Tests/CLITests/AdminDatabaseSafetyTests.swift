import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// `talents-admin` refuses what would damage or invent a database (issue 15, "Operations found
/// unsafe"): a backup written over its own source, a check that would migrate a foreign file, a
/// mistyped path that would become a new empty database; `db check` and `db backup` open their
/// source read-only. Real binary, real files.
@Suite struct AdminDatabaseSafetyTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
    }

    private func admin(_ arguments: String..., environment: [String: String]? = nil) throws -> Subprocess.Result {
        try Subprocess.run("talents-admin", arguments, environment: environment ?? ["TALENTS_DB": database])
    }

    /// A migrated database with one administration, closed (no -wal or -shm left beside it).
    private func makeDatabase() throws {
        try Subprocess.migrate(database)
        let added = try admin(
            "administrations", "add", "--name", "Ministère de l'essai", "--acronym", "MINESSAI",
            "--level", "ministry")
        try #require(added.status == 0, "\(added.errorOutput)")
    }

    private func contents(_ path: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: path))
    }

    private func modificationDate(_ path: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
    }

    /// The files of the folder, sorted: what a command left beside the database.
    private func listing(_ folder: String? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder ?? directory.url.path).sorted()
    }

    /// ``listing(_:)`` without the `-wal` and `-shm` files that any reader of a WAL database
    /// creates beside it when they are missing (SQLite's shared-memory bookkeeping, not a write).
    private func listingWithoutWALFiles() throws -> [String] {
        try listing().filter { !$0.hasSuffix("-wal") && !$0.hasSuffix("-shm") }
    }

    @Test func aBackupOntoItsOwnSourceIsRefusedUnderEveryName() throws {
        defer { directory.remove() }
        try makeDatabase()
        let symbolicLink = directory.path("link.sqlite")
        let hardLink = directory.path("hard.sqlite")
        try FileManager.default.createSymbolicLink(atPath: symbolicLink, withDestinationPath: database)
        try FileManager.default.linkItem(atPath: database, toPath: hardLink)
        try FileManager.default.createDirectory(atPath: directory.path("sub"), withIntermediateDirectories: false)
        let before = try contents(database)
        let files = try listingWithoutWALFiles()
        let cases: [(source: String, destination: String)] = [
            (database, database),  // the very same string
            (database, directory.path("sub/../talents.sqlite")),  // another spelling
            (database, symbolicLink), (symbolicLink, database),  // through a symbolic link, either way
            (database, hardLink),  // a second name of the same inode
            (database, database + "-wal"),  // a companion not created yet
            (database, directory.path("sub/../talents.sqlite-shm"))
        ]
        for (source, destination) in cases {
            let result = try admin("db", "backup", destination, "--db", source)
            #expect(result.status == 1, "\(source) → \(destination)")
            #expect(
                result.errorOutput.contains("refusing to back up"), "\(source) → \(destination): \(result.errorOutput)")
            #expect(result.output.isEmpty)
        }
        // Through TALENTS_DB too.
        let fromEnvironment = try admin("db", "backup", symbolicLink)
        #expect(fromEnvironment.status == 1 && fromEnvironment.errorOutput.contains("refusing to back up"))
        #expect(try contents(database) == before, "the database is untouched")
        #expect(try listingWithoutWALFiles() == files, "no partial copy left, nothing renamed over the database")
        #expect(try admin("db", "check").status == 0)
        // Another file is still a fine destination.
        #expect(try admin("db", "backup", directory.path("copy.sqlite")).status == 0)
    }

    @Test func checkRefusesAnEmptyOrForeignFileAndLeavesItUntouched() throws {
        defer { directory.remove() }
        let empty = directory.path("empty.sqlite")
        let text = directory.path("notes.txt")
        let foreign = directory.path("foreign.sqlite")
        let tableless = directory.path("tableless.sqlite")
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        #expect(FileManager.default.createFile(atPath: text, contents: Data("Liste des courses\n".utf8)))
        #expect(
            try Subprocess.sqlite3(foreign, "CREATE TABLE notes(body TEXT); INSERT INTO notes VALUES ('à garder')")
                .status == 0)
        #expect(try Subprocess.sqlite3(tableless, "PRAGMA user_version = 7").status == 0)
        let cases = [
            (empty, "is an empty file"), (text, "is not an SQLite database"),
            (foreign, "not a Talents one"), (tableless, "not a Talents one")
        ]
        let files = try listing()
        for (path, message) in cases {
            let before = try contents(path)
            for arguments in [["db", "check"], ["db", "backup", directory.path("copy.sqlite")], ["users", "list"]] {
                let result = try Subprocess.run("talents-admin", arguments + ["--db", path])
                #expect(result.status == 1, "\(arguments) on \(path)")
                #expect(result.errorOutput.contains(message), "\(arguments) on \(path): \(result.errorOutput)")
                #expect(!result.output.contains("ok"))
            }
            #expect(try contents(path) == before, "\(path) is byte-identical")
        }
        // `db migrate` may start from an empty file, never from someone else's database or text.
        for (path, message) in [(text, "is not an SQLite database"), (foreign, "not a Talents one")] {
            let migrate = try Subprocess.run("talents-admin", ["db", "migrate", "--db", path])
            #expect(migrate.status == 1 && migrate.errorOutput.contains(message), "\(path): \(migrate.errorOutput)")
        }
        #expect(try Subprocess.sqlite3(foreign, "SELECT group_concat(name) FROM sqlite_schema").output == "notes\n")
        #expect(try listing() == files, "no copy, no -wal, -shm or -journal created")
    }

    @Test func aPathWithNoDatabaseIsRefusedExceptByMigrateAndDemoSeed() throws {
        defer { directory.remove() }
        let inMissingFolder = directory.path("nope/talents.sqlite")
        let commands: [[String]] = [
            ["users", "list"], ["administrations", "list"], ["tokens", "list", "--email", "a@b.fr"],
            ["db", "check"], ["db", "backup", directory.path("copy.sqlite")],
            ["ledger", "verify"], ["ledger", "accounts"], ["report", "applications"],
            ["jobs", "run"], ["vmj", "editions", "list"]
        ]
        for command in commands {
            let flagged = try Subprocess.run("talents-admin", command + ["--db", database])
            #expect(flagged.status == 1, "\(command)")
            #expect(flagged.errorOutput.contains("no database at '\(database)'"), "\(command): \(flagged.errorOutput)")
            let fromEnvironment = try Subprocess.run(
                "talents-admin", command, environment: ["TALENTS_DB": inMissingFolder])
            #expect(fromEnvironment.status == 1, "\(command)")
            #expect(
                fromEnvironment.errorOutput.contains("the folder '\(directory.path("nope"))' does not exist"),
                "\(command): \(fromEnvironment.errorOutput)")
        }
        #expect(try listing() == [], "no file and no folder created")
        // The two commands that create: db migrate (its folder too) and the README tour's demo seed.
        #expect(
            try Subprocess.run("talents-admin", ["db", "migrate"], environment: ["TALENTS_DB": inMissingFolder]).status
                == 0)
        #expect(
            try Subprocess.run("talents-admin", ["users", "list"], environment: ["TALENTS_DB": inMissingFolder]).status
                == 0)
    }

    /// Read-only opening, proven where file modes bind: the commands run as `nobody` when the
    /// tests run as root (root ignores modes), on files of mode 0444 they cannot write.
    @Test func checkAndBackupWorkOnAReadOnlyFileAndWriteNothing() throws {
        defer { directory.remove() }
        try makeDatabase()
        let shared = directory.path("shared")
        let sealed = directory.path("sealed")
        let files = FileManager.default
        for folder in [shared, sealed] { try files.createDirectory(atPath: folder, withIntermediateDirectories: false) }
        // The live database (WAL mode), read-only, in a folder anyone may write like /tmp: a
        // reader creates SQLite's -shm and -wal bookkeeping there, never writes the file itself.
        let live = shared + "/talents.sqlite"
        try files.moveItem(atPath: database, toPath: live)
        try files.setAttributes([.posixPermissions: 0o444], ofItemAtPath: live)
        try files.setAttributes([.posixPermissions: 0o1777], ofItemAtPath: shared)
        let liveBytes = try contents(live)
        let liveDate = try modificationDate(live)
        let check = try Subprocess.runUnprivileged("talents-admin", ["db", "check", "--db", live])
        #expect(check.status == 0, "\(check.errorOutput)")
        #expect(check.output == "ok: integrity and foreign keys\n")
        let copy = shared + "/copy.sqlite"
        let backup = try Subprocess.runUnprivileged("talents-admin", ["db", "backup", copy, "--db", live])
        #expect(backup.status == 0, "\(backup.errorOutput)")
        #expect(try contents(live) == liveBytes && (try modificationDate(live)) == liveDate, "not one byte written")
        // A migrating open fails there: what the read-only one avoids.
        let migrating = try Subprocess.runUnprivileged("talents-admin", ["users", "list", "--db", live])
        if geteuid() == 0 { #expect(migrating.status == 1, "a read-write open of a file nobody may write fails") }

        // The backup is one self-contained file: checked read-only in a folder no one may write,
        // where SQLite could not even create a -shm file, and nothing appears beside it.
        let archived = sealed + "/talents-copy.sqlite"
        try files.copyItem(atPath: copy, toPath: archived)
        try files.setAttributes([.posixPermissions: 0o444], ofItemAtPath: archived)
        try files.setAttributes([.posixPermissions: 0o555], ofItemAtPath: sealed)
        defer { try? files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: sealed) }
        let archivedBytes = try contents(archived)
        let archivedCheck = try Subprocess.runUnprivileged("talents-admin", ["db", "check", "--db", archived])
        #expect(archivedCheck.status == 0, "\(archivedCheck.errorOutput)")
        let again = try Subprocess.runUnprivileged(
            "talents-admin",
            [
                "db", "backup", shared + "/again.sqlite",
                "--db", archived
            ])
        #expect(again.status == 0, "\(again.errorOutput)")
        #expect(try contents(archived) == archivedBytes)
        #expect(try listing(sealed) == ["talents-copy.sqlite"], "no -wal, -shm or -journal beside the copy")
        #expect(try Subprocess.sqlite3(archived, "SELECT acronym FROM administrations").output == "MINESSAI\n")
        #expect(try Subprocess.sqlite3(archived, "PRAGMA journal_mode").output == "delete\n")
    }
}
