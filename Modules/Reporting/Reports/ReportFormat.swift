/// How a report is printed.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal.
    case table
    /// RFC 4180 CSV with a header row, for spreadsheets.
    case csv
    /// A JSON array of objects, one per row, keys in column order.
    case json

    /// `table` rendered in this format, ending with a line break.
    public func render(_ table: ReportTable) -> String {
        switch self {
        case .table: table.text
        case .csv: table.csv
        case .json: table.json
        }
    }
}
