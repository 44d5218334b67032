import Foundation

extension ReportTable {
    /// Aligned columns, two spaces apart, headers in capitals; numbers right-aligned,
    /// decimals with two places, empty cells as `-`.
    public var text: String {
        let header = columns.map { $0.uppercased() }
        let body = rows.map { $0.map(Self.text) }
        let widths = columns.indices.map { column in
            ([header[column]] + body.map { $0[column] }).map(\.count).max() ?? 0
        }
        let numeric = columns.indices.map { column in
            rows.contains { row in if case .text = row[column] { false } else { true } }
        }
        return ([header] + body).map { line in
            line.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                if numeric[column] { return padding + cell }
                return column == line.count - 1 ? cell : cell + padding
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    private static func text(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): text
        case .integer(let integer): String(integer)
        case .decimal(let decimal): String(format: "%.2f", decimal)
        case .empty: "-"
        }
    }
}
