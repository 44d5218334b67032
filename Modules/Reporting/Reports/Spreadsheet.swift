public import Domain
import Foundation

/// A table to download and open in a French spreadsheet (LibreOffice Calc, Excel set to French):
/// CSV in UTF-8 with a byte order mark (so accents read right), `;` between fields (the comma is
/// the decimal separator), CRLF after each record (RFC 4180 §2.1), dates as `jj/mm/aaaa` and
/// decimals with a comma. Fields holding `;`, a double quote, CR or LF are quoted, inner quotes
/// doubled (RFC 4180 §2.6, §2.7). A field that a spreadsheet would read as a formula (`=`, `+`,
/// `-`, `@` first) is prefixed with an apostrophe (OWASP "CSV injection").
public struct Spreadsheet: Sendable, Hashable {
    /// One cell.
    public enum Cell: Sendable, Hashable {
        /// Text: a name, a reference, a label.
        case text(String)
        /// A count.
        case integer(Int)
        /// A measure, written with `digits` decimals and a decimal comma (hours, credits).
        case decimal(Double, digits: Int)
        /// A calendar date, written `jj/mm/aaaa`.
        case date(LocalDate)
        /// No value: an empty field.
        case empty
    }

    /// The column headings, in French as the reader sees them.
    public let columns: [String]
    /// The rows, each with one cell per column.
    public private(set) var rows: [[Cell]] = []

    /// An empty sheet with these headings.
    public init(columns: [String]) {
        precondition(!columns.isEmpty, "a sheet needs columns")
        self.columns = columns
    }

    /// Appends a row; its length must match the columns (a programmer error otherwise).
    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a row of \(columns) needs \(columns.count) cells, got \(row.count)")
        rows.append(row)
    }

    /// The file: the byte order mark, the headings, then one record per row.
    public var bytes: [UInt8] {
        var text = columns.map(Self.field).joined(separator: ";") + "\r\n"
        for row in rows {
            text += row.map(Self.field).joined(separator: ";") + "\r\n"
        }
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    private static func field(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): field(text)
        case .integer(let integer): String(integer)
        case .decimal(let value, let digits): decimal(value, digits: digits)
        case .date(let date): date.frenchNumeric
        case .empty: ""
        }
    }

    /// `value` rounded half away from zero to `digits` decimals, with a decimal comma.
    static func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<max(0, digits) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        let units = Int(scaled)
        let sign = value < 0 && units != 0 ? "-" : ""
        guard digits > 0 else { return sign + String(units) }
        let divisor = Int(scale)
        let fraction = String(units % divisor)
        return sign + String(units / divisor) + ","
            + String(repeating: "0", count: digits - fraction.count) + fraction
    }

    private static func field(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            text = "'" + text
        }
        guard text.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\r" || $0 == "\n" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
