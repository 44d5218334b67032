import Foundation

/// WinAnsiEncoding (PDF 32000-1:2008, annex D.2), the encoding of the writer's fonts: Latin-1
/// plus, in 0x80–0x9F, what French text needs beyond it (œ Œ € ’ “ ” « » are 0x9C 0x8C 0x80 0x92
/// 0x93 0x94 0xAB 0xBB, – — … 0x96 0x97 0x85).
///
/// Text is first composed (NFC: "e" + U+0301 becomes "é"), then what has no code is substituted:
/// - the non-breaking spaces of French typography (U+00A0, U+202F, U+2007) are written as a
///   space (0x20) but never broken at; the other spaces (U+2000–U+200A, U+205F, U+3000) and the
///   tab are spaces that may break;
/// - the hyphens U+2010, U+2011 and the minus sign U+2212 become "-", the figure dash U+2012
///   "–", the horizontal bar U+2015 "—";
/// - the soft hyphen, the zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and the control
///   characters are dropped; "\n", "\r\n" and "\r" end a line where the block allows one;
/// - any other character becomes "?".
enum WinAnsiEncoding {
    /// One character of text as the layout sees it.
    enum Unit: Sendable, Hashable {
        /// A printable character: its code.
        case code(UInt8)
        /// A space where a line may break.
        case space
        /// A space where a line never breaks (written 0x20).
        case nonBreakingSpace
        /// The end of a line.
        case newline
    }

    /// The codes 0x80–0x9F, by Unicode scalar.
    private static let high: [UInt32: UInt8] = [
        0x20AC: 0x80, 0x201A: 0x82, 0x0192: 0x83, 0x201E: 0x84, 0x2026: 0x85, 0x2020: 0x86, 0x2021: 0x87,
        0x02C6: 0x88, 0x2030: 0x89, 0x0160: 0x8A, 0x2039: 0x8B, 0x0152: 0x8C, 0x017D: 0x8E, 0x2018: 0x91,
        0x2019: 0x92, 0x201C: 0x93, 0x201D: 0x94, 0x2022: 0x95, 0x2013: 0x96, 0x2014: 0x97, 0x02DC: 0x98,
        0x2122: 0x99, 0x0161: 0x9A, 0x203A: 0x9B, 0x0153: 0x9C, 0x017E: 0x9E, 0x0178: 0x9F
    ]

    /// The Unicode scalar each code stands for (nil where the code is unused or a control).
    static func scalar(for code: UInt8) -> Unicode.Scalar? {
        switch code {
        case 0x20...0x7E, 0xA0...0xFF: return Unicode.Scalar(code)
        default:
            guard let value = high.first(where: { $0.value == code })?.key else { return nil }
            return Unicode.Scalar(value)
        }
    }

    /// `text` as layout units, substituted as the type's documentation says.
    static func units(_ text: String) -> [Unit] {
        var units: [Unit] = []
        var afterCR = false
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            let value = scalar.value
            defer { afterCR = value == 0x0D }
            switch value {
            case 0x0A:
                if !afterCR { units.append(.newline) }
            case 0x0D: units.append(.newline)
            case 0x09, 0x20, 0x2000...0x2006, 0x2008...0x200A, 0x205F, 0x3000: units.append(.space)
            case 0xA0, 0x202F, 0x2007: units.append(.nonBreakingSpace)
            case 0x21...0x7E, 0xA1...0xAC, 0xAE...0xFF: units.append(.code(UInt8(value)))
            case 0x2010, 0x2011, 0x2212: units.append(.code(0x2D))
            case 0x2012: units.append(.code(0x96))
            case 0x2015: units.append(.code(0x97))
            case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: break
            default: units.append(.code(high[value] ?? 0x3F))
            }
        }
        return units
    }

    /// `text` in WinAnsiEncoding on one line: every space and line end written 0x20.
    static func encode(_ text: String) -> [UInt8] {
        units(text).map { unit in
            switch unit {
            case .code(let code): code
            case .space, .nonBreakingSpace, .newline: 0x20
            }
        }
    }
}
