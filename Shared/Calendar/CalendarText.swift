/// The text rules of RFC 5545: TEXT escaping (§3.3.11) and content-line folding (§3.1).
public enum CalendarText {
    /// A TEXT value: `\` → `\\`, `;` → `\;`, `,` → `\,`, a line break (CRLF, CR or LF) → `\n`;
    /// other control characters but tab are dropped (§3.3.11 forbids them).
    public static func escape(_ text: String) -> String {
        var output = ""
        var previousCR = false
        for scalar in text.unicodeScalars {
            defer { previousCR = scalar == "\r" }
            switch scalar {
            case "\\": output += "\\\\"
            case ";": output += "\\;"
            case ",": output += "\\,"
            case "\r": output += "\\n"
            case "\n": if !previousCR { output += "\\n" }
            case "\t": output.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// The longest line, in octets, CRLF excluded (§3.1).
    public static let maximumLineOctets = 75

    /// `line` folded: pieces of at most 75 octets joined by CRLF and one space (which counts in the
    /// next piece's 75), cut only between Unicode scalars so no UTF-8 sequence is split.
    public static func fold(_ line: String) -> String {
        var output = ""
        var width = 0
        for scalar in line.unicodeScalars {
            let octets = String(scalar).utf8.count
            if width + octets > maximumLineOctets {
                output += "\r\n "
                width = 1
            }
            output.unicodeScalars.append(scalar)
            width += octets
        }
        return output
    }
}
