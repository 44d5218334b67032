/// Applies versioned migrations and records them in `schema_migrations`.
///
/// Each pending migration runs in its own `BEGIN IMMEDIATE` transaction together with its
/// record (`applied_at` in epoch milliseconds), so a failure leaves neither partial effect nor
/// record, and migrations already applied are kept. Running again applies nothing. A database
/// that records versions this binary does not know is refused before anything is applied.
public struct Migrator: Sendable {
    /// The known migrations, by increasing version.
    public let migrations: [Migration]
    /// The clock stamping `applied_at`.
    private let now: @Sendable () -> EpochMilliseconds

    /// Creates a migrator; versions must be strictly increasing (a programmer error otherwise).
    public init(migrations: [Migration], now: @escaping @Sendable () -> EpochMilliseconds = { .now() }) {
        for (previous, next) in zip(migrations, migrations.dropFirst()) {
            precondition(
                previous.version < next.version,
                "Migration versions must increase: \(previous.version) then \(next.version)")
        }
        self.migrations = migrations
        self.now = now
    }

    /// The versions this binary knows.
    public var knownVersions: [Int] { migrations.map(\.version) }

    /// Applies pending migrations on the pool's writer; returns the versions applied now.
    @discardableResult
    public func migrate(_ pool: DatabasePool) throws -> [Int] {
        try pool.writeWithoutTransaction { try migrate($0) }
    }

    /// Applies pending migrations on `connection`, which must be outside a transaction; returns
    /// the versions applied now.
    @discardableResult
    public func migrate(_ connection: Connection) throws -> [Int] {
        try connection.transaction(.immediate) { connection in
            try connection.execute(
                """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version INTEGER PRIMARY KEY,
                    name TEXT NOT NULL,
                    applied_at INTEGER NOT NULL
                )
                """)
        }
        let applied = try appliedVersions(connection)
        try checkKnown(applied)
        var appliedNow: [Int] = []
        for migration in migrations where !applied.contains(migration.version) {
            if try apply(migration, on: connection) {
                appliedNow.append(migration.version)
            }
        }
        return appliedNow
    }

    /// The versions recorded in the database, increasing; empty when it was never migrated.
    public func appliedVersions(_ connection: Connection) throws(SQLiteError) -> [Int] {
        let exists = try connection.scalar(
            "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'", as: Int.self)
        guard exists != nil else { return [] }
        return try connection.makeStatement("SELECT version FROM schema_migrations ORDER BY version")
            .allValues().compactMap { Int(sqlValue: $0[0]) }
    }

    /// The versions recorded in the pool's database, read on a reader.
    public func appliedVersions(_ pool: DatabasePool) throws -> [Int] {
        try pool.read { try appliedVersions($0) }
    }

    /// Checks, without writing, that the pool's database is exactly at this binary's schema:
    /// what a read-only process (the metrics exporter) needs before it reads.
    ///
    /// - Throws: ``MigrationError/schemaNewerThanBinary(applied:known:)``,
    ///   ``MigrationError/unknownVersions(unknown:known:)`` or
    ///   ``MigrationError/pendingMigrations(pending:)``.
    public func verify(_ pool: DatabasePool) throws {
        let applied = try appliedVersions(pool)
        try checkKnown(applied)
        let pending = knownVersions.filter { !applied.contains($0) }
        guard pending.isEmpty else { throw MigrationError.pendingMigrations(pending: pending) }
    }

    /// Refuses a database that records versions this binary does not know.
    func checkKnown(_ applied: [Int]) throws(MigrationError) {
        let known = knownVersions
        let unknown = applied.filter { !known.contains($0) }
        guard !unknown.isEmpty else { return }
        if let newest = unknown.max(), newest > known.max() ?? 0 {
            throw .schemaNewerThanBinary(applied: applied, known: known)
        }
        throw .unknownVersions(unknown: unknown, known: known)
    }

    /// Applies one migration with its record in one transaction; false when another process
    /// recorded it first.
    private func apply(_ migration: Migration, on connection: Connection) throws -> Bool {
        // https://www.sqlite.org/pragma.html#pragma_foreign_keys — a no-op inside a transaction,
        // so it is switched around the transaction.
        if migration.disablesForeignKeys { try connection.execute("PRAGMA foreign_keys = OFF") }
        defer { if migration.disablesForeignKeys { try? connection.execute("PRAGMA foreign_keys = ON") } }
        return try connection.transaction(.immediate) { connection in
            let recorded = try connection.scalar(
                "SELECT 1 FROM schema_migrations WHERE version = ?", migration.version, as: Int.self)
            guard recorded == nil else { return false }
            do {
                try migration.apply(connection)
            } catch {
                throw MigrationError.migrationFailed(
                    version: migration.version, name: migration.name, underlying: error)
            }
            if migration.disablesForeignKeys {
                let violations = try connection.foreignKeyCheck()
                guard violations.isEmpty else {
                    throw MigrationError.foreignKeyViolations(
                        version: migration.version, name: migration.name, violations: violations)
                }
            }
            try connection.run(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                migration.version, migration.name, now())
            return true
        }
    }
}
