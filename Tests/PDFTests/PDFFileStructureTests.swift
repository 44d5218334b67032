import Foundation
import Testing

@testable import PDF

/// The file's syntax as PDF 32000-1:2008 section 7.5 writes it: header, objects at the offsets
/// the cross-reference table gives, 20-byte entries, the trailer.
@Suite struct PDFFileStructureTests {
    static let blocks: [PDFBlock] = [
        .title("Ordre de mission"),
        .field(label: "Référence", value: "OM-2026-0042"),
        .heading("Les parties"),
        .paragraph(String(repeating: "Une phrase assez longue pour remplir des lignes. ", count: 120)),
        .bullet("Premier point"),
        .note("Vérifiable à https://talents.example.gouv.fr/verifier/abc")
    ]

    @Test func startsWithTheHeaderAndABinaryComment() {
        let bytes = PDFDocument.make(Self.blocks).render()
        #expect(Array(bytes.prefix(9)) == Array("%PDF-1.7\n".utf8))
        #expect(bytes[9] == 0x25)
        #expect(bytes[10...13].allSatisfy { $0 > 0x7F })
        #expect(Array(bytes.suffix(6)) == Array("%%EOF\n".utf8))
    }

    @Test func crossReferenceEntriesAreTwentyBytes() throws {
        let file = try ParsedPDF(PDFDocument.make(Self.blocks).render())
        #expect(file.entries.count > 8)
        #expect(file.entries[0] == Array("0000000000 65535 f\r\n".utf8))
        for entry in file.entries.dropFirst() {
            #expect(entry.count == 20)
            let text = String(decoding: entry, as: UTF8.self)
            #expect(text.wholeMatch(of: /[0-9]{10} 00000 n\r\n/) != nil, "entry \(text.debugDescription)")
        }
    }

    @Test func objectsStartAtTheOffsetsOfTheCrossReferenceTable() throws {
        let bytes = PDFDocument.make(Self.blocks).render()
        let file = try ParsedPDF(bytes)
        #expect(Array(bytes[file.startxref..<(file.startxref + 5)]) == Array("xref\n".utf8))
        var previous = 0
        for (number, entry) in file.entries.enumerated().dropFirst() {
            let offset = try #require(Int(String(decoding: entry.prefix(10), as: UTF8.self)))
            let header = Array("\(number) 0 obj\n".utf8)
            #expect(Array(bytes[offset..<(offset + header.count)]) == header, "object \(number) at \(offset)")
            // An object starts on a new line, after the one before it.
            #expect(bytes[offset - 1] == 0x0A)
            #expect(offset > previous)
            previous = offset
        }
    }

    @Test func streamLengthsAreExact() throws {
        let bytes = PDFDocument.make(Self.blocks).render()
        let text = String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
        let streams = text.matches(of: /<< \/Length ([0-9]+) >>\nstream\n/)
        #expect(streams.count >= 2)
        for stream in streams {
            let length = try #require(Int(stream.output.1))
            let start = text.utf8.distance(from: text.utf8.startIndex, to: stream.range.upperBound)
            let end = Array("\nendstream\nendobj\n".utf8)
            #expect(Array(bytes[(start + length)..<(start + length + end.count)]) == end)
        }
    }

    @Test func trailerNamesTheRootTheInfoAndAnIdentifier() throws {
        let file = try ParsedPDF(PDFDocument.make(Self.blocks).render())
        #expect(file.trailer.hasPrefix("trailer\n<< /Size \(file.entries.count) /Root 1 0 R /Info 6 0 R /ID ["))
        let ids = file.trailer.matches(of: /<([0-9A-F]{32})>/).map { String($0.output.1) }
        #expect(ids.count == 2)
        #expect(ids.first == ids.last)
        #expect(file.trailer.hasSuffix(">>\nstartxref\n\(file.startxref)\n%%EOF\n"))
    }

    @Test func theSameDocumentIsTheSameFileAndAnotherGetsAnotherIdentifier() throws {
        let first = PDFDocument.make(Self.blocks).render()
        #expect(first == PDFDocument.make(Self.blocks).render())
        let other = try ParsedPDF(PDFDocument.make(Self.blocks + [.paragraph("Un mot de plus")]).render())
        #expect(try ParsedPDF(first).trailer != other.trailer)
    }

    @Test func pagesAreA4WithTheThreeFonts() {
        let text = String(decoding: PDFDocument.make(Self.blocks).render().map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
        #expect(text.contains("/MediaBox [0 0 595 842]"))
        for font in ["Helvetica", "Helvetica-Bold", "Helvetica-Oblique"] {
            #expect(text.contains("/BaseFont /\(font) /Encoding /WinAnsiEncoding"))
        }
        #expect(text.contains("/Lang (fr-FR)"))
    }
}
