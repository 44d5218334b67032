/// One row of `PRAGMA foreign_key_check`: a row whose foreign key points at no parent row.
// https://www.sqlite.org/pragma.html#pragma_foreign_key_check
public struct ForeignKeyViolation: Sendable, Hashable, CustomStringConvertible {
    /// The table holding the orphan row.
    public let table: String
    /// The rowid of the orphan row; nil for a WITHOUT ROWID table.
    public let rowID: Int64?
    /// The table the foreign key refers to.
    public let parent: String
    /// The index of the violated foreign key in `PRAGMA foreign_key_list(table)`.
    public let foreignKeyIndex: Int

    /// Creates a violation.
    public init(table: String, rowID: Int64?, parent: String, foreignKeyIndex: Int) {
        self.table = table
        self.rowID = rowID
        self.parent = parent
        self.foreignKeyIndex = foreignKeyIndex
    }

    /// e.g. "talents rowid 12 → administrations (foreign key 0)".
    public var description: String {
        "\(table) rowid \(rowID.map(String.init) ?? "–") → \(parent) (foreign key \(foreignKeyIndex))"
    }
}
