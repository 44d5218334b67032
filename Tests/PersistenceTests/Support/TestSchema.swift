import Foundation
import Persistence
import TestSupport

/// A small schema with every kind of constraint, standing in for the domain tables.
enum TestSchema {
    /// Administrations and the talents that belong to them.
    static let migrations = [
        Migration(
            version: 1, name: "create administrations",
            sql: """
                CREATE TABLE administrations (
                    id INTEGER PRIMARY KEY,
                    acronym TEXT NOT NULL UNIQUE,
                    name TEXT NOT NULL CONSTRAINT name_not_empty CHECK (length(name) > 0)
                );
                """),
        Migration(
            version: 2, name: "create talents",
            sql: """
                CREATE TABLE talents (
                    id INTEGER PRIMARY KEY,
                    email TEXT NOT NULL,
                    administration_id INTEGER NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
                    joined_at INTEGER NOT NULL,
                    UNIQUE (administration_id, email)
                );
                CREATE INDEX talents_by_administration ON talents(administration_id);
                """)
    ]

    /// The number of administrations.
    static func administrationCount(_ connection: Connection) throws -> Int {
        try connection.scalar("SELECT count(*) FROM administrations", as: Int.self) ?? 0
    }

    /// Inserts an administration and returns its id.
    @discardableResult
    static func insertAdministration(_ connection: Connection, acronym: String, name: String = "Direction") throws
        -> Int64
    {
        try connection.run("INSERT INTO administrations (acronym, name) VALUES (?, ?)", acronym, name)
        return connection.lastInsertRowID
    }
}

extension DatabasePool {
    /// A pool on `name` in `directory`, migrated to `TestSchema` unless `migrated` is false.
    static func make(
        in directory: URL,
        name: String = "test.sqlite",
        configuration: Configuration = Configuration(),
        migrated: Bool = true
    ) throws -> DatabasePool {
        let pool = try DatabasePool(path: directory.file(name), configuration: configuration)
        if migrated {
            try Migrator(migrations: TestSchema.migrations).migrate(pool)
        }
        return pool
    }
}
