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
///
/// The markup is held as UTF-8 bytes in one buffer: literals and fragments are appended to it,
/// values escaped straight into it, and ``bytes`` hands that buffer to a response as is.
public struct HTML: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    /// The markup as UTF-8 bytes, for a response body (the buffer itself, not a copy).
    public private(set) var bytes: [UInt8]

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The empty fragment.
    public static let empty = HTML(bytes: [])

    /// A literal written in our code: trusted, inserted as is.
    public init(stringLiteral value: StaticString) {
        bytes = value.withUTF8Buffer { Array($0) }
    }

    /// A literal with interpolations: the literal parts as is, every value escaped.
    public init(stringInterpolation: Interpolation) {
        bytes = stringInterpolation.bytes
    }

    /// Markup taken as is, without escaping: only for markup our code produced (an embedded
    /// SVG, a document read from the binary), never for user text.
    public static func unescaped(_ markup: String) -> HTML {
        HTML(bytes: Array(markup.utf8))
    }

    /// `fragments` one after the other, `separator` between two.
    public static func joined(_ fragments: some Sequence<HTML>, separator: HTML = .empty) -> HTML {
        var bytes: [UInt8] = []
        var first = true
        for fragment in fragments {
            if !first { bytes.append(contentsOf: separator.bytes) }
            bytes.append(contentsOf: fragment.bytes)
            first = false
        }
        return HTML(bytes: bytes)
    }

    /// The markup.
    public var rendered: String { String(decoding: bytes, as: UTF8.self) }

    public var description: String { rendered }

    /// Whether the markup starts with `prefix` (`<select`…).
    public func hasPrefix(_ prefix: StaticString) -> Bool {
        prefix.withUTF8Buffer { bytes.starts(with: $0) }
    }

    /// Appends `other`.
    public static func + (lhs: HTML, rhs: HTML) -> HTML {
        HTML(bytes: lhs.bytes + rhs.bytes)
    }
}
