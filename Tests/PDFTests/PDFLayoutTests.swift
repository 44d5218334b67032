import Foundation
import Testing

@testable import PDF

/// Wrapping with the fonts' AFM widths and page breaks, on the laid-out pages.
@Suite struct PDFLayoutTests {
    let style = PDFLayoutStyle.standard
    var layout: PDFLayout { PDFLayout(style: style) }

    private func textLines(_ page: PDFPage) -> [PDFPage.Line] {
        page.lines.filter { $0.y > style.footerBaseline }
    }

    @Test func helveticaWidthsAreAdobes() {
        // Helvetica.afm: a 556, W 944, i 222, space 278, é 556, œ 944, € 556; Helvetica-Bold: a 556, W 944, i 278.
        #expect(PDFFont.helvetica.width(of: Array("aWi ".utf8), size: 1000) == 2000)
        #expect(PDFFont.helvetica.width(of: [0xE9, 0x9C, 0x80], size: 10) == 20.56)
        #expect(PDFFont.helveticaBold.width(of: Array("aWi".utf8), size: 1000) == 1778)
        #expect(PDFFont.helveticaOblique.widths == PDFFont.helvetica.widths)
    }

    @Test func noLineIsWiderThanTheColumn() {
        var generator = SeededGenerator(state: 20)
        let words = [
            "mission", "Œuvre", "d’intérêt", "général", "«\u{00A0}numérique\u{00A0}»", "W", "iii", "—", "MMMMMMMM"
        ]
        for _ in 0..<200 {
            let count = Int.random(in: 1...120, using: &generator)
            let text = (0..<count).map { _ in words.randomElement(using: &generator) ?? "" }.joined(separator: " ")
            let blocks: [PDFBlock] = [
                .title(text), .heading(text), .paragraph(text), .field(label: "Intitulé", value: text), .bullet(text),
                .note(text)
            ]
            for page in layout.pages(for: blocks) {
                for line in textLines(page) {
                    #expect(line.x >= style.marginLeft - 1e-9)
                    #expect(line.x + line.width <= style.pageWidth - style.marginRight + 1e-9)
                }
            }
        }
    }

    @Test func linesAreFilledAsFarAsTheColumnAllows() {
        // Greedy: each line but the last could not take the next word.
        let text = String(repeating: "abc défg hi jklmnopq ", count: 40)
        let wrapper = PDFTextWrapper(width: style.columnWidth)
        let lines = wrapper.lines([.init(font: .helvetica, size: 10.5, text: text)])
        #expect(lines.count > 3)
        for (line, next) in zip(lines, lines.dropFirst()) {
            let width = line.reduce(0) { $0 + $1.width }
            let nextWord = Array(next[0].bytes.prefix { $0 != 0x20 })
            let extra = PDFFont.helvetica.width(of: [0x20] + nextWord, size: 10.5)
            #expect(width + extra > style.columnWidth)
        }
    }

    @Test func aWordWiderThanTheColumnIsCut() {
        let word = String(repeating: "m", count: 200)
        let lines = PDFTextWrapper(width: 100).lines([.init(font: .helvetica, size: 10, text: word + " fin")])
        // m is 833/1000 em: 12 fit in 100 pt at 10 pt (99.96).
        #expect(lines.map { $0.map(\.bytes.count).reduce(0, +) } == [12] + Array(repeating: 12, count: 15) + [8 + 4])
        let narrow = PDFTextWrapper(width: 1).lines([.init(font: .helvetica, size: 10, text: "ab")])
        #expect(narrow.count == 2, "one character a line at least")
    }

