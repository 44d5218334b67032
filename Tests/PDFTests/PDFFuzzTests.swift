import Foundation
import Testing

@testable import PDF

/// Several hundred documents of random French text (seeded: the same documents on every run),
/// each checked by `qpdf --check` and read back with `pdftotext`.
@Suite struct PDFFuzzTests {
    /// Pieces of French text, with what a writer must escape or substitute.
    static let words = [
        "mission", "d’intérêt", "général", "l’Œuvre", "cœur", "«\u{00A0}talents\u{00A0}»", "12\u{202F}€", "—", "–",
        "…", "“guillemets”", "(parenthèse)", "anti\\slash", ")(", "\\", "Ça", "ÉTÉ", "août", "naïf", "Noël",
        "coût", "où", "déjà", "é", "?", "!", ";", ":", "%", "100\u{00A0}%", "A-B", "x", "W", "iiii",
        "agent·e", "ministère", "•", "‰", "°C", "²", "ÿ", "Ÿ", "§",
        // A tab and the three line ends, a decomposed accent, a lone non-breaking space.
        "\t", "\r\n", "\r", "fe\u{0301}te", "\u{00A0}", "1\u{202F}000"
    ]

    /// A random string: words, spaces, line ends; sometimes empty, only spaces or one endless word.
    static func text(_ generator: inout SeededGenerator, longWords: Bool) -> String {
        switch Int.random(in: 0..<20, using: &generator) {
        case 0: return ""
        case 1: return String(repeating: " ", count: Int.random(in: 1...30, using: &generator))
        default: break
        }
        var parts: [String] = []
        for _ in 0..<Int.random(in: 1...80, using: &generator) {
            switch Int.random(in: 0..<30, using: &generator) {
            case 0: parts.append("\n")
            case 1: parts.append("   ")
            case 2 where longWords:
                parts.append(
                    String(
                        (0..<Int.random(in: 60...400, using: &generator)).map { _ in
                            "abcdéèœ€(\\)MWi".randomElement(using: &generator) ?? "a"
                        }))
            default: parts.append(words.randomElement(using: &generator) ?? "")
            }
        }
        return parts.joined(separator: " ")
    }

    static func document(_ generator: inout SeededGenerator, longWords: Bool) -> [PDFBlock] {
        (0..<Int.random(in: 0...25, using: &generator)).map { _ in
            let text = text(&generator, longWords: longWords)
            switch Int.random(in: 0..<9, using: &generator) {
            case 0: return .title(text)
            case 1: return .heading(text)
            case 2: return .field(label: Self.text(&generator, longWords: false), value: text)
            case 3: return .bullet(text)
            case 4: return .note(text)
            case 5: return .spacer
            case 6: return .pageBreak
            default: return .paragraph(text)
            }
        }
    }

    @Test(arguments: 0..<6) func randomDocumentsAreValidAndReadBack(batch: Int) throws {
        let peers = try PDFPeers()
        defer { peers.remove() }
        var generator = SeededGenerator(state: 2026 + UInt64(batch))
        for index in 0..<60 {
            // Every other document has words wider than the column, cut between characters: its
            // text then reads back whole only without white space.
            let longWords = index % 2 == 1
            let blocks = Self.document(&generator, longWords: longWords)
            let bytes = PDFDocument.make(blocks, title: Self.text(&generator, longWords: false)).render()
            let file = try peers.write(bytes, "fuzz-\(batch)-\(index).pdf")
            let check = try peers.qpdfCheck(file)
            #expect(
                check.status == 0 && check.stderr.isEmpty, "document \(batch)/\(index): \(check.stdout) \(check.stderr)"
            )
            let read = PDFText.body(try peers.pdftotext(file))
            let expected = PDFText.expected(blocks)
            if longWords {
                let (squeezedRead, squeezedExpected) = (PDFText.squeezed(read), PDFText.squeezed(expected))
                #expect(
                    squeezedRead == squeezedExpected,
                    "document \(batch)/\(index): \(PDFText.difference(squeezedRead, squeezedExpected))")
            } else {
                let collapsed = PDFText.collapsed(expected)

                #expect(read == collapsed, "document \(batch)/\(index): \(PDFText.difference(read, collapsed))")
            }
        }
    }
}
