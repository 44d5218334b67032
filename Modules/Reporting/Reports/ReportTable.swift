/// A report's result: named columns and rows of typed cells, rendered as an aligned table,
/// CSV or JSON (see ``ReportFormat``).
public struct ReportTable: Sendable, Hashable {
    /// One cell.
    public enum Cell: Sendable, Hashable {
        /// Text: a code, an acronym.
        case text(String)
        /// A count.
        case integer(Int)
        /// A measure (a share, a number of days).
        case decimal(Double)
        /// No value (a share with nothing due): empty in CSV, `null` in JSON.
        case empty
    }

    /// The column names, in snake_case (CSV header, JSON keys).
    public let columns: [String]
    /// The rows, each with one cell per column.
    public private(set) var rows: [[Cell]] = []

    /// An empty table with these columns.
    public init(columns: [String]) {
        precondition(!columns.isEmpty && Set(columns).count == columns.count, "a table needs distinct columns")
        self.columns = columns
    }

    /// Appends a row; its length must match the columns (a programmer error otherwise).
    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row of \(columns) needs \(columns.count) cells, got \(row.count)")
        rows.append(row)
    }
}
