/// One versioned change of the schema, applied once, in its own transaction.
///
/// A migration must not open, commit or roll back transactions itself: the `Migrator` runs it
/// in one `BEGIN IMMEDIATE` transaction together with its `schema_migrations` record.
public struct Migration: Sendable {
    /// The version, a positive number; migrations apply in increasing version order.
    public let version: Int
    /// A short human name, e.g. "create administrations".
    public let name: String
    /// Whether foreign key enforcement is turned off while the migration runs.
    ///
    /// Needed to rebuild a table referenced by others (SQLite's "12-step" ALTER TABLE, the only
    /// way to change a CHECK constraint): with enforcement on, dropping the old table would run
    /// the children's ON DELETE actions. `PRAGMA foreign_key_check` runs before the commit and
    /// any violation rolls the migration back.
    // https://www.sqlite.org/lang_altertable.html#otheralter
    public let disablesForeignKeys: Bool
    /// Applies the change on the writer connection, inside the transaction.
    let apply: @Sendable (Connection) throws -> Void

    /// A migration given as an SQL script of one or more statements.
    public init(version: Int, name: String, disablesForeignKeys: Bool = false, sql: String) {
        self.init(version: version, name: name, disablesForeignKeys: disablesForeignKeys) { connection in
            try connection.execute(sql)
        }
    }

    /// A migration given as code, for changes that compute on existing rows.
    public init(
        version: Int, name: String, disablesForeignKeys: Bool = false,
        apply: @escaping @Sendable (Connection) throws -> Void
    ) {
        precondition(version > 0, "Migration version must be positive, got \(version) for \(name)")
        self.version = version
        self.name = name
        self.disablesForeignKeys = disablesForeignKeys
        self.apply = apply
    }
}
