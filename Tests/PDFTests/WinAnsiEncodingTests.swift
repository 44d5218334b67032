import Foundation
import Testing

@testable import PDF

/// French text in WinAnsiEncoding (PDF 32000-1:2008, annex D.2) and the substitutions of what it lacks.
@Suite struct WinAnsiEncodingTests {
    /// Every character French text needs, with its code.
    static let french: [(Character, UInt8)] = [
        ("-", 0x2D), ("é", 0xE9), ("è", 0xE8), ("ê", 0xEA), ("ë", 0xEB), ("à", 0xE0), ("â", 0xE2), ("ä", 0xE4),
        ("ç", 0xE7), ("ù", 0xF9), ("û", 0xFB), ("ü", 0xFC), ("î", 0xEE), ("ï", 0xEF), ("ô", 0xF4),
        ("ö", 0xF6), ("ÿ", 0xFF), ("É", 0xC9), ("È", 0xC8), ("Ê", 0xCA), ("Ë", 0xCB), ("À", 0xC0),
        ("Â", 0xC2), ("Ç", 0xC7), ("Ù", 0xD9), ("Û", 0xDB), ("Ü", 0xDC), ("Î", 0xCE), ("Ï", 0xCF),
        ("Ô", 0xD4), ("Ÿ", 0x9F), ("œ", 0x9C), ("Œ", 0x8C), ("æ", 0xE6), ("Æ", 0xC6), ("«", 0xAB),
        ("»", 0xBB), ("€", 0x80), ("’", 0x92), ("‘", 0x91), ("“", 0x93), ("”", 0x94), ("–", 0x96),
        ("—", 0x97), ("…", 0x85), ("•", 0x95), ("°", 0xB0), ("§", 0xA7), ("‰", 0x89), ("²", 0xB2),
        ("'", 0x27), ("\"", 0x22)
    ]

    @Test func everyFrenchCharacterHasItsCode() {
        for (character, code) in Self.french {
            #expect(WinAnsiEncoding.encode(String(character)) == [code], "\(character)")
            #expect(WinAnsiEncoding.scalar(for: code).map(Character.init) == character, "code \(code)")
        }
    }

    @Test func asciiIsItself() {
        let printable = (0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }
        #expect(WinAnsiEncoding.encode(String(printable)) == Array(0x20...0x7E))
    }

    @Test func decomposedAccentsAreComposed() {
        #expect(WinAnsiEncoding.encode("e\u{0301}te\u{0300}") == [0xE9, 0x74, 0xE8])
        #expect(WinAnsiEncoding.encode("C\u{0327}a") == [0xC7, 0x61])
    }

    @Test func nonBreakingSpacesAreSpacesThatDoNotBreak() {
        #expect(
            WinAnsiEncoding.units("«\u{00A0}a\u{202F}»") == [
                .code(0xAB), .nonBreakingSpace, .code(0x61), .nonBreakingSpace, .code(0xBB)
            ])
        #expect(WinAnsiEncoding.encode("1\u{202F}000\u{00A0}€") == Array("1 000 ".utf8) + [0x80])
        #expect(WinAnsiEncoding.units("a\tb\u{2009}c") == [.code(0x61), .space, .code(0x62), .space, .code(0x63)])
    }

    @Test func whatWinAnsiLacksIsSubstituted() {
        #expect(WinAnsiEncoding.encode("a\u{2011}b\u{2212}c") == Array("a-b-c".utf8))
        #expect(WinAnsiEncoding.encode("\u{2012}\u{2015}") == [0x96, 0x97])
        #expect(
            WinAnsiEncoding.encode("co\u{00AD}opé\u{200B}ra\u{FEFF}tion") == Array("coop".utf8) + [0xE9]
                + Array("ration".utf8))
        #expect(WinAnsiEncoding.encode("😀 ő Ж ✓") == Array("? ? ? ?".utf8))
        #expect(WinAnsiEncoding.encode("a\u{0007}b\u{0085}c") == Array("abc".utf8))
    }

    @Test func lineEndsAreOneNewlineEach() {
        #expect(
            WinAnsiEncoding.units("a\r\nb\rc\nd\n\ne") == [
                .code(0x61), .newline, .code(0x62), .newline, .code(0x63), .newline, .code(0x64), .newline, .newline,
                .code(0x65)
            ])
    }

    @Test func pdftotextGivesBackEveryFrenchCharacter() throws {
        let peers = try PDFPeers()
        defer { peers.remove() }
        let all = String(Self.french.map(\.0))
        let sentence = "« L’œuvre d’Œdipe coûte 12\u{00A0}€ — déjà “vu”… » ; À l’ÉTÉ, Ça s’élève à 3\u{202F}% ?"
        // The title, one character a word, wraps on lines of one-character words (read through
        // their /ActualText); the field and the note fit on their line.
        let spaced = Self.french.map { String($0.0) }.joined(separator: " ")
        let blocks: [PDFBlock] = [.title(spaced), .paragraph(sentence), .field(label: "Garçon", value: all), .note(all)]
        let file = try peers.write(PDFDocument.make(blocks).render())
        #expect(try peers.qpdfCheck(file).status == 0)
        let read = PDFText.body(try peers.pdftotext(file))
        let expected = PDFText.collapsed(PDFText.expected(blocks))
        #expect(read == expected, "\(PDFText.difference(read, expected))")
    }
}
