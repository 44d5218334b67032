/// The page geometry and the type sizes of a laid-out document, in points.
struct PDFLayoutStyle: Sendable, Hashable {
    /// How one kind of block is set.
    struct Text: Sendable, Hashable {
        var font: PDFFont
        var size: Double
        /// Baseline to baseline.
        var leading: Double
        var spaceBefore: Double
        var spaceAfter: Double
    }

    var pageWidth = 595.0
    var pageHeight = 842.0
    var marginLeft = 56.7
    var marginRight = 56.7
    var marginTop = 56.7
    /// Room kept under the text for the footer.
    var marginBottom = 62.0
    /// The footer's baseline.
    var footerBaseline = 34.0

    var title = Text(font: .helveticaBold, size: 18, leading: 23, spaceBefore: 0, spaceAfter: 12)
    var heading = Text(font: .helveticaBold, size: 12.5, leading: 16, spaceBefore: 12, spaceAfter: 4)
    var body = Text(font: .helvetica, size: 10.5, leading: 14, spaceBefore: 0, spaceAfter: 6)
    var field = Text(font: .helvetica, size: 10.5, leading: 14, spaceBefore: 0, spaceAfter: 3)
    var bullet = Text(font: .helvetica, size: 10.5, leading: 14, spaceBefore: 0, spaceAfter: 3)
    var note = Text(font: .helveticaOblique, size: 8.5, leading: 11, spaceBefore: 0, spaceAfter: 4)
    var footer = Text(font: .helvetica, size: 8, leading: 10, spaceBefore: 0, spaceAfter: 0)
    /// The height of a `.spacer`.
    var spacer = 12.0
    /// How far a bullet's text stands from the bullet.
    var bulletIndent = 14.0

    /// The text column's width.
    var columnWidth: Double { pageWidth - marginLeft - marginRight }

    /// A4 with 2 cm margins, 10.5 pt body text.
    static let standard = PDFLayoutStyle()
}
