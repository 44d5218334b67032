/// Why a path was refused as a Talents database before anything was written to it.
///
/// Every command but `talents-admin db migrate`, `demo seed` and the API's first start works on
/// an existing database: a mistyped `--db` or `TALENTS_DB` must not create an empty one, and a
/// file that is not a Talents database must be left as it is.
public enum DatabaseFileError: Error, Equatable, CustomStringConvertible {
    /// Nothing at `path`; its folder exists.
    case missing(path: String)
    /// Nothing at `path`, and not even its folder.
    case missingFolder(path: String, folder: String)
    /// `path` names a folder or a device, not a regular file.
    case notAFile(path: String)
    /// The file cannot be read (`reason` is the system's message).
    case unreadable(path: String, reason: String)
    /// The file holds zero bytes.
    case empty(path: String)
    /// The file does not start with the SQLite header ("SQLite format 3").
    case notSQLite(path: String)
    /// An SQLite database that records no Talents migration (no `schema_migrations` rows).
    case notTalents(path: String)
    /// A backup would be written over the database it copies, or over one of its companion files
    /// (the same file through another path, a symbolic or a hard link included).
    case backupOntoSource(source: String, destination: String)

    /// A message naming the path and what to do.
    public var description: String {
        switch self {
        case .missing(let path):
            "no database at '\(path)': check --db or TALENTS_DB (create one with 'talents-admin db migrate')"
        case .missingFolder(let path, let folder):
            "no database at '\(path)': the folder '\(folder)' does not exist (check --db or TALENTS_DB)"
        case .notAFile(let path):
            "'\(path)' is not a database file (a folder or a device)"
        case .unreadable(let path, let reason):
            "cannot read '\(path)': \(reason)"
        case .empty(let path):
            "'\(path)' is an empty file, not a Talents database; it was left untouched"
        case .notSQLite(let path):
            "'\(path)' is not an SQLite database; it was left untouched"
        case .notTalents(let path):
            "'\(path)' is an SQLite database but not a Talents one (no schema_migrations); it was left untouched"
        case .backupOntoSource(let source, let destination):
            "refusing to back up '\(source)' onto '\(destination)': it is the database itself or one of its "
                + "-wal, -shm or -journal files; choose another destination"
        }
    }
}
