internal import CSQLite

/// A prepared SQL statement of one `Connection`, holding exactly one SQL statement.
///
/// Obtain one with `Connection.cachedStatement(_:)` (reused across calls) or
/// `Connection.makeStatement(_:)`. Like its connection, it is used by one thread at a time.
/// Arguments bind positionally to `?` parameters.
public final class Statement {
    /// The SQL text the statement was prepared from.
    public let sql: String
    /// The `sqlite3_stmt` handle.
    let handle: OpaquePointer
    /// The `sqlite3` handle of the owning connection, for error messages. The connection closes
    /// with `sqlite3_close_v2`, which keeps the handle valid until every statement is finalized.
    let database: OpaquePointer
    /// Whether rows are being stepped through; a cached statement in use is not handed out again.
    private(set) var isRunning = false
    /// Column names of the result, in order.
    public private(set) lazy var columnNames: [String] = (0..<sqlite3_column_count(handle)).map {
        String(cString: sqlite3_column_name(handle, $0))
    }
    /// First index of each column name, for reading rows by name.
    private(set) lazy var columnIndexes: [String: Int] = Dictionary(
        columnNames.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

    /// Prepares `sql`, which must hold exactly one statement (a programmer error otherwise).
    ///
    /// - Parameter persistent: hints SQLite that the statement is kept for reuse
    ///   (`SQLITE_PREPARE_PERSISTENT`, https://www.sqlite.org/c3ref/c_prepare_normalize.html).
    init(database: OpaquePointer, sql: String, persistent: Bool) throws(SQLiteError) {
        var statement: OpaquePointer?
        var trailingStatement = false
        let code = sql.withCString { text in
            var tail: UnsafePointer<CChar>?
            let code = sqlite3_prepare_v3(database, text, -1, persistent ? 0x01 : 0, &statement, &tail)
            if code == SQLITE_OK, let tail {
                trailingStatement = Self.holdsStatement(tail, database: database)
            }
            return code
        }
        guard code == SQLITE_OK else {
            throw SQLiteError(code: code, database: database, sql: sql)
        }
        guard let statement else {
            preconditionFailure("SQL holds no statement: «\(sql)»")
        }
        if trailingStatement {
            sqlite3_finalize(statement)
            preconditionFailure("SQL holds more than one statement, use Connection.execute(_:): «\(sql)»")
        }
        self.handle = statement
        self.database = database
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Whether the text after the first statement holds another one (not only space or comments).
    private static func holdsStatement(_ tail: UnsafePointer<CChar>, database: OpaquePointer) -> Bool {
        guard String(cString: tail).contains(where: { !$0.isWhitespace && $0 != ";" }) else { return false }
        var next: OpaquePointer?
        let code = sqlite3_prepare_v2(database, tail, -1, &next, nil)
        sqlite3_finalize(next)
        return code != SQLITE_OK || next != nil
    }

    /// Whether the statement does not write the database (SELECT, BEGIN DEFERRED, …).
    // https://www.sqlite.org/c3ref/stmt_readonly.html
    public var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

    // MARK: Running

    /// Runs the statement to completion and returns the number of rows it changed.
    @discardableResult
    public func run(_ arguments: [any SQLiteBindable] = []) throws(SQLiteError) -> Int {
        try start(arguments)
        defer { finish() }
        while try step() {}
        return Int(sqlite3_changes64(database))
    }

    /// Runs the statement and maps every result row (`RETURNING` rows included).
    ///
    /// The `Row` handed to `map` is valid only during that call.
    public func query<T>(_ arguments: [any SQLiteBindable] = [], map: (Row) throws -> T) throws -> [T] {
        try start(arguments)
        defer { finish() }
        var results: [T] = []
        while try step() {
            results.append(try map(Row(statement: self)))
        }
        return results
    }

    /// Runs the statement and maps its first row, or returns nil when there is none.
    ///
    /// Stepping stops after the first row; an `INSERT … RETURNING` has made all its changes by then.
    // https://www.sqlite.org/lang_returning.html#processing_order
    public func queryOne<T>(_ arguments: [any SQLiteBindable] = [], map: (Row) throws -> T) throws -> T? {
        try start(arguments)
        defer { finish() }
        return try step() ? try map(Row(statement: self)) : nil
    }

    /// The first column of the first row, or nil when there is no row.
    func firstValue(_ arguments: [any SQLiteBindable]) throws(SQLiteError) -> SQLValue? {
        precondition(!columnNames.isEmpty, "Statement returns no column: «\(sql)»")
        try start(arguments)
        defer { finish() }
        return try step() ? value(at: 0) : nil
    }

    /// Every row as stored values, for callers that need typed throws.
    func allValues(_ arguments: [any SQLiteBindable] = []) throws(SQLiteError) -> [[SQLValue]] {
        try start(arguments)
        defer { finish() }
        var rows: [[SQLValue]] = []
        while try step() {
            rows.append((0..<Int32(columnNames.count)).map(value(at:)))
        }
        return rows
    }

    // MARK: Steps

    /// Resets the statement and binds `arguments`; their count must match the parameters.
    private func start(_ arguments: [any SQLiteBindable]) throws(SQLiteError) {
        precondition(!isRunning, "Statement is already running: «\(sql)»")
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
        let expected = Int(sqlite3_bind_parameter_count(handle))
        precondition(
            arguments.count == expected,
            "Statement expects \(expected) arguments, got \(arguments.count): «\(sql)»")
        for (offset, argument) in arguments.enumerated() {
            try bind(argument.sqlValue, at: Int32(offset + 1))
        }
        isRunning = true
    }

    /// Resets the statement so it releases its locks; the error, if any, was thrown by `step`.
    private func finish() {
        sqlite3_reset(handle)
        isRunning = false
    }

    /// Advances to the next row: true on a row, false when done.
    private func step() throws(SQLiteError) -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw SQLiteError(code: code, database: database, sql: sql)
        }
    }

