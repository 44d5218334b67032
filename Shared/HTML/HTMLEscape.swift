/// Character references for the characters that end text or a quoted attribute value.
public enum HTMLEscape {
    /// `value` with `&`, `<`, `>`, `"` and `'` replaced by character references: safe in element
    /// content and in attribute values quoted with either quote (HTML Living Standard §13.1.2.3).
    public static func text(_ value: String) -> String {
        guard value.utf8.contains(where: needsReference) else { return value }
        var output: [UInt8] = []
        append(value, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends the UTF-8 bytes of `value` to `output`, escaped as ``text(_:)`` escapes: the runs
    /// that need no reference are copied whole.
    static func append(_ value: String, to output: inout [UInt8]) {
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices where needsReference(utf8[index]) {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                let reference: StaticString =
                    switch utf8[index] {
                    case 0x26: "&amp;"
                    case 0x3C: "&lt;"
                    case 0x3E: "&gt;"
                    case 0x22: "&quot;"
                    default: "&#39;"
                    }
                reference.withUTF8Buffer { output.append(contentsOf: $0) }
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
    }

    /// Appends `value` in decimal digits to `output`.
    static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
        if value < 0 { output.append(0x2D) }
        let magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        var rest = magnitude
        while divisor > 0 {
            output.append(UInt8(truncatingIfNeeded: 0x30 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// `&`, `<`, `>`, `"` or `'` (all below `?`, which letters and non-ASCII bytes are above).
    private static func needsReference(_ byte: UInt8) -> Bool {
        byte < 0x3F && (byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27)
    }
}
