/// Quoted-printable content transfer encoding (RFC 2045 §6.7).
public enum QuotedPrintable {
    /// Encodes UTF-8 text: line breaks become CRLF, lines stay within 76 characters with soft
    /// breaks (`=` at the end), `=`, control and non-ASCII bytes become `=XX`, and a space or tab
    /// before a line break is encoded (rule 3). A `.` starting a line is encoded too, so no
    /// SMTP relay ever has to dot-stuff or could mistake it for the end of data.
    public static func encode(_ text: String) -> String {
        var output = ""
        let lines = text.replacingLineBreaks().split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if index > 0 { output += "\r\n" }
            output += encodeLine(Array(line.utf8))
        }
        return output
    }

    private static func encodeLine(_ bytes: [UInt8]) -> String {
        var output = ""
        var width = 0
        for (index, byte) in bytes.enumerated() {
            let isLast = index == bytes.count - 1
            var token = self.token(byte, isLast: isLast, atLineStart: width == 0)
            // §6.7 rule 5: at most 76 characters per line, the soft break '=' included.
            if width + token.count > (isLast ? 76 : 75) {
                output += "=\r\n"
                width = 0
                token = self.token(byte, isLast: isLast, atLineStart: true)
            }
            output += token
            width += token.count
        }
        return output
    }

    private static func token(_ byte: UInt8, isLast: Bool, atLineStart: Bool) -> String {
        let literal =
            (byte >= 33 && byte <= 126 && byte != UInt8(ascii: "="))
            || ((byte == 0x20 || byte == 0x09) && !isLast)
        return literal && !(atLineStart && byte == UInt8(ascii: ".")) ? String(UnicodeScalar(byte)) : escape(byte)
    }

    private static func escape(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "=" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    /// Decodes quoted-printable text (for tests and tools): soft breaks removed, `=XX` decoded.
    public static func decode(_ encoded: String) -> String {
        var bytes: [UInt8] = []
        let input = Array(encoded.utf8)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "="), index + 1 < input.count {
                if input[index + 1] == 0x0D, index + 2 < input.count, input[index + 2] == 0x0A {
                    index += 3
                    continue
                }
                if index + 2 < input.count,
                    let value = UInt8(
                        String(decoding: input[index + 1...index + 2], as: UTF8.self),
                        radix: 16)
                {
                    bytes.append(value)
                    index += 3
                    continue
                }
            }
            bytes.append(byte)
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension String {
    /// The text with CRLF and lone CR turned into LF.
    func replacingLineBreaks() -> String {
        var output = ""
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                output.unicodeScalars.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            output.unicodeScalars.append(scalar)
        }
        return output
    }
}
