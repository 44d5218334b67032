public import Domain

/// Opens the Talents database file the way every executable needs it.
public enum TalentsDatabase {
    /// The default database file, relative to the working directory.
    public static let defaultPath = "data/talents.sqlite"

    /// Opens (creating it and its folder when missing) and migrates the database at `path`, then
    /// refreshes the skill taxonomy. Used by the API's start, `talents-admin demo seed` and tests;
    /// commands that must not create a file use ``openExisting(path:configuration:taxonomy:)``.
    ///
    /// - Throws: ``DatabaseFileError`` when `path` holds a file that is not a Talents database
    ///   (another SQLite database, a text file; left untouched),
    ///   ``MigrationError/schemaNewerThanBinary(applied:known:)`` when the file was migrated by a
    ///   newer binary, or ``SQLiteError``.
    public static func open(
        path: String, configuration: DatabasePool.Configuration = .init(),
        taxonomy: SkillTaxonomy = .standard
    ) throws -> DatabasePool {
        try refuseForeignFile(at: path)
        let pool = try DatabasePool(path: path, configuration: configuration)
        try migrate(pool, taxonomy: taxonomy)
        return pool
    }

    /// Creates the database at `path` when missing and applies pending migrations; returns the
    /// versions applied now (empty when it was up to date).
    ///
    /// - Throws: ``DatabaseFileError`` when `path` holds a file that is not a Talents database
    ///   (left untouched), ``MigrationError`` or ``SQLiteError``.
    public static func migrate(path: String, taxonomy: SkillTaxonomy = .standard) throws -> [Int] {
        try refuseForeignFile(at: path)
        return try migrate(try DatabasePool(path: path), taxonomy: taxonomy)
    }

    @discardableResult
    private static func migrate(_ pool: DatabasePool, taxonomy: SkillTaxonomy) throws -> [Int] {
        let applied = try Schema.migrator().migrate(pool)
        try pool.write { try Schema.synchronize(taxonomy, in: $0) }
        return applied
    }

    /// Opens an existing, migrated database read-only (the metrics exporter): readers only,
    /// so it never blocks the API's writer.
    ///
    /// - Throws: ``MigrationError`` when the schema is older or newer than this binary knows.
    public static func openReadOnly(path: String) throws -> DatabasePool {
        var configuration = DatabasePool.Configuration()
        configuration.mode = .readOnly
        let pool = try DatabasePool(path: path, configuration: configuration)
        try Schema.migrator().verify(pool)
        return pool
    }
}
