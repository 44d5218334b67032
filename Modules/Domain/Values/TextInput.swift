/// The rule every text a person types follows, whatever the way in (JSON API, web form,
/// command line): no control characters but tab and line feed (issue 15).
///
/// NUL cuts strings short in C libraries and logs, escape sequences (`ESC [`) rewrite a
/// terminal that prints the text, and none of these is ever typed on purpose. Refused: the C0
/// controls U+0000 to U+001F except tab (U+0009) and line feed (U+000A), and DEL (U+007F).
/// A carriage return is refused too: a browser's CRLF line breaks are turned into line feeds by
/// ``normalizingLineBreaks(_:)`` before the check, which is what a form reader does.
public enum TextInput {
    /// Whether `scalar` may not appear in a text.
    public static func isRefused(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0x00...0x1F, 0x7F: true
        default: false
        }
    }

    /// The first refused character of `text`, or nil.
    public static func firstRefused(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isRefused)
    }

    /// Checks `text`, the value of `field`.
    /// - Throws: ``TextInputError/controlCharacter(field:scalar:)`` at the first refused character.
    public static func check(_ text: String, field: String) throws(TextInputError) {
        if let scalar = firstRefused(in: text) {
            throw TextInputError.controlCharacter(field: field, scalar: scalar.value)
        }
    }

    /// `text` with its line breaks as a browser sends them (CRLF, or a lone CR) turned into line
    /// feeds (the HTML standard's "normalize newlines").
    public static func normalizingLineBreaks(_ text: String) -> String {
        guard text.utf8.contains(0x0D) else { return text }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                result.append("\n")
                previousWasCR = true
            } else {
                if !(scalar == "\n" && previousWasCR) { result.append(scalar) }
                previousWasCR = false
            }
        }
        return String(result)
    }
}
