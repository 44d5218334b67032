import Foundation
import Testing

@testable import PDF

/// The files read by real PDF readers: `qpdf --check` accepts them, `pdftotext` gives their text
/// back, `pdfinfo` their metadata.
@Suite struct PDFPeerTests {
    static let agreement: [PDFBlock] = [
        .title("Convention de mission d’intérêt général"),
        .note("Référence CONV-2026-0042 — établie le 7 décembre 2026"),
        .heading("Les parties"),
        .field(label: "Agent", value: "Élodie Lefèvre-Dupré, ingénieure « cloud » au ministère de l’Économie"),
        .field(label: "Administration d’accueil", value: "Direction interministérielle du numérique (DINUM)"),
        .field(label: "Responsable hiérarchique", value: "François Œhler"),
        .heading("Objet"),
        .paragraph(
            "L’agent met ses compétences au service d’une mission d’intérêt général : refonte d’un service "
                + "public numérique, à raison de 2\u{00A0}h par semaine.\nLe coût estimé est de 0\u{00A0}€ pour "
                + "l’administration d’origine ; les frais (≈ 12,50\u{00A0}€) sont remboursés."),
        .bullet("Durée : du 1er janvier au 30 juin 2027 (6 mois)."),
        .bullet("Lieu : à distance — ou à Paris, 20 avenue de Ségur ; accès au bâtiment « Fontenoy »."),
        .spacer,
        .heading("Signatures"),
        .field(label: "Signée par l’agent", value: "le 3 décembre 2026 à 10\u{00A0}h\u{00A0}12"),
        .field(label: "Signée par le responsable", value: ""),
        .pageBreak,
        .heading("Annexe"),
        .paragraph(String(repeating: "Texte de l’annexe, sur plusieurs pages ; ", count: 400)),
        .note("Vérifier : https://talents.numerique.gouv.fr/verifier/CONV-2026-0042?x=(1)&y=\\2")
    ]

    @Test func qpdfAcceptsTheFile() throws {
        let peers = try PDFPeers()
        defer { peers.remove() }
        let file = try peers.write(PDFDocument.make(Self.agreement).render())
        let check = try peers.qpdfCheck(file)
        #expect(check.status == 0, "\(check.stdout) \(check.stderr)")
        #expect(check.stdout.contains("No syntax or stream encoding errors found"))
        #expect(check.stderr.isEmpty, "qpdf warns: \(check.stderr)")
    }

    @Test func pdftotextGivesBackTheText() throws {
        let peers = try PDFPeers()
        defer { peers.remove() }
        let file = try peers.write(PDFDocument.make(Self.agreement).render())
        let output = try peers.pdftotext(file)
        // "≈" is not in WinAnsiEncoding: written "?".
        let expected = PDFText.expected(Self.agreement).replacingOccurrences(of: "≈", with: "?")
        #expect(PDFText.body(output) == PDFText.collapsed(expected))
        #expect(PDFText.pagesWithoutFooters(output).count > 3)
    }

    @Test func pdftotextFindsTheHeadingOnTheAnnexPage() throws {
        let peers = try PDFPeers()
        defer { peers.remove() }
        let file = try peers.write(PDFDocument.make(Self.agreement).render())
        let first = PDFText.collapsed(try peers.pdftotext(file, ["-f", "1", "-l", "1"]))
        let second = PDFText.collapsed(try peers.pdftotext(file, ["-f", "2", "-l", "2"]))
        #expect(first.hasPrefix("Convention de mission d’intérêt général"))
        #expect(first.hasSuffix("Signée par le responsable : Page 1 sur 5"))
        #expect(second.hasPrefix("Annexe Texte de l’annexe"))
    }

    @Test func pdfinfoShowsTheMetadata() throws {
        let peers = try PDFPeers()
        defer { peers.remove() }
        let created = Date(timeIntervalSince1970: 1_796_679_005)  // 2026-12-07 22:30:05 in Paris
        let document = PDFDocument.make(
            Self.agreement, title: "Convention « Œuvre » n° 42 — Élodie", author: "Ministère de l’Économie",
            subject: "Mission d’intérêt général", created: created)
        let file = try peers.write(document.render())
        let info = try peers.pdfinfo(file)
        #expect(info.contains("Title:           Convention « Œuvre » n° 42 — Élodie\n"))
        #expect(info.contains("Author:          Ministère de l’Économie\n"))
        #expect(info.contains("Subject:         Mission d’intérêt général\n"))
        #expect(info.contains("Creator:         Talents — Partagez vos talents numériques\n"))
        #expect(info.contains("Producer:        Talents PDF writer (Shared/PDF)\n"))
        #expect(info.contains("CreationDate:    2026-12-07T22:30:05+01\n"))
        #expect(info.contains("Pages:           5\n"))
        #expect(info.contains("Page size:       595 x 842 pts (A4)\n"))
        #expect(info.contains("PDF version:     1.7\n"))
    }

