/// A fragment of HTML that is safe to send: built from string literals written in our code and
/// from interpolated values, each escaped for text and quoted-attribute contexts alike.
///
/// ```swift
/// let title = "<script>alert(1)</script>"
/// let page: HTML = "<h1 class=\"title\">\(title)</h1>"   // the title is escaped
/// ```
///
/// Interpolating another ``HTML`` value inserts it as is (it is safe already). Markup that is not
/// built this way enters only through ``HTML/unescaped(_:)``, whose name makes every use visible
/// in review.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup.
    public private(set) var rendered: String

    private init(rendered: String) {
        self.rendered = rendered
    }

    /// The empty fragment.
    public static let empty = HTML(rendered: "")

    /// A literal written in our code: trusted, inserted as is.
    public init(stringLiteral value: StaticString) {
        rendered = value.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
    }

    /// A literal with interpolations: the literal parts as is, every value escaped.
    public init(stringInterpolation: Interpolation) {
        rendered = stringInterpolation.rendered
    }

    /// Markup taken as is, without escaping: only for markup our code produced (an embedded
    /// SVG, a document read from the binary), never for user text.
    public static func unescaped(_ markup: String) -> HTML {
        HTML(rendered: markup)
    }

    /// `fragments` one after the other.
    public static func joined(_ fragments: some Sequence<HTML>, separator: HTML = .empty) -> HTML {
        HTML(rendered: fragments.map(\.rendered).joined(separator: separator.rendered))
    }

    /// The markup as UTF-8 bytes, for a response body.
    public var bytes: [UInt8] { Array(rendered.utf8) }

    public var description: String { rendered }

    /// Appends `other`.
    public static func + (lhs: HTML, rhs: HTML) -> HTML {
        HTML(rendered: lhs.rendered + rhs.rendered)
    }
}
