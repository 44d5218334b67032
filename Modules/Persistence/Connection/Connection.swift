internal import CSQLite
import Foundation

/// One SQLite connection: opening, pragmas, scripts and a cache of prepared statements.
///
/// Not `Sendable`: a connection is owned by one thread at a time (opened with
/// `SQLITE_OPEN_NOMUTEX`), which `DatabasePool` guarantees for its writer and readers.
/// The connection closes when it is released.
public final class Connection {
    /// The path of the database file.
    public let path: String
    /// How the connection was opened.
    public let configuration: Configuration
    /// The `sqlite3` handle.
    let handle: OpaquePointer
    /// Prepared statements by SQL text; SQL is static in stores, so the cache stays small.
    var statementCache: [String: Statement] = [:]

    /// Opens (and in `.readWriteCreate` mode creates, with its parent directory) the database at `path`.
    ///
    /// Applies: extended result codes, `busy_timeout`, `foreign_keys=ON`, `synchronous=NORMAL`,
    /// `secure_delete=ON`, and `journal_mode=WAL` unless read-only.
    public init(path: String, configuration: Configuration = Configuration()) throws(SQLiteError) {
        if configuration.mode == .readWriteCreate {
            try Self.createParentDirectory(of: path)
        }
        // https://www.sqlite.org/c3ref/open.html — NOMUTEX: the connection never crosses threads
        // while in use, so SQLite's per-connection mutex is not needed.
        var flags = SQLITE_OPEN_NOMUTEX
        switch configuration.mode {
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        }
        var handle: OpaquePointer?
        let code = sqlite3_open_v2(path, &handle, flags, nil)
        guard code == SQLITE_OK, let handle else {
            let error = SQLiteError(code: code, database: handle, sql: nil)
            sqlite3_close_v2(handle)
            throw SQLiteError(extendedCode: error.extendedCode, message: "\(error.message): \(path)")
        }
        self.handle = handle
        self.path = path
        self.configuration = configuration
        sqlite3_extended_result_codes(handle, 1)
        try setUp()
    }

    deinit {
        statementCache.removeAll()
        // close_v2 defers the close until statements still held elsewhere are finalized.
        sqlite3_close_v2(handle)
    }

    /// Applies the pragmas of the configuration.
    private func setUp() throws(SQLiteError) {
        sqlite3_busy_timeout(handle, configuration.busyTimeoutMilliseconds)
        // https://www.sqlite.org/foreignkeys.html#fk_enable — off by default, per connection.
        try execute("PRAGMA foreign_keys = ON")
        // https://www.sqlite.org/pragma.html#pragma_synchronous — NORMAL is durable enough in WAL
        // mode (a power loss may lose the last commits, never corrupt the file).
        try execute("PRAGMA synchronous = NORMAL")
        // https://www.sqlite.org/pragma.html#pragma_secure_delete — erased content is overwritten
        // with zeros in the pages (and the WAL) instead of lingering in free space: an erased
        // person's data leaves the file once checkpointed (docs/privacy.md).
        try execute("PRAGMA secure_delete = ON")
        if configuration.mode == .readWriteCreate {
            // https://www.sqlite.org/wal.html — persistent in the file; readers never block the writer.
            let sql = "PRAGMA journal_mode = WAL"
            let mode = try makeStatement(sql).firstValue([]).flatMap(String.init(sqlValue:))
            guard mode?.lowercased() == "wal" || path.isEmpty || path == ":memory:" else {
                throw SQLiteError(
                    extendedCode: SQLITE_ERROR,
                    message: "journal_mode stayed \(mode ?? "unknown"), WAL required: \(path)",
                    sql: sql)
            }
        }
    }

    /// Creates the directory that will hold `path` when it is missing.
    static func createParentDirectory(of path: String) throws(SQLiteError) {
        guard !path.isEmpty, path != ":memory:", !path.hasPrefix("file:") else { return }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw SQLiteError(
                extendedCode: SQLITE_CANTOPEN,
                message: "cannot create directory \(directory.path): \(error.localizedDescription)")
        }
    }

    // MARK: Scripts

    /// Runs every statement of `script` in order, discarding result rows (migrations, pragmas).
    ///
    /// Stops at the first failing statement; the error carries that statement's SQL (when it
    /// fails to compile, the script from that statement on). Statements of a script are not cached.
    public func execute(_ script: String) throws(SQLiteError) {
        let failure: SQLiteError? = script.withCString { start in
            var next: UnsafePointer<CChar>? = start
            while let current = next, current.pointee != 0 {
                var statement: OpaquePointer?
                let code = sqlite3_prepare_v2(handle, current, -1, &statement, &next)
                guard code == SQLITE_OK else {
                    // The text from the failing statement on: SQLite does not say where it ends.
                    let rest = String(cString: current).drop(while: \.isWhitespace)
                    return SQLiteError(code: code, database: handle, sql: String(rest))
                }
                // A nil statement is a comment or white space.
                guard let statement else { continue }
                defer { sqlite3_finalize(statement) }
                var step = sqlite3_step(statement)
                while step == SQLITE_ROW { step = sqlite3_step(statement) }
                guard step == SQLITE_DONE else {
                    return SQLiteError(code: step, database: handle, sql: String(cString: sqlite3_sql(statement)))
                }
            }
            return nil
        }
        if let failure { throw failure }
    }

    // MARK: State

    /// The rowid of the last row inserted by this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The number of rows changed by the last INSERT, UPDATE or DELETE of this connection.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Whether a transaction is open (the connection is not in autocommit mode).
    // https://www.sqlite.org/c3ref/get_autocommit.html
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
}
