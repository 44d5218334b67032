public import Domain
import Foundation

extension TalentsDatabase {
    /// Opens the Talents database that exists at `path`, and migrates it like ``open(path:configuration:taxonomy:)``:
    /// for every command that works on data. Unlike `open`, it never creates a file or a folder.
    ///
    /// - Throws: ``DatabaseFileError`` when `path` is missing or is not a Talents database (nothing
    ///   is written then), ``MigrationError`` or ``SQLiteError``.
    public static func openExisting(
        path: String, configuration: DatabasePool.Configuration = .init(),
        taxonomy: SkillTaxonomy = .standard
    ) throws -> DatabasePool {
        try requireTalentsDatabase(at: path)
        return try open(path: path, configuration: configuration, taxonomy: taxonomy)
    }

    /// Opens the Talents database at `path` read-only (`SQLITE_OPEN_READONLY`) for `db check` and
    /// `db backup`: nothing is migrated or written, a read-only file is enough, and an older schema
    /// is accepted (the backup taken before an upgrade), a newer one refused.
    ///
    /// SQLite's own bookkeeping still applies: a reader of a WAL database creates its `-shm` and
    /// `-wal` files beside it when they are missing and the folder is writable; the database file
    /// itself is never written.
    ///
    /// - Throws: ``DatabaseFileError``, ``MigrationError`` or ``SQLiteError``.
    public static func openForMaintenance(path: String) throws -> DatabasePool {
        try requireTalentsDatabase(at: path)
        var configuration = DatabasePool.Configuration()
        configuration.mode = .readOnly
        configuration.maximumReaderCount = 1
        return try DatabasePool(path: path, configuration: configuration)
    }

    /// Checks, without writing anything, that `path` holds a Talents database this binary may
    /// open: an existing, non-empty SQLite file that records Talents migrations, none newer than
    /// this binary knows.
    ///
    /// - Throws: ``DatabaseFileError`` or ``MigrationError``.
    public static func requireTalentsDatabase(at path: String) throws {
        try requireSQLiteFile(at: path)
        let (applied, _) = try inspect(path)
        guard !applied.isEmpty else { throw DatabaseFileError.notTalents(path: path) }
        try Schema.migrator().checkKnown(applied)
    }

    /// Checks, without writing anything, that the database ``open(path:configuration:taxonomy:)``
    /// or ``migrate(path:taxonomy:)`` is about to create or migrate is not someone else's: no
    /// file, an empty file or an SQLite database without tables will become a Talents database;
    /// another SQLite database or any other file is refused.
    ///
    /// - Throws: ``DatabaseFileError`` or ``MigrationError``.
    static func refuseForeignFile(at path: String) throws {
        guard !path.isEmpty, path != ":memory:", !path.hasPrefix("file:"),
            FileManager.default.fileExists(atPath: path)
        else { return }
        // An empty file is what SQLite itself makes a new database from.
        guard !isEmptyFile(path) else { return }
        try requireSQLiteFile(at: path)
        let (applied, tableCount) = try inspect(path)
        guard !applied.isEmpty || tableCount == 0 else { throw DatabaseFileError.notTalents(path: path) }
        try Schema.migrator().checkKnown(applied)
    }

    /// The migrations an SQLite file records and how many tables it has, read on one read-only
    /// connection.
    private static func inspect(_ path: String) throws -> (applied: [Int], tableCount: Int) {
        var configuration = DatabasePool.Configuration()
        configuration.mode = .readOnly
        configuration.maximumReaderCount = 1
        let pool = try DatabasePool(path: path, configuration: configuration)
        return try pool.read { connection in
            (
                try Schema.migrator().appliedVersions(connection),
                try connection.scalar("SELECT count(*) FROM sqlite_schema WHERE type = 'table'", as: Int.self) ?? 0
            )
        }
    }

    /// Checks, before SQLite sees it, that `path` is an existing regular file that starts with the
    /// SQLite header: a zero-byte or foreign file opened by SQLite would become a new database.
    // https://www.sqlite.org/fileformat2.html#the_database_header — "SQLite format 3\0".
    static func requireSQLiteFile(at path: String) throws(DatabaseFileError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            let reason = String(cString: strerror(errno))
            guard errno == ENOENT else { throw .unreadable(path: path, reason: reason) }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
                throw .missingFolder(path: path, folder: folder)
            }
            throw .missing(path: path)
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw .notAFile(path: path) }
        guard info.st_size > 0 else { throw .empty(path: path) }
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        defer { try? file.close() }
        let header = (try? file.read(upToCount: sqliteHeader.count)) ?? Data()
        guard header == sqliteHeader else { throw .notSQLite(path: path) }
    }

    /// Whether `path` is a regular file of zero bytes.
    private static func isEmptyFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && info.st_size == 0
    }

    /// The first 16 bytes of every SQLite 3 database file.
    private static let sqliteHeader = Data("SQLite format 3\0".utf8)
}
