public import Foundation

/// A text document written as a PDF 1.7 file: A4 pages, the standard Helvetica fonts in
/// WinAnsiEncoding (French text, see `WinAnsiEncoding`), wrapped lines, page breaks and a
/// "Page 1 sur 3" footer, the document's metadata in the Info dictionary.
///
/// It writes no images, embeds no font and is not a tagged PDF: the accessible version of each
/// document is its print HTML page.
///
/// ```swift
/// var document = PDFDocument(info: .init(title: "Convention", author: "Talents", created: now))
/// document.add(.title("Convention de mission"))
/// document.add(.field(label: "Référence", value: "CONV-2026-0042"))
/// let bytes = document.render()
/// ```
public struct PDFDocument: Sendable {
    /// The document's metadata, written in the file's Info dictionary.
    public struct Info: Sendable {
        /// The title (`/Title`), which viewers show instead of the file name.
        public var title: String
        /// Who wrote the document (`/Author`): the service or the person issuing it.
        public var author: String
        /// What the document is about (`/Subject`), if anything.
        public var subject: String?
        /// When the document was written (`/CreationDate` and `/ModDate`).
        public var created: Date
        /// The time zone the dates are written in, with their offset (Europe/Paris by default).
        public var timeZone: TimeZone = PDFDate.paris
        /// The application that made the document (`/Creator`).
        public var creator: String = "Talents — Partagez vos talents numériques"

        /// The metadata of a document titled `title`, by `author`, written at `created`.
        public init(title: String, author: String, subject: String? = nil, created: Date) {
            self.title = title
            self.author = author
            self.subject = subject
            self.created = created
        }
    }

    /// The document's metadata.
    public var info: Info
    /// The blocks of text, in reading order.
    public private(set) var blocks: [PDFBlock] = []

    /// An empty document (one page with its footer until blocks are added).
    public init(info: Info) {
        self.info = info
    }

    /// Appends `block` to the document.
    public mutating func add(_ block: PDFBlock) {
        blocks.append(block)
    }

    /// Appends `blocks` to the document, in order.
    public mutating func add(contentsOf blocks: [PDFBlock]) {
        self.blocks.append(contentsOf: blocks)
    }

    /// The file's bytes.
    public func render() -> [UInt8] {
        let pages = PDFLayout(style: .standard).pages(for: blocks)
        return PDFFileWriter(info: info).write(pages)
    }
}
