public import Foundation

/// A Swift value that can be bound to a `?` parameter of a statement.
///
/// Conform a type (for instance a domain identifier or instant) by returning its stored form.
public protocol SQLiteBindable {
    /// The value as SQLite stores it.
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLiteBindable {
    /// The value itself.
    public var sqlValue: SQLValue { self }
}

extension Int: SQLiteBindable {
    /// An INTEGER.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Int64: SQLiteBindable {
    /// An INTEGER.
    public var sqlValue: SQLValue { .integer(self) }
}

extension Int32: SQLiteBindable {
    /// An INTEGER.
    public var sqlValue: SQLValue { .integer(Int64(self)) }
}

extension Double: SQLiteBindable {
    /// A REAL.
    public var sqlValue: SQLValue { .real(self) }
}

extension String: SQLiteBindable {
    /// A TEXT.
    public var sqlValue: SQLValue { .text(self) }
}

extension Substring: SQLiteBindable {
    /// A TEXT.
    public var sqlValue: SQLValue { .text(String(self)) }
}

extension Bool: SQLiteBindable {
    /// An INTEGER, 1 or 0: SQLite has no boolean storage class.
    // https://www.sqlite.org/datatype3.html#boolean_datatype
    public var sqlValue: SQLValue { .integer(self ? 1 : 0) }
}

extension Array: SQLiteBindable where Element == UInt8 {
    /// A BLOB.
    public var sqlValue: SQLValue { .blob(self) }
}

extension Data: SQLiteBindable {
    /// A BLOB.
    public var sqlValue: SQLValue { .blob([UInt8](self)) }
}

extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    /// NULL for `nil`, the wrapped value otherwise.
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}
