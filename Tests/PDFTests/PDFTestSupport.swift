import Foundation
import Testing

@testable import PDF

/// Helpers to read back what the writer wrote.
enum PDFText {
    /// `text` with every run of white space (spaces, line ends, form feeds) as one space, trimmed.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `text` without any white space: what survives a line cut inside a word.
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
    }

    /// Where `read` and `expected` first differ, with some context, for a failure's message.
    static func difference(_ read: String, _ expected: String) -> String {
        let a = Array(read)
        let b = Array(expected)
        let first = zip(a, b).prefix { $0 == $1 }.count
        let from = max(0, first - 40)
        return
            "read …\(String(a[from..<min(a.count, first + 40)]))… expected …\(String(b[from..<min(b.count, first + 40)]))…"
    }

    /// The text `blocks` should read as, in order, the non-breaking spaces as spaces.
    static func expected(_ blocks: [PDFBlock]) -> String {
        let parts: [String] = blocks.compactMap { block in
            switch block {
            case .title(let text), .heading(let text), .paragraph(let text), .note(let text): text
            case .field(let label, let value): label + " : " + value
            case .bullet(let text): "• " + text
            case .spacer, .pageBreak: nil
            }
        }
        let joined = parts.joined(separator: " ")
        return String(
            String.UnicodeScalarView(joined.unicodeScalars.map { [0xA0, 0x202F].contains($0.value) ? " " : $0 }))
    }

    /// The pages of pdftotext's output, each without its footer, after checking that the footer
    /// reads "Page i sur n".
    static func pagesWithoutFooters(_ output: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
        var pages = output.components(separatedBy: "\u{0C}")
        if pages.last.map({ collapsed($0).isEmpty }) == true { pages.removeLast() }
        return pages.enumerated().map { index, page in
            let footer = "Page \(index + 1) sur \(pages.count)"
            let text = collapsed(page)
            #expect(text.hasSuffix(footer), "page \(index + 1) ends with its footer", sourceLocation: sourceLocation)
            return text.hasSuffix(footer) ? String(text.dropLast(footer.count)) : text
        }
    }

    /// The whole text of pdftotext's output without the footers, white space collapsed.
    static func body(_ output: String, sourceLocation: SourceLocation = #_sourceLocation) -> String {
        collapsed(pagesWithoutFooters(output, sourceLocation: sourceLocation).joined(separator: " "))
    }
}

/// SplitMix64: the same numbers for the same seed, on every platform.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension PDFDocument {
    /// A document of `blocks` with fixed metadata.
    static func make(
        _ blocks: [PDFBlock], title: String = "Convention de mission", author: String = "Talents",
        subject: String? = nil, created: Date = Date(timeIntervalSince1970: 1_796_000_000)
    ) -> PDFDocument {
        var document = PDFDocument(info: .init(title: title, author: author, subject: subject, created: created))
        document.add(contentsOf: blocks)
        return document
    }
}

/// The cross-reference table and trailer of a file, read back from its bytes.
struct ParsedPDF {
    /// The file as Latin-1 text (one character a byte, so offsets are byte offsets).
    let text: [UInt8]
    let startxref: Int
    /// The xref section's lines after "xref", as bytes.
    let entries: [[UInt8]]
    let trailer: String

    init(_ bytes: [UInt8]) throws {
        text = bytes
        let whole = String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
        guard let marker = whole.range(of: "startxref\n", options: .backwards) else {
            throw PDFPeerFailure(description: "no startxref")
        }
        let after = whole[marker.upperBound...].prefix { $0.isNumber }
        startxref = Int(after) ?? -1
        let xref = Array(bytes[startxref...])
        // "xref\n0 N\n" then N entries of 20 bytes.
        let header = String(decoding: xref.prefix(64), as: UTF8.self).split(separator: "\n", maxSplits: 2)
        let count = Int(header[1].split(separator: " ")[1]) ?? 0
        let start = header[0].utf8.count + header[1].utf8.count + 2
        entries = (0..<count).map { Array(xref[(start + 20 * $0)..<(start + 20 * ($0 + 1))]) }
        trailer = String(decoding: xref[(start + 20 * count)...], as: UTF8.self)
    }
}
