/// A block of a `PDFDocument`: what it says and how it is set, laid out top to bottom.
public enum PDFBlock: Sendable, Hashable {
    /// The document's title, large and bold, once at the top.
    case title(String)
    /// A section heading in bold, kept on the same page as the first line of what follows it.
    case heading(String)
    /// Body text wrapped to the column; `"\n"` starts a new line.
    case paragraph(String)
    /// "Label : value", the label in bold, wrapped like a paragraph.
    case field(label: String, value: String)
    /// "• text", wrapped with a hanging indent.
    case bullet(String)
    /// Smaller, slanted text: a reference, a verification address.
    case note(String)
    /// Vertical space.
    case spacer
    /// Starts a new page (nothing on a page still empty).
    case pageBreak
}
