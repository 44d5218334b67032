public import Foundation

/// A Swift value that can be read from a column.
///
/// Decoding is strict about storage classes, so that a schema mistake surfaces as a
/// `SQLITE_MISMATCH` error instead of a silent conversion (SQLite would turn TEXT into 0).
public protocol SQLiteDecodable {
    /// Creates the value from a stored value, or returns nil when `sqlValue` cannot represent it.
    init?(sqlValue: SQLValue)
}

extension SQLValue: SQLiteDecodable {
    /// The stored value itself, NULL included.
    public init?(sqlValue: SQLValue) { self = sqlValue }
}

extension Int64: SQLiteDecodable {
    /// Reads an INTEGER.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue else { return nil }
        self = value
    }
}

extension Int: SQLiteDecodable {
    /// Reads an INTEGER that fits in `Int`.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue, let exact = Int(exactly: value) else { return nil }
        self = exact
    }
}

extension Int32: SQLiteDecodable {
    /// Reads an INTEGER that fits in `Int32`.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue, let exact = Int32(exactly: value) else { return nil }
        self = exact
    }
}

extension Double: SQLiteDecodable {
    /// Reads a REAL, or an INTEGER (a REAL column may hold one).
    public init?(sqlValue: SQLValue) {
        switch sqlValue {
        case .real(let value): self = value
        case .integer(let value): self = Double(value)
        default: return nil
        }
    }
}

extension String: SQLiteDecodable {
    /// Reads a TEXT.
    public init?(sqlValue: SQLValue) {
        guard case .text(let value) = sqlValue else { return nil }
        self = value
    }
}

extension Bool: SQLiteDecodable {
    /// Reads an INTEGER: 0 is false, anything else true, as in SQL.
    public init?(sqlValue: SQLValue) {
        guard case .integer(let value) = sqlValue else { return nil }
        self = value != 0
    }
}

extension Array: SQLiteDecodable where Element == UInt8 {
    /// Reads a BLOB.
    public init?(sqlValue: SQLValue) {
        guard case .blob(let value) = sqlValue else { return nil }
        self = value
    }
}

extension Data: SQLiteDecodable {
    /// Reads a BLOB.
    public init?(sqlValue: SQLValue) {
        guard case .blob(let value) = sqlValue else { return nil }
        self = Data(value)
    }
}

extension Optional: SQLiteDecodable where Wrapped: SQLiteDecodable {
    /// Reads NULL as `nil`, anything else as the wrapped type.
    public init?(sqlValue: SQLValue) {
        if case .null = sqlValue {
            self = .none
        } else if let value = Wrapped(sqlValue: sqlValue) {
            self = .some(value)
        } else {
            return nil
        }
    }
}
