/// The standard Type 1 fonts the writer uses (no font is embedded: every PDF reader has them),
/// encoded with `WinAnsiEncoding`.
enum PDFFont: Int, Sendable, Hashable, CaseIterable {
    case helvetica = 1
    case helveticaBold = 2
    case helveticaOblique = 3

    /// The font's PostScript name (`/BaseFont`).
    var baseFont: String {
        switch self {
        case .helvetica: "Helvetica"
        case .helveticaBold: "Helvetica-Bold"
        case .helveticaOblique: "Helvetica-Oblique"
        }
    }

    /// The resource name in the pages' font dictionary (`/F1`…).
    var resourceName: String { "F\(rawValue)" }

    /// Advance widths in 1/1000 em by WinAnsiEncoding code (from Adobe's AFM files).
    var widths: [UInt16] {
        switch self {
        case .helvetica: Self.helveticaWidths
        case .helveticaBold: Self.helveticaBoldWidths
        case .helveticaOblique: Self.helveticaObliqueWidths
        }
    }

    /// The width in points of `bytes` (WinAnsi codes) set at `size` points.
    func width(of bytes: some Sequence<UInt8>, size: Double) -> Double {
        let table = widths
        var units = 0
        for byte in bytes { units += Int(table[Int(byte)]) }
        return Double(units) * size / 1000
    }
}
