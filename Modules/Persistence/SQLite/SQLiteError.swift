internal import CSQLite

/// An error reported by SQLite, or by this module when a column does not hold the expected type.
///
/// It carries the extended result code (connections enable extended result codes), SQLite's
/// message and the SQL that failed, so that stores can map it to a domain error.
public struct SQLiteError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The extended result code, e.g. 2067 for `SQLITE_CONSTRAINT_UNIQUE`.
    public let extendedCode: Int32
    /// SQLite's message, e.g. "UNIQUE constraint failed: administrations.acronym".
    public let message: String
    /// The SQL statement involved, when there is one.
    public let sql: String?

    /// Creates an error from its parts.
    public init(extendedCode: Int32, message: String, sql: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.sql = sql
    }

    /// The primary result code: the low byte of the extended code, e.g. 19 for `SQLITE_CONSTRAINT`.
    // https://www.sqlite.org/rescode.html#primary_result_codes_versus_extended_result_codes
    public var primaryCode: Int32 { extendedCode & 0xFF }

    /// Whether another connection holds the lock (`SQLITE_BUSY`) beyond the busy timeout.
    public var isBusy: Bool { primaryCode == SQLITE_BUSY }

    /// Whether a write was attempted on a read-only connection or file (`SQLITE_READONLY`).
    public var isReadOnly: Bool { primaryCode == SQLITE_READONLY }

    /// Whether a column held a value of another type than the one requested (`SQLITE_MISMATCH`).
    public var isMismatch: Bool { primaryCode == SQLITE_MISMATCH }

    /// A one-line description: code, message and SQL.
    public var description: String {
        var text = "SQLite error \(extendedCode) (\(String(cString: sqlite3_errstr(extendedCode)))): \(message)"
        if let sql { text += " — in «\(sql)»" }
        return text
    }
}

extension SQLiteError {
    /// Builds the error SQLite recorded on `database` after a call returned `code`.
    ///
    /// `sqlite3_errmsg` describes the most recent failing call, so it is used only when it matches
    /// `code`; otherwise the generic text of the code is used.
    init(code: Int32, database: OpaquePointer?, sql: String?) {
        guard let database else {
            self.init(extendedCode: code, message: String(cString: sqlite3_errstr(code)), sql: sql)
            return
        }
        let recorded = sqlite3_extended_errcode(database)
        if recorded & 0xFF == code & 0xFF {
            self.init(extendedCode: recorded, message: String(cString: sqlite3_errmsg(database)), sql: sql)
        } else {
            self.init(extendedCode: code, message: String(cString: sqlite3_errstr(code)), sql: sql)
        }
    }

    /// A type mismatch found while reading a column.
    static func mismatch(_ message: String, sql: String?) -> SQLiteError {
        SQLiteError(extendedCode: SQLITE_MISMATCH, message: message, sql: sql)
    }
}
