import Foundation
import Persistence
import TestSupport
import Testing

@Suite("Migrations")
struct MigratorTests {
    /// The recorded migrations: version, name, applied_at.
    private func records(_ pool: DatabasePool) throws -> [[SQLValue]] {
        try pool.read { connection in
            try connection.query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version") { row in
                [row.value(0), row.value(1), row.value(2)]
            }
        }
    }

    private func tableNames(_ pool: DatabasePool) throws -> [String] {
        try pool.read { connection in
            try connection.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name") {
                try $0.string(0)
            }
        }
    }

    @Test("pending migrations apply once, in order, recorded with applied_at in epoch ms")
    func appliesOnceAndRecords() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory, migrated: false)
            let migrator = Migrator(
                migrations: TestSchema.migrations, now: { EpochMilliseconds(rawValue: 1_700_000_000_123) })
            #expect(try migrator.appliedVersions(pool) == [])
            #expect(try migrator.migrate(pool) == [1, 2])
            #expect(
                try records(pool) == [
                    [.integer(1), .text("create administrations"), .integer(1_700_000_000_123)],
                    [.integer(2), .text("create talents"), .integer(1_700_000_000_123)]
                ])
            #expect(try tableNames(pool) == ["administrations", "schema_migrations", "talents"])
            // Idempotent: a second run, also from a new process, applies nothing.
            #expect(try migrator.migrate(pool) == [])
            let reopened = try DatabasePool.make(in: directory, migrated: false)
            #expect(try migrator.migrate(reopened) == [])
            #expect(try migrator.appliedVersions(reopened) == [1, 2])
            #expect(try records(reopened).count == 2)
        }
    }

    @Test("a later release applies only its new migrations")
    func appliesOnlyNewOnes() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory, migrated: false)
            try Migrator(migrations: [TestSchema.migrations[0]]).migrate(pool)
            #expect(try Migrator(migrations: TestSchema.migrations).migrate(pool) == [2])
        }
    }

    @Test("a database migrated by a newer binary is refused, naming found and known versions")
    func refusesNewerSchema() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            let old = Migrator(migrations: [TestSchema.migrations[0]])
            let error = #expect(throws: MigrationError.self) { try old.migrate(pool) }
            guard case .schemaNewerThanBinary(let applied, let known) = error else {
                Issue.record("expected schemaNewerThanBinary, got \(String(describing: error))")
                return
            }
            #expect(applied == [1, 2])
            #expect(known == [1])
            #expect(error?.description.contains("records versions 1, 2, this binary knows 1") == true)
        }
    }

    @Test("a database recording an unknown older version is refused before anything applies")
    func refusesUnknownVersion() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory, migrated: false)
            let branch = Migration(version: 3, name: "branch", sql: "CREATE TABLE branch (x)")
            try Migrator(migrations: [TestSchema.migrations[0], branch]).migrate(pool)
            let later = Migration(version: 4, name: "later", sql: "CREATE TABLE later (x)")
            let error = #expect(throws: MigrationError.self) {
                try Migrator(migrations: TestSchema.migrations + [later]).migrate(pool)
            }
            guard case .unknownVersions(let unknown, let known) = error else {
                Issue.record("expected unknownVersions, got \(String(describing: error))")
                return
            }
            #expect(unknown == [3])
            #expect(known == [1, 2, 4])
            #expect(try !tableNames(pool).contains("talents"))
        }
    }

    @Test("a failing migration leaves no partial effect and no record; earlier ones stay")
    func failureRollsBack() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory, migrated: false)
            let broken = Migration(
                version: 3, name: "broken",
                sql: """
                    CREATE TABLE partial (x INTEGER);
                    INSERT INTO administrations (acronym, name) VALUES ('X', 'x');
                    INSERT INTO nowhere VALUES (1);
                    """)
            let error = #expect(throws: MigrationError.self) {
                try Migrator(migrations: TestSchema.migrations + [broken]).migrate(pool)
            }
            guard case .migrationFailed(let version, let name, let underlying) = error else {
                Issue.record("expected migrationFailed, got \(String(describing: error))")
                return
            }
            #expect(version == 3 && name == "broken")
            #expect((underlying as? SQLiteError)?.message == "no such table: nowhere")
            #expect(try tableNames(pool) == ["administrations", "schema_migrations", "talents"])
            #expect(try pool.read(TestSchema.administrationCount) == 0)
            #expect(try Migrator(migrations: TestSchema.migrations).appliedVersions(pool) == [1, 2])
            // The writer is left outside a transaction and the fixed migration applies.
            let fixed = Migration(version: 3, name: "fixed", sql: "CREATE TABLE partial (x INTEGER)")
            #expect(try Migrator(migrations: TestSchema.migrations + [fixed]).migrate(pool) == [3])
        }
    }

    @Test("a migration written as code runs with its record in one transaction")
    func codeMigration() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            try pool.write { try TestSchema.insertAdministration($0, acronym: "dinum") }
            let upper = Migration(version: 3, name: "upper-case acronyms") { connection in
                let ids = try connection.query("SELECT id, acronym FROM administrations") {
                    (try $0.int64(0), try $0.string(1))
                }
                for (id, acronym) in ids {
                    try connection.run("UPDATE administrations SET acronym = ? WHERE id = ?", acronym.uppercased(), id)
                }
            }
            #expect(try Migrator(migrations: TestSchema.migrations + [upper]).migrate(pool) == [3])
            #expect(try pool.read { try $0.scalar("SELECT acronym FROM administrations", as: String.self) } == "DINUM")
        }
    }

    @Test("a table rebuild with foreign keys off keeps the children and turns checks back on")
    func rebuildWithoutForeignKeys() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            try pool.write { connection in
                let id = try TestSchema.insertAdministration(connection, acronym: "DINUM")
                try connection.run(
                    "INSERT INTO talents (email, administration_id, joined_at) VALUES ('a@b.fr', ?, 0)", id)
            }
            let rebuild = Migration(
                version: 3, name: "rebuild administrations", disablesForeignKeys: true,
                sql: """
                    CREATE TABLE administrations_new (
                        id INTEGER PRIMARY KEY,
                        acronym TEXT NOT NULL UNIQUE CHECK (acronym = upper(acronym)),
                        name TEXT NOT NULL CONSTRAINT name_not_empty CHECK (length(name) > 0)
                    );
                    INSERT INTO administrations_new SELECT id, acronym, name FROM administrations;
                    DROP TABLE administrations;
                    ALTER TABLE administrations_new RENAME TO administrations;
                    """)
            try Migrator(migrations: TestSchema.migrations + [rebuild]).migrate(pool)
            // With foreign keys on, DROP TABLE would have cascaded to the talents.
            #expect(try pool.read { try $0.scalar("SELECT count(*) FROM talents", as: Int.self) } == 1)
            #expect(try pool.write { try $0.scalar("PRAGMA foreign_keys", as: Int.self) } == 1)
        }
    }

    @Test("a migration with foreign keys off that leaves orphans is rolled back")
    func orphansRollBack() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            let orphan = Migration(
                version: 3, name: "orphan", disablesForeignKeys: true,
                sql: """
                    INSERT INTO talents (email, administration_id, joined_at) VALUES ('a@b.fr', 42, 0);
                    """)
            let error = #expect(throws: MigrationError.self) {
                try Migrator(migrations: TestSchema.migrations + [orphan]).migrate(pool)
            }
            guard case .foreignKeyViolations(3, "orphan", let violations) = error else {
                Issue.record("expected foreignKeyViolations, got \(String(describing: error))")
                return
            }
            #expect(
                violations == [
                    ForeignKeyViolation(table: "talents", rowID: 1, parent: "administrations", foreignKeyIndex: 0)
                ])
            #expect(try pool.read { try $0.scalar("SELECT count(*) FROM talents", as: Int.self) } == 0)
            #expect(try pool.write { try $0.scalar("PRAGMA foreign_keys", as: Int.self) } == 1)
        }
    }
}
