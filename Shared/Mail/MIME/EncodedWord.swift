/// RFC 2047 encoded words, for non-ASCII text in headers (the subject, display names).
public enum EncodedWord {
    /// The longest encoded word (RFC 2047 §2).
    static let maximumLength = 75

    /// The text as is when it is printable ASCII, else as `=?UTF-8?B?…?=` words separated by
    /// folding white space (CRLF SP), each at most 75 characters and never splitting a character.
    public static func encode(_ text: String) -> String {
        let flat = text.replacingLineBreaks().replacing("\n", with: " ")
        if flat.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) && !flat.contains("=?") {
            return flat
        }
        return words(flat).joined(separator: "\r\n ")
    }

    /// A display name: plain ASCII made of atoms and spaces stays as is; anything else is
    /// quoted (ASCII with specials) or encoded.
    static func phrase(_ text: String) -> String {
        let atom = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~ ")
        if text.allSatisfy(atom.contains) && !text.contains("=?") { return text }
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) && !text.contains("=?") {
            return "\"" + text.replacing("\\", with: "\\\\").replacing("\"", with: "\\\"") + "\""
        }
        return words(text).joined(separator: " ")
    }

    /// Base64 words of whole characters, each within ``maximumLength``.
    private static func words(_ text: String) -> [String] {
        let prefix = "=?UTF-8?B?"
        let suffix = "?="
        // 4 base64 characters per 3 bytes: the payload budget in bytes, a multiple of 3.
        let budget = (maximumLength - prefix.count - suffix.count) / 4 * 3
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > budget, !chunk.isEmpty {
                words.append(prefix + Base64.encode(chunk) + suffix)
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(prefix + Base64.encode(chunk) + suffix) }
        return words
    }
}

/// Base64 (RFC 4648 §4), for encoded words.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")

    static func encode(_ bytes: [UInt8]) -> String {
        var output = ""
        var index = 0
        while index < bytes.count {
            let count = min(3, bytes.count - index)
            let b0 = bytes[index]
            let b1 = count > 1 ? bytes[index + 1] : 0
            let b2 = count > 2 ? bytes[index + 2] : 0
            output.append(alphabet[Int(b0 >> 2)])
            output.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            output.append(count > 1 ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : "=")
            output.append(count > 2 ? alphabet[Int(b2 & 0x3F)] : "=")
            index += 3
        }
        return output
    }
}
