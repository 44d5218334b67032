import Domain
import Testing

@Suite("TextInput: no control characters in text")
struct TextInputTests {
    @Test func refusesNulTheC0ControlsButTabAndLineFeedAndDel() {
        for value in UInt32(0)...0x7F {
            let scalar = Unicode.Scalar(value)!
            let refused = value < 0x20 && value != 0x09 && value != 0x0A || value == 0x7F
            #expect(TextInput.isRefused(scalar) == refused, "U+\(String(value, radix: 16))")
        }
        // Beyond ASCII, letters, symbols and emoji are text.
        for text in ["é", "€", "«", "\u{00A0}", "👩🏽‍💻", "\u{2028}"] {
            #expect(TextInput.firstRefused(in: text) == nil, "\(text)")
        }
    }

    @Test func checkNamesTheFieldAndTheCharacterNeverTheText() throws {
        #expect(throws: TextInputError.controlCharacter(field: "title", scalar: 0)) {
            try TextInput.check("Audit\u{0}secret", field: "title")
        }
        do {
            try TextInput.check("Titre \u{1B}[2J", field: "skills[2].name")
            Issue.record("an escape was accepted")
        } catch {
            #expect(error.code == "text-control-character")
            #expect(error.field == "skills[2].name")
            #expect(error.kind == .invalidValue)
            #expect(error.message.contains("U+001B"))
            #expect(!error.message.contains("Titre"))
        }
        try TextInput.check("Ligne 1\n\tLigne 2", field: "description")
        try TextInput.check("", field: "description")
    }

    @Test func normalisesTheLineBreaksABrowserSends() throws {
        #expect(TextInput.normalizingLineBreaks("a\r\nb\rc\nd\r\n\r\ne") == "a\nb\nc\nd\n\ne")
        #expect(TextInput.normalizingLineBreaks("sans retour") == "sans retour")
        #expect(TextInput.normalizingLineBreaks("\r") == "\n")
        // A textarea's text passes once normalised; a lone CR is still a control character before.
        try TextInput.check(TextInput.normalizingLineBreaks("Ligne 1\r\nLigne 2"), field: "description")
        #expect(throws: TextInputError.self) { try TextInput.check("Ligne 1\r\nLigne 2", field: "description") }
    }
}
