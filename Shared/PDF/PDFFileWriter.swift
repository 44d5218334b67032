/// Serialises laid-out pages as a PDF 1.7 file (PDF 32000-1:2008, 7.5): header, numbered
/// objects, the cross-reference table of their byte offsets, the trailer with `/ID`.
///
/// Objects: 1 the catalog, 2 the page tree, 3–5 the fonts, 6 the Info dictionary, then for each
/// page its page object and its content stream (uncompressed: text operators only).
struct PDFFileWriter: Sendable {
    var info: PDFDocument.Info
    /// Page size in points (A4).
    var mediaBox = (width: 595.0, height: 842.0)

    private static let catalog = 1
    private static let pageTree = 2
    private static let infoObject = 6
    private static func fontObject(_ font: PDFFont) -> Int { 2 + font.rawValue }
    private static func pageObject(_ index: Int) -> Int { 7 + 2 * index }
    private static func contentObject(_ index: Int) -> Int { 8 + 2 * index }

    /// The file of `pages`.
    func write(_ pages: [PDFPage]) -> [UInt8] {
        var file = FileBuffer()
        // A comment of four bytes above 0x7F marks the file as binary (7.5.2).
        file.append("%PDF-1.7\n")
        file.bytes += [0x25, 0xE2, 0xE3, 0xCF, 0xD3, 0x0A]

        let kids = pages.indices.map { "\(Self.pageObject($0)) 0 R" }.joined(separator: " ")
        file.object(
            Self.catalog,
            "<< /Type /Catalog /Pages \(Self.pageTree) 0 R /Lang (fr-FR) /ViewerPreferences << /DisplayDocTitle true >> >>"
        )
        file.object(Self.pageTree, "<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>")
        for font in PDFFont.allCases {
            file.object(
                Self.fontObject(font),
                "<< /Type /Font /Subtype /Type1 /BaseFont /\(font.baseFont) /Encoding /WinAnsiEncoding >>")
        }
        file.object(Self.infoObject, infoDictionary())
        let fonts = PDFFont.allCases.map { "/\($0.resourceName) \(Self.fontObject($0)) 0 R" }.joined(separator: " ")
        let box = "[0 0 \(PDFString.number(mediaBox.width)) \(PDFString.number(mediaBox.height))]"
        for (index, page) in pages.enumerated() {
            file.object(
                Self.pageObject(index),
                "<< /Type /Page /Parent \(Self.pageTree) 0 R /MediaBox \(box) /Resources << /Font << \(fonts) >> >>"
                    + " /Contents \(Self.contentObject(index)) 0 R >>")
            let content = Self.content(of: page)
            file.begin(Self.contentObject(index))
            file.append("<< /Length \(content.count) >>\nstream\n")
            file.bytes += content
            file.append("\nendstream\nendobj\n")
        }

        // The cross-reference table: entries of exactly 20 bytes, "nnnnnnnnnn ggggg n\r\n" (7.5.4).
        let size = Self.contentObject(pages.count - 1) + 1
        let id = PDFString.hex(FileIdentifier.digest(file.bytes))
        let xref = file.bytes.count
        file.append("xref\n0 \(size)\n0000000000 65535 f\r\n")
        for number in 1..<size {
            let offset = String(file.offsets[number] ?? 0)
            file.append(String(repeating: "0", count: 10 - offset.count) + offset + " 00000 n\r\n")
        }
        file.append("trailer\n<< /Size \(size) /Root \(Self.catalog) 0 R /Info \(Self.infoObject) 0 R")
        file.append(" /ID [<\(id)> <\(id)>] >>\nstartxref\n\(xref)\n%%EOF\n")
        return file.bytes
    }

    private func infoDictionary() -> String {
        let date = "(" + PDFDate.string(info.created, in: info.timeZone) + ")"
        var entries = [
            "/Title \(PDFString.text(info.title))",
            "/Author \(PDFString.text(info.author))"
        ]
        if let subject = info.subject { entries.append("/Subject \(PDFString.text(subject))") }
        entries += [
            "/Creator \(PDFString.text(info.creator))",
            "/Producer \(PDFString.text("Talents PDF writer (Shared/PDF)"))",
            "/CreationDate \(date)",
            "/ModDate \(date)"
        ]
        return "<< " + entries.joined(separator: " ") + " >>"
    }

    /// The page's content stream: one text object per line, each run after the other (9.4).
    static func content(of page: PDFPage) -> [UInt8] {
        var out: [UInt8] = []
        for line in page.lines {
            let actualText = actualText(of: line)
            if let actualText { out += Array("/Span << /ActualText \(PDFString.text(actualText)) >> BDC ".utf8) }
            out += Array("BT 1 0 0 1 \(PDFString.number(line.x)) \(PDFString.number(line.y)) Tm".utf8)
            for run in line.runs {
                out += Array(" /\(run.font.resourceName) \(PDFString.number(run.size)) Tf ".utf8)
                out += PDFString.literal(run.bytes)
                out += Array(" Tj".utf8)
            }
            out += Array(" ET".utf8)
            if actualText != nil { out += Array(" EMC".utf8) }
            out += [0x0A]
        }
        return out
    }

    /// The text of a line that readers guessing words from glyph positions would misread, given
    /// as its replacement text (14.9.4), or nil for the others. Two cases, both found with
    /// pdftotext: a line whose words are all one character ("? !") has evenly spaced glyphs, which
    /// read as one word ("?!"); a line ending in "-" reads as a hyphenated word, its hyphen
    /// dropped and the next line joined — the replacement ends with a space to say it is not.
    static func actualText(of line: PDFPage.Line) -> String? {
        let bytes = line.runs.flatMap(\.bytes)
        let words = bytes.split(separator: 0x20)
        let evenlySpaced = words.count > 1 && words.allSatisfy { $0.count == 1 }
        let hyphenEnded = bytes.last(where: { $0 != 0x20 }) == 0x2D
        guard evenlySpaced || hyphenEnded else { return nil }
        let text = String(String.UnicodeScalarView(bytes.compactMap(WinAnsiEncoding.scalar(for:))))
        return hyphenEnded ? text + " " : text
    }

    /// The file being written, with the offset of each object.
    private struct FileBuffer {
        var bytes: [UInt8] = []
        var offsets: [Int: Int] = [:]

        mutating func append(_ text: String) { bytes += Array(text.utf8) }

        mutating func begin(_ number: Int) {
            offsets[number] = bytes.count
            append("\(number) 0 obj\n")
        }

        mutating func object(_ number: Int, _ body: String) {
            begin(number)
            append(body + "\nendobj\n")
        }
    }
}
