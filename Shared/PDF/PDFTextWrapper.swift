/// Breaks styled text into lines no wider than a column, measuring each character with its
/// font's AFM width: lines break at spaces (never at a non-breaking one), runs of spaces count as
/// one, and a word wider than the column is cut between characters.
struct PDFTextWrapper: Sendable {
    /// A stretch of text in one font and size, before wrapping.
    struct Segment: Sendable, Hashable {
        var font: PDFFont
        var size: Double
        var text: String
    }

    /// The column's width in points.
    var width: Double

    private enum Token {
        case word([PDFPage.Run])
        case space(PDFFont, Double)
        case newline
    }

    /// The lines of `segments`, each as its runs (an empty line where two line ends follow).
    func lines(_ segments: [Segment]) -> [[PDFPage.Run]] {
        var builder = LineBuilder(width: width)
        for token in Self.tokens(segments) {
            switch token {
            case .word(let runs): builder.place(runs)
            case .space(let font, let size): builder.pendingSpace = (font, size)
            case .newline: builder.endLine()
            }
        }
        if !builder.line.isEmpty { builder.endLine() }
        return builder.lines
    }

    private static func tokens(_ segments: [Segment]) -> [Token] {
        var tokens: [Token] = []
        var word: [PDFPage.Run] = []
        // A space after a word ending in "-", kept in the word: pdftotext takes a line ending in
        // "-" for a hyphenated word, drops the hyphen and joins the lines.
        var gluedSpace: (font: PDFFont, size: Double)?
        func endWord() {
            if !word.isEmpty { tokens.append(.word(word)) }
            word = []
            gluedSpace = nil
        }
        for segment in segments {
            for unit in WinAnsiEncoding.units(segment.text) {
                switch unit {
                case .code(let code):
                    if let glued = gluedSpace {
                        append(0x20, to: &word, font: glued.font, size: glued.size)
                        gluedSpace = nil
                    }
                    append(code, to: &word, font: segment.font, size: segment.size)
                case .nonBreakingSpace:
                    // One space between two words however they are typed: a wide gap reads as
                    // a column break (pdftotext then reorders the text).
                    gluedSpace = nil
                    if word.isEmpty, case .space? = tokens.last {
                        tokens.removeLast()
                        if case .word(let previous)? = tokens.last {
                            tokens.removeLast()
                            word = previous
                        }
                    }
                    if let last = word.last?.bytes.last, last != 0x20 {
                        append(0x20, to: &word, font: segment.font, size: segment.size)
                    }
                case .space:
                    if gluedSpace != nil || word.last?.bytes.last == 0x20 { continue }
                    if word.last?.bytes.last == 0x2D {
                        gluedSpace = (segment.font, segment.size)
                        continue
                    }
                    endWord()
                    if case .space? = tokens.last {} else { tokens.append(.space(segment.font, segment.size)) }
                case .newline:
                    endWord()
                    tokens.append(.newline)
                }
            }
        }
        endWord()
        return tokens
    }

    /// Appends `code` to the last run of `runs` when it has the same font and size, else in a new run.
    static func append(_ code: UInt8, to runs: inout [PDFPage.Run], font: PDFFont, size: Double) {
        if let last = runs.indices.last, runs[last].font == font, runs[last].size == size {
            runs[last].bytes.append(code)
        } else {
            runs.append(PDFPage.Run(font: font, size: size, bytes: [code]))
        }
    }

    /// Fills lines greedily, word by word.
    private struct LineBuilder {
        let width: Double
        var lines: [[PDFPage.Run]] = []
        var line: [PDFPage.Run] = []
        var lineWidth = 0.0
        /// The space met since the last word, set before the next word if it fits on the line.
        var pendingSpace: (font: PDFFont, size: Double)?

        mutating func endLine() {
            lines.append(line)
            line = []
            lineWidth = 0
            pendingSpace = nil
        }

        mutating func place(_ word: [PDFPage.Run]) {
            let wordWidth = word.reduce(0) { $0 + $1.width }
            if line.isEmpty {
                pendingSpace = nil
                if wordWidth <= width {
                    add(word, width: wordWidth)
                } else {
                    cut(word)
                }
                return
            }
            let space = pendingSpace.map { $0.font.width(of: [0x20], size: $0.size) } ?? 0
            if lineWidth + space + wordWidth <= width {
                if let pendingSpace {
                    PDFTextWrapper.append(0x20, to: &line, font: pendingSpace.font, size: pendingSpace.size)
                }
                pendingSpace = nil
                add(word, width: space + wordWidth)
            } else {
                endLine()
                place(word)
            }
        }

        private mutating func add(_ word: [PDFPage.Run], width: Double) {
            for run in word {
                for byte in run.bytes { PDFTextWrapper.append(byte, to: &line, font: run.font, size: run.size) }
            }
            lineWidth += width
        }

        /// Sets as much of a word too wide for the column as fits (one character at least, and not
        /// ending in "-" when it can, see `tokens`), then the rest on the next lines.
        private mutating func cut(_ word: [PDFPage.Run]) {
            let characters = word.flatMap { run in run.bytes.map { (font: run.font, size: run.size, byte: $0) } }
            var count = 0
            var headWidth = 0.0
            for character in characters {
                let characterWidth = character.font.width(of: [character.byte], size: character.size)
                if count > 0 && headWidth + characterWidth > width { break }
                count += 1
                headWidth += characterWidth
            }
            if count > 1, count < characters.count, characters[count - 1].byte == 0x2D {
                count -= 1
                headWidth -= characters[count].font.width(of: [0x2D], size: characters[count].size)
            }
            var head: [PDFPage.Run] = []
            var rest: [PDFPage.Run] = []
            for (index, character) in characters.enumerated() {
                if index < count {
                    PDFTextWrapper.append(character.byte, to: &head, font: character.font, size: character.size)
                } else {
                    PDFTextWrapper.append(character.byte, to: &rest, font: character.font, size: character.size)
                }
            }
            add(head, width: headWidth)
            if !rest.isEmpty {
                endLine()
                place(rest)
            }
        }
    }
}