    @Test func anEmptyDocumentIsAValidPage() throws {
        let peers = try PDFPeers()
        defer { peers.remove() }
        let file = try peers.write(PDFDocument.make([]).render())
        #expect(try peers.qpdfCheck(file).status == 0)
        #expect(PDFText.collapsed(try peers.pdftotext(file)) == "Page 1 sur 1")
    }
}

/// Lines a reader guessing words from glyph positions would misread carry their /ActualText.
@Suite struct PDFActualTextTests {
    @Test func linesOfOneCharacterWordsAndLinesEndingInAHyphenReadBackWhole() throws {
        let peers = try PDFPeers()
        defer { peers.remove() }
        // "? !" alone on its line reads "?!" without /ActualText; "pré-" ending a line reads as a
        // hyphenated word joined to the next line. The last paragraph ends with the line "x ²".
        let blocks: [PDFBlock] = [
            .paragraph("? !"), .paragraph("Mot composé : pré-"), .paragraph("suite"), .bullet("à"),
            .paragraph("mission\nx ²")
        ]
        let bytes = PDFDocument.make(blocks).render()
        let text = String(decoding: bytes.map { $0 < 0x80 ? $0 : 0x3F }, as: UTF8.self)
        #expect(text.contains("/Span << /ActualText <FEFF003F00200021> >> BDC BT"))
        #expect(text.contains("/Span << /ActualText \(PDFString.text("Mot composé : pré- ")) >> BDC BT"))
        #expect(text.contains("/Span << /ActualText \(PDFString.text("x ²")) >> BDC BT"))
        #expect(!text.contains(PDFString.text("suite")))
        let file = try peers.write(bytes)
        #expect(try peers.qpdfCheck(file).status == 0)
        #expect(PDFText.body(try peers.pdftotext(file)) == PDFText.collapsed(PDFText.expected(blocks)))
    }
}

/// Where poppler, with its own metrics of the standard fonts, places the words we wrapped.
@Suite struct PDFWordBoxTests {
    @Test func popplerFindsEveryWordInsideTheColumn() throws {
        let peers = try PDFPeers()
        defer { peers.remove() }
        var generator = SeededGenerator(state: 42)
        let blocks = (0..<60).map { index -> PDFBlock in
            let text = PDFFuzzTests.text(&generator, longWords: index % 3 == 0)
            return [.paragraph(text), .bullet(text), .field(label: "Intitulé", value: text), .heading(text)][index % 4]
        }
        let file = try peers.write(PDFDocument.make(blocks).render())
        let boxes = try peers.pdftotext(file, ["-bbox"])
        let words = boxes.matches(of: /<word xMin="([0-9.]+)" yMin="[0-9.]+" xMax="([0-9.]+)"/)
        #expect(words.count > 500)
        let style = PDFLayoutStyle.standard
        for word in words {
            let (xMin, xMax) = (Double(word.output.1) ?? -1, Double(word.output.2) ?? .infinity)
            #expect(xMin >= style.marginLeft - 0.01 && xMax <= style.pageWidth - style.marginRight + 0.01, "\(word.0)")
        }
    }

    @Test func popplerMeasuresALineAsWeDo() throws {
        let peers = try PDFPeers()
        defer { peers.remove() }
        let title = "Convention de mission d’intérêt général — Œuvre"
        let file = try peers.write(PDFDocument.make([.title(title)]).render())
        let boxes = try peers.pdftotext(file, ["-bbox"])
        let last = try #require(boxes.matches(of: /xMax="([0-9.]+)"[^>]*>Œuvre</).first)
        let width = PDFFont.helveticaBold.width(of: WinAnsiEncoding.encode(title), size: 18)
        #expect(abs((Double(last.output.1) ?? 0) - (56.7 + width)) < 0.01)
    }
}
