import Domain
public import Foundation
public import HTTP
import PDF
public import Workflows

/// The PDF of a ``PrintableDocument`` (issue 20), written by our writer (`Shared/PDF`) from the
/// same value as its print page, so that both say the same: the title, the summary, each
/// section's heading, paragraphs and "label : value" lines, and the line saying when and by whom
/// it was produced. Used by the web front's downloads and the JSON API's.
public enum DocumentPDF {
    /// The bytes of `document` as a PDF file (A4; title, author, subject and creation date in
    /// its metadata).
    public static func render(_ document: PrintableDocument) -> [UInt8] {
        let created = Date(timeIntervalSince1970: TimeInterval(document.createdAt.millisecondsSinceEpoch) / 1000)
        var pdf = PDFDocument(
            info: .init(title: document.title, author: document.author, subject: document.summary, created: created))
        pdf.add(.title(document.title))
        pdf.add(.paragraph(document.summary))
        for section in document.sections {
            pdf.add(.heading(section.heading))
            for paragraph in section.paragraphs { pdf.add(.paragraph(paragraph)) }
            for line in section.lines { pdf.add(.field(label: line.label, value: line.value)) }
        }
        pdf.add(.spacer)
        pdf.add(.note(document.colophon))
        return pdf.render()
    }

    /// The download of `document`: `application/pdf`, to save as its file name, not cached.
    public static func response(_ document: PrintableDocument) -> HTTPResponse {
        var response = HTTPResponse(status: .ok, contentType: "application/pdf", body: render(document))
        response.headers["Content-Disposition"] = "attachment; filename=\"\(document.filename)\""
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
    }
}