    /// Binds one value to the parameter at `index` (1-based).
    private func bind(_ value: SQLValue, at index: Int32) throws(SQLiteError) {
        // SQLITE_TRANSIENT makes SQLite copy the bytes before the call returns; the C macro is a
        // cast that Swift does not import. https://www.sqlite.org/c3ref/c_static.html
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        let code: Int32
        switch value {
        case .null:
            code = sqlite3_bind_null(handle, index)
        case .integer(let integer):
            code = sqlite3_bind_int64(handle, index, integer)
        case .real(let real):
            code = sqlite3_bind_double(handle, index, real)
        case .text(let text):
            var text = text
            code = text.withUTF8 { bytes in
                // An empty buffer may have no base address, which would bind NULL: bind "" instead.
                guard let base = bytes.baseAddress, !bytes.isEmpty else {
                    return sqlite3_bind_text64(handle, index, "", 0, transient, UInt8(SQLITE_UTF8))
                }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { text in
                    sqlite3_bind_text64(handle, index, text, UInt64(bytes.count), transient, UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes) where bytes.isEmpty:
            // sqlite3_bind_blob with a nil pointer binds NULL; a zero-length blob needs zeroblob.
            code = sqlite3_bind_zeroblob(handle, index, 0)
        case .blob(let bytes):
            code = bytes.withUnsafeBytes { buffer in
                sqlite3_bind_blob64(handle, index, buffer.baseAddress, UInt64(buffer.count), transient)
            }
        }
        guard code == SQLITE_OK else {
            throw SQLiteError(code: code, database: database, sql: sql)
        }
    }

    /// The value of column `index` of the current row.
    func value(at index: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, index) {
        case SQLITE_INTEGER:
            return .integer(sqlite3_column_int64(handle, index))
        case SQLITE_FLOAT:
            return .real(sqlite3_column_double(handle, index))
        case SQLITE_TEXT:
            // Read the pointer before the byte count, as https://www.sqlite.org/c3ref/column_blob.html asks.
            guard let text = sqlite3_column_text(handle, index) else { return .text("") }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .text(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
        case SQLITE_BLOB:
            guard let blob = sqlite3_column_blob(handle, index) else { return .blob([]) }
            let count = Int(sqlite3_column_bytes(handle, index))
            return .blob([UInt8](UnsafeRawBufferPointer(start: blob, count: count)))
        default:
            return .null
        }
    }
}
