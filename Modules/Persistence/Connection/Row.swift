/// The current row of a running statement, handed to the `map` closure of a query.
///
/// A row is a view on the statement: read it inside the closure, never keep it. Typed readers
/// throw a `SQLITE_MISMATCH` `SQLiteError` when the column holds another storage class (NULL
/// included, for the non-optional readers); naming a column the result does not have traps.
public struct Row {
    /// The statement positioned on this row.
    let statement: Statement

    /// A column, by 0-based index (`row.int64(0)`) or by result name (`row.string("name")`).
    public enum Column: Sendable, Hashable, ExpressibleByIntegerLiteral, ExpressibleByStringLiteral {
        /// The column at this 0-based index.
        case index(Int)
        /// The first column with this name (the `AS` alias, or the column name).
        case name(String)

        /// A column by index.
        public init(integerLiteral value: Int) { self = .index(value) }
        /// A column by name.
        public init(stringLiteral value: String) { self = .name(value) }
    }

    /// The number of columns.
    public var count: Int { statement.columnNames.count }

    /// The column names, in order.
    public var columnNames: [String] { statement.columnNames }

    /// The stored value of a column.
    public func value(_ column: Column) -> SQLValue {
        statement.value(at: Int32(index(of: column)))
    }

    /// Reads a column as `type`, e.g. `try row.decode("created_at", as: EpochMilliseconds.self)`.
    public func decode<T: SQLiteDecodable>(_ column: Column, as type: T.Type = T.self) throws(SQLiteError) -> T {
        let index = index(of: column)
        let value = statement.value(at: Int32(index))
        guard let decoded = T(sqlValue: value) else {
            throw .mismatch(
                "column \(index) (\(statement.columnNames[index])) holds \(value.storageClass), "
                    + "which cannot be read as \(T.self)", sql: statement.sql)
        }
        return decoded
    }

    /// Resolves a column to its index; an unknown column is a programmer error.
    private func index(of column: Column) -> Int {
        switch column {
        case .index(let index):
            precondition(index >= 0 && index < count, "No column \(index) in a row of \(count): «\(statement.sql)»")
            return index
        case .name(let name):
            guard let index = statement.columnIndexes[name] else {
                preconditionFailure("No column named \(name) in \(columnNames): «\(statement.sql)»")
            }
            return index
        }
    }
}

extension Row {
    /// Reads an INTEGER.
    public func int64(_ column: Column) throws(SQLiteError) -> Int64 { try decode(column) }
    /// Reads an INTEGER.
    public func int(_ column: Column) throws(SQLiteError) -> Int { try decode(column) }
    /// Reads a REAL or an INTEGER.
    public func double(_ column: Column) throws(SQLiteError) -> Double { try decode(column) }
    /// Reads a TEXT.
    public func string(_ column: Column) throws(SQLiteError) -> String { try decode(column) }
    /// Reads an INTEGER as a boolean.
    public func bool(_ column: Column) throws(SQLiteError) -> Bool { try decode(column) }
    /// Reads a BLOB.
    public func bytes(_ column: Column) throws(SQLiteError) -> [UInt8] { try decode(column) }

    /// Reads an INTEGER or NULL.
    public func optionalInt64(_ column: Column) throws(SQLiteError) -> Int64? { try decode(column) }
    /// Reads an INTEGER or NULL.
    public func optionalInt(_ column: Column) throws(SQLiteError) -> Int? { try decode(column) }
    /// Reads a REAL, an INTEGER or NULL.
    public func optionalDouble(_ column: Column) throws(SQLiteError) -> Double? { try decode(column) }
    /// Reads a TEXT or NULL.
    public func optionalString(_ column: Column) throws(SQLiteError) -> String? { try decode(column) }
    /// Reads an INTEGER as a boolean, or NULL.
    public func optionalBool(_ column: Column) throws(SQLiteError) -> Bool? { try decode(column) }
    /// Reads a BLOB or NULL.
    public func optionalBytes(_ column: Column) throws(SQLiteError) -> [UInt8]? { try decode(column) }
}
