/// How strings are written in a PDF file (PDF 32000-1:2008, 7.3.4 and 7.9.2).
enum PDFString {
    /// `bytes` as a literal string `( … )`: "(", ")" and "\" escaped with a backslash, CR, LF,
    /// tab, backspace and form feed as `\r \n \t \b \f`, the other control bytes (and DEL) as
    /// three octal digits, anything else as is (a literal string is binary: 0x80–0xFF stay raw).
    static func literal(_ bytes: some Sequence<UInt8>) -> [UInt8] {
        var out: [UInt8] = [0x28]
        for byte in bytes {
            switch byte {
            case 0x28, 0x29, 0x5C: out += [0x5C, byte]
            case 0x0D: out += [0x5C, 0x72]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x09: out += [0x5C, 0x74]
            case 0x08: out += [0x5C, 0x62]
            case 0x0C: out += [0x5C, 0x66]
            case 0x00...0x1F, 0x7F:
                out += [0x5C, 0x30 + (byte >> 6), 0x30 + ((byte >> 3) & 7), 0x30 + (byte & 7)]
            default: out.append(byte)
            }
        }
        out.append(0x29)
        return out
    }

    /// `text` as a text string (7.9.2.2) for the Info dictionary: UTF-16BE with its byte order
    /// mark, as a hexadecimal string, so that any character survives.
    static func text(_ text: String) -> String {
        "<FEFF" + hex(text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }) + ">"
    }

    /// `bytes` in upper-case hexadecimal, two digits a byte.
    static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        for byte in bytes { out += [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]] }
        return String(decoding: out, as: UTF8.self)
    }

    /// `value` rounded to the hundredth, without exponent nor trailing zeros ("56.7", "-3", "0.05").
    static func number(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100
        let fraction = magnitude % 100
        if fraction == 0 { return sign + "\(whole)" }
        let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
        return sign + "\(whole).\(digits)"
    }
}
