public import Domain

// How domain values are stored: ids as INTEGER, instants as INTEGER epoch milliseconds,
// calendar dates as TEXT `YYYY-MM-DD` (sorts as dates), codes as their raw TEXT.

extension ID: SQLiteBindable {
    /// The raw INTEGER.
    public var sqlValue: SQLValue { .integer(rawValue) }
}

extension ID: SQLiteDecodable {
    /// Reads an INTEGER.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let raw) = sqlValue else { return nil }
        self.init(raw)
    }
}

extension Instant: SQLiteBindable {
    /// Epoch milliseconds as an INTEGER.
    public var sqlValue: SQLValue { .integer(millisecondsSinceEpoch) }
}

extension Instant: SQLiteDecodable {
    /// Reads epoch milliseconds.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let milliseconds) = sqlValue else { return nil }
        self.init(millisecondsSinceEpoch: milliseconds)
    }
}

extension LocalDate: SQLiteBindable {
    /// `YYYY-MM-DD` as TEXT.
    public var sqlValue: SQLValue { .text(description) }
}

extension LocalDate: SQLiteDecodable {
    /// Reads `YYYY-MM-DD`.
    public init?(sqlValue: SQLValue) {
        guard case .text(let text) = sqlValue, let date = try? LocalDate(parsing: text) else { return nil }
        self = date
    }
}

extension Row {
    /// Reads a column holding the raw value of `T`; a value `T` does not know is a
    /// `SQLITE_MISMATCH` error naming the column.
    func code<T: RawRepresentable>(_ column: Column, as type: T.Type = T.self) throws -> T where T.RawValue == String {
        let raw = try string(column)
        guard let value = T(rawValue: raw) else {
            throw SQLiteError.mismatch("column \(column) holds '\(raw)', which is not a \(T.self)", sql: nil)
        }
        return value
    }
}
