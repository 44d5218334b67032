import Foundation

extension ReportTable {
    /// RFC 4180 CSV: a header row, CRLF after every record, fields holding a comma, a double
    /// quote, CR or LF enclosed in double quotes with inner quotes doubled (§2.6, §2.7).
    /// Decimals keep full precision; empty cells are empty fields.
    public var csv: String {
        ([columns.map(Self.field)] + rows.map { $0.map(Self.field) })
            .map { $0.joined(separator: ",") + "\r\n" }.joined()
    }

    private static func field(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): field(text)
        case .integer(let integer): String(integer)
        case .decimal(let decimal): "\(decimal)"
        case .empty: ""
        }
    }

    private static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
