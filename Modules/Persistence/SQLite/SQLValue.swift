/// A value as SQLite stores it: one of its five storage classes.
// https://www.sqlite.org/datatype3.html#storage_classes_and_datatypes
public enum SQLValue: Sendable, Hashable {
    /// SQL NULL.
    case null
    /// A signed 64-bit integer (also how booleans and epoch-millisecond instants are stored).
    case integer(Int64)
    /// An IEEE 754 double.
    case real(Double)
    /// UTF-8 text.
    case text(String)
    /// Raw bytes; an empty array is a zero-length blob, not NULL.
    case blob([UInt8])

    /// The name of the storage class, for error messages.
    var storageClass: String {
        switch self {
        case .null: "NULL"
        case .integer: "INTEGER"
        case .real: "REAL"
        case .text: "TEXT"
        case .blob: "BLOB"
        }
    }
}
