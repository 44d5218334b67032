extension ReportTable {
    /// A JSON array (RFC 8259) of one object per row, keys in column order, two-space indent;
    /// empty cells are `null`.
    public var json: String {
        guard !rows.isEmpty else { return "[]\n" }
        let objects = rows.map { row in
            "  {\n"
                + zip(columns, row).map { column, cell in
                    "    \(Self.string(column)): \(Self.value(cell))"
                }.joined(separator: ",\n") + "\n  }"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]\n"
    }

    private static func value(_ cell: Cell) -> String {
        switch cell {
        case .text(let text): string(text)
        case .integer(let integer): String(integer)
        // Reports hold finite values only (shares, means); "\(value)" is a valid JSON number then.
        case .decimal(let decimal): decimal.isFinite ? "\(decimal)" : "null"
        case .empty: "null"
        }
    }

    /// A JSON string: quote, backslash and control characters escaped (RFC 8259 §7).
    private static func string(_ text: String) -> String {
        var escaped = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped + "\""
    }
}
