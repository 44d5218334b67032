/// A laid-out page: lines of text at their positions, in points from the page's lower-left corner.
struct PDFPage: Sendable, Hashable {
    /// A stretch of text in one font and size.
    struct Run: Sendable, Hashable {
        var font: PDFFont
        var size: Double
        /// The text in WinAnsiEncoding.
        var bytes: [UInt8]

        /// The run's advance width in points.
        var width: Double { font.width(of: bytes, size: size) }
    }

    /// A line: runs set one after the other from `x` on the baseline `y`.
    struct Line: Sendable, Hashable {
        var x: Double
        var y: Double
        var runs: [Run]

        /// The line's width in points.
        var width: Double { runs.reduce(0) { $0 + $1.width } }
    }

    var lines: [Line] = []
}
