import Persistence
import TestSupport
import Testing

@Suite("Constraint violations")
struct ConstraintErrorTests {
    /// Runs `sql` on a migrated database holding administration 1 (DINUM) and expects it to fail.
    private func violation(_ sql: String, _ arguments: any SQLiteBindable...) throws -> SQLiteError? {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            try pool.write { try TestSchema.insertAdministration($0, acronym: "DINUM") }
            return #expect(throws: SQLiteError.self) {
                try pool.write { try $0.run(sql, arguments: arguments) }
            }
        }
    }

    @Test("UNIQUE: code 2067, target table.column, message and SQL")
    func unique() throws {
        let sql = "INSERT INTO administrations (acronym, name) VALUES (?, ?)"
        let error = try #require(try violation(sql, "DINUM", "Autre"))
        #expect(error.extendedCode == 2067)
        #expect(error.primaryCode == 19)
        #expect(error.constraintKind == .unique)
        #expect(error.message == "UNIQUE constraint failed: administrations.acronym")
        #expect(error.constraintTarget == "administrations.acronym")
        #expect(error.isViolation(of: .unique, on: "administrations.acronym"))
        #expect(!error.isViolation(of: .unique, on: "administrations.name"))
        #expect(error.sql == sql)
        #expect(error.description.contains("UNIQUE constraint failed") && error.description.contains(sql))
    }

    @Test("multi-column UNIQUE names every column")
    func compositeUnique() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            let sql = "INSERT INTO talents (email, administration_id, joined_at) VALUES ('a@b.fr', ?, 0)"
            let id = try pool.write { try TestSchema.insertAdministration($0, acronym: "DINUM") }
            try pool.write { try $0.run(sql, id) }
            let error = #expect(throws: SQLiteError.self) { try pool.write { try $0.run(sql, id) } }
            #expect(error?.constraintTarget == "talents.administration_id, talents.email")
        }
    }

    @Test("PRIMARY KEY: its own kind")
    func primaryKey() throws {
        let error = try violation("INSERT INTO administrations (id, acronym, name) VALUES (1, 'X', 'x')")
        #expect(error?.constraintKind == .primaryKey)
        #expect(error?.constraintTarget == "administrations.id")
    }

    @Test("FOREIGN KEY: enforced because connections turn foreign_keys on")
    func foreignKey() throws {
        let sql = "INSERT INTO talents (email, administration_id, joined_at) VALUES ('a@b.fr', 999, 0)"
        let error = try violation(sql)
        #expect(error?.extendedCode == 787)
        #expect(error?.constraintKind == .foreignKey)
        #expect(error?.message == "FOREIGN KEY constraint failed")
        #expect(error?.constraintTarget == nil)
        #expect(error?.sql == sql)
    }

    @Test("CHECK: the constraint name is the target")
    func check() throws {
        let error = try violation("INSERT INTO administrations (acronym, name) VALUES ('X', '')")
        #expect(error?.extendedCode == 275)
        #expect(error?.constraintKind == .check)
        #expect(error?.constraintTarget == "name_not_empty")
    }

    @Test("NOT NULL: the column is the target")
    func notNull() throws {
        let error = try violation("INSERT INTO administrations (acronym, name) VALUES (?, ?)", "X", String?.none)
        #expect(error?.extendedCode == 1299)
        #expect(error?.constraintKind == .notNull)
        #expect(error?.isViolation(of: .notNull, on: "administrations.name") == true)
    }

    @Test("a trigger's RAISE(ABORT) is a trigger violation; other errors have no constraint kind")
    func triggerAndOthers() throws {
        let connection = try Connection(path: ":memory:")
        try connection.execute(
            """
            CREATE TABLE events (id INTEGER PRIMARY KEY);
            CREATE TRIGGER events_append_only BEFORE DELETE ON events
            BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
            INSERT INTO events DEFAULT VALUES;
            """)
        let trigger = #expect(throws: SQLiteError.self) { try connection.run("DELETE FROM events") }
        #expect(trigger?.constraintKind == .trigger)
        #expect(trigger?.message == "events are append-only")
        let syntax = #expect(throws: SQLiteError.self) { try connection.run("SELEC 1") }
        #expect(syntax?.constraintKind == nil)
        #expect(syntax?.constraintTarget == nil)
    }
}
