extension PrometheusText {
    /// A sample value: integers without a decimal point, `+Inf`, `-Inf`, `NaN`, otherwise the
    /// shortest decimal that reads back as the same `Double` (Go's `ParseFloat` accepts it).
    public static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "+Inf" : "-Inf" }
        // Below 2^53 an integral double is an exact integer; `Int64` also turns -0 into 0.
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return String(Int64(value)) }
        return "\(value)"
    }

    /// A `# HELP` text: backslash and line feed escaped as `\\` and `\n`.
    public static func escapeHelp(_ text: String) -> String {
        escape(text, quote: false)
    }

    /// A label value: backslash, double quote and line feed escaped as `\\`, `\"` and `\n`.
    public static func escapeLabelValue(_ text: String) -> String {
        escape(text, quote: true)
    }

    private static func escape(_ text: String, quote: Bool) -> String {
        guard
            text.utf8.contains(where: {
                $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\n")
                    || (quote && $0 == UInt8(ascii: "\""))
            })
        else { return text }
        var escaped = ""
        for character in text.unicodeScalars {
            switch character {
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\"" where quote: escaped += "\\\""
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// Whether `name` is a metric name: `[a-zA-Z_:][a-zA-Z0-9_:]*`.
    public static func isValidMetricName(_ name: String) -> Bool {
        isName(name, colon: true)
    }

    /// Whether `name` is a label name: `[a-zA-Z_][a-zA-Z0-9_]*`, not starting with the reserved `__`.
    public static func isValidLabelName(_ name: String) -> Bool {
        isName(name, colon: false) && !name.hasPrefix("__")
    }

    private static func isName(_ name: String, colon: Bool) -> Bool {
        guard let first = name.utf8.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else {
            return false
        }
        return name.utf8.allSatisfy { byte in
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
                true
            case UInt8(ascii: ":"): colon
            default: false
            }
        }
    }
}
