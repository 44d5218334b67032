/// JSON strings (RFC 8259 §7) written straight into bytes as `JSONEncoder` writes them: `"` and
/// `\` escaped, the short escapes for backspace, form feed, line feed, carriage return and tab,
/// other control characters as `\u00xx`, `/` as `\/` unless `escapingSlashes` is false
/// (`.withoutEscapingSlashes`); everything else, non-ASCII included, as UTF-8. Runs that need
/// no escape are copied whole.
public enum JSONString {
    /// Appends `value`, quoted and escaped, to `bytes`.
    public static func append(_ value: String, escapingSlashes: Bool, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var start = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard
                    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                        || (escapingSlashes && byte == UInt8(ascii: "/"))
                else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(byte, to: &bytes)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func appendEscape(_ byte: UInt8, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x20...: bytes.append(byte)  // " \ /
        default:
            let hex: StaticString = "0123456789abcdef"
            bytes.append(contentsOf: [
                UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                hex.utf8Start[Int(byte >> 4)], hex.utf8Start[Int(byte & 0x0F)]
            ])
        }
    }
}