    @Test func nonBreakingSpacesKeepWordsTogether() {
        // "aaaa" 22.24 pt, a space 2.78, "« bbb »" 33.36: on one line in 60 pt, on two in 50.
        #expect(
            PDFTextWrapper(width: 60).lines([.init(font: .helvetica, size: 10, text: "aaaa «\u{00A0}bbb\u{00A0}»")])
                .count == 1)
        let wrapper = PDFTextWrapper(width: 50)
        let lines = wrapper.lines([.init(font: .helvetica, size: 10, text: "aaaa «\u{00A0}bbb\u{00A0}»")])
        #expect(
            lines.map { $0.flatMap(\.bytes) } == [Array("aaaa".utf8), [0xAB, 0x20] + Array("bbb".utf8) + [0x20, 0xBB]])
    }

    @Test func lineEndsAndSpacesInParagraphs() {
        let wrapper = PDFTextWrapper(width: 300)
        let lines = wrapper.lines([.init(font: .helvetica, size: 10, text: "  un   deux \ntrois\n\nquatre  ")])
        #expect(
            lines.map { String(decoding: $0.flatMap(\.bytes), as: UTF8.self) } == ["un deux", "trois", "", "quatre"])
        #expect(wrapper.lines([.init(font: .helvetica, size: 10, text: "   ")]).isEmpty)
        #expect(wrapper.lines([.init(font: .helvetica, size: 10, text: "")]).isEmpty)
    }

    @Test func aFieldHasItsLabelInBold() throws {
        let page = try #require(layout.pages(for: [.field(label: "Référence", value: "OM-42")]).first)
        let runs = try #require(page.lines.first?.runs)
        #expect(runs.map(\.font) == [.helveticaBold, .helvetica])
        #expect(runs[0].bytes == Array("R".utf8) + [0xE9] + Array("f".utf8) + [0xE9] + Array("rence :".utf8))
        #expect(runs[1].bytes == Array(" OM-42".utf8))
    }

    @Test func aLongDocumentMakesAsManyPagesAsItsLinesNeed() {
        // One-line paragraphs take 14 + 6 pt; from 785.3 down to 62 that is 36 a page.
        let blocks = (1...100).map { PDFBlock.paragraph("Paragraphe \($0)") }
        let pages = layout.pages(for: blocks)
        #expect(pages.map { textLines($0).count } == [36, 36, 28])
        for page in pages {
            for line in page.lines {
                #expect(line.y >= style.footerBaseline && line.y <= style.pageHeight - style.marginTop)
            }
            #expect(textLines(page).allSatisfy { $0.y - 14 * 0.22 >= style.marginBottom })
        }
        #expect(layout.pages(for: (1...36).map { PDFBlock.paragraph("\($0)") }).count == 1)
        #expect(layout.pages(for: (1...37).map { PDFBlock.paragraph("\($0)") }).count == 2)
    }

    @Test func everyPageHasItsFooter() {
        let pages = layout.pages(for: (1...100).map { PDFBlock.paragraph("Paragraphe \($0)") })
        for (index, page) in pages.enumerated() {
            let footer = page.lines.filter { $0.y == style.footerBaseline }
            #expect(footer.count == 1)
            #expect(footer.first?.runs.first?.bytes == Array("Page \(index + 1) sur 3".utf8))
        }
    }

    @Test func aHeadingIsNeverLastOnItsPage() {
        var generator = SeededGenerator(state: 7)
        for _ in 0..<100 {
            var blocks: [PDFBlock] = []
            for _ in 0..<Int.random(in: 10...80, using: &generator) {
                switch Int.random(in: 0..<4, using: &generator) {
                case 0: blocks.append(.heading("Titre de section"))
                case 1: blocks.append(.spacer)
                default:
                    blocks.append(
                        .paragraph(String(repeating: "mot ", count: Int.random(in: 1...60, using: &generator))))
                }
            }
            // The last page may end with a heading that nothing follows.
            for page in layout.pages(for: blocks).dropLast() {
                let lines = textLines(page)
                if let last = lines.last { #expect(last.runs.first?.font != .helveticaBold, "heading at a page end") }
            }
        }
    }

    @Test func pageBreaksStartPagesButNeverBlankOnes() {
        let pages = layout.pages(for: [
            .pageBreak, .paragraph("un"), .pageBreak, .pageBreak, .paragraph("deux"), .pageBreak
        ])
        #expect(pages.map { textLines($0).count } == [1, 1])
        #expect(layout.pages(for: []).count == 1, "an empty document is one page with its footer")
    }

    @Test func noLineEndsWithAHyphenWhereItCanBeAvoided() {
        // pdftotext drops a hyphen ending a line and joins the lines: the space after a word ending
        // in "-" does not break, and a cut word does not end a line with "-".
        let wrapper = PDFTextWrapper(width: 40)
        let glued = wrapper.lines([.init(font: .helvetica, size: 10, text: "aaaaa bb- cc dd")])
        #expect(glued.map { String(decoding: $0.flatMap(\.bytes), as: UTF8.self) } == ["aaaaa", "bb- cc", "dd"])
        // Six "m" and the hyphen fill 60 pt: the cut would fall after the hyphen, so it falls before.
        let cut = PDFTextWrapper(width: 60).lines([.init(font: .helvetica, size: 10, text: "mmmmmm-mmmmm")])
        #expect(cut.map { String(decoding: $0.flatMap(\.bytes), as: UTF8.self) } == ["mmmmmm", "-mmmmm"])
    }

    @Test func aBulletHangsAndStandsOnTheFirstLine() throws {
        let text = String(repeating: "point ", count: 60)
        let page = try #require(layout.pages(for: [.bullet(text)]).first)
        let lines = textLines(page)
        #expect(lines[0].runs[0].bytes == [0x95])
        #expect(lines[0].x == style.marginLeft)
        #expect(lines[1].y == lines[0].y)
        #expect(lines.dropFirst().allSatisfy { $0.x == style.marginLeft + style.bulletIndent })
        #expect(lines.count > 3)
    }
}

extension PDFLayoutTests {
    @Test func spacesNextToNonBreakingOnesAreOneSpace() {
        // A run of spaces is a wide gap that readers take for a column break.
        let wrapper = PDFTextWrapper(width: 400)
        let lines = wrapper.lines([
            .init(font: .helvetica, size: 10, text: "a \u{00A0} b\u{00A0} c \u{00A0}d\u{00A0}\u{202F}e \u{00A0}")
        ])
        #expect(lines.map { String(decoding: $0.flatMap(\.bytes), as: UTF8.self) } == ["a b c d e "])
        let field = PDFLayout(style: .standard).pages(for: [.field(label: "", value: "x")])
        #expect(field.first?.lines.first?.runs.flatMap(\.bytes) == Array(": x".utf8))
    }
}
