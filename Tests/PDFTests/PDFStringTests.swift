import Foundation
import Testing

@testable import PDF

/// Literal strings (PDF 32000-1:2008, 7.3.4.2), text strings and numbers as the file writes them.
@Suite struct PDFStringTests {
    private func literal(_ bytes: [UInt8]) -> String {
        String(decoding: PDFString.literal(bytes), as: UTF8.self)
    }

    @Test func parenthesesAndBackslashAreEscaped() {
        #expect(literal(Array("a(b)c\\d".utf8)) == #"(a\(b\)c\\d)"#)
        #expect(literal(Array("))((".utf8)) == #"(\)\)\(\()"#)
        #expect(literal([]) == "()")
    }

    @Test func lineEndsAndControlCharactersAreEscaped() {
        #expect(literal([0x0D, 0x0A, 0x09, 0x08, 0x0C]) == #"(\r\n\t\b\f)"#)
        #expect(literal([0x00, 0x01, 0x1B, 0x1F, 0x7F]) == #"(\000\001\033\037\177)"#)
    }

    @Test func bytesAboveASCIIStayRaw() {
        #expect(PDFString.literal([0xE9, 0x9C, 0x80]) == [0x28, 0xE9, 0x9C, 0x80, 0x29])
    }

    @Test func everyByteRoundTripsThroughTheLiteralSyntax() {
        // Reading the literal back by the rules of 7.3.4.2 gives the bytes written.
        let bytes = (0...255).map(UInt8.init)
        let written = PDFString.literal(bytes)
        var read: [UInt8] = []
        var index = 1
        while index < written.count - 1 {
            let byte = written[index]
            if byte != 0x5C {
                #expect(![0x28, 0x29, 0x0D, 0x0A].contains(byte), "unescaped \(byte)")
                read.append(byte)
                index += 1
                continue
            }
            let next = written[index + 1]
            switch next {
            case 0x6E:
                read.append(0x0A)
                index += 2
            case 0x72:
                read.append(0x0D)
                index += 2
            case 0x74:
                read.append(0x09)
                index += 2
            case 0x62:
                read.append(0x08)
                index += 2
            case 0x66:
                read.append(0x0C)
                index += 2
            case 0x30...0x37:
                let octal = written[(index + 1)...(index + 3)].reduce(0) { $0 * 8 + Int($1 - 0x30) }
                read.append(UInt8(octal))
                index += 4
            default:
                read.append(next)
                index += 2
            }
        }
        #expect(read == bytes)
    }

    @Test func textStringsAreUTF16WithAByteOrderMark() {
        #expect(PDFString.text("Aé") == "<FEFF004100E9>")
        #expect(PDFString.text("€😀") == "<FEFF20ACD83DDE00>")
    }

    @Test func numbersHaveNoExponentAndNoTrailingZero() {
        #expect(PDFString.number(56.7) == "56.7")
        #expect(PDFString.number(595) == "595")
        #expect(PDFString.number(0.05) == "0.05")
        #expect(PDFString.number(-3.004) == "-3")
        #expect(PDFString.number(-0.25) == "-0.25")
        #expect(PDFString.number(1e-9) == "0")
        #expect(PDFString.number(123456.789) == "123456.79")
    }

    @Test func datesCarryTheirOffset() {
        // 2026-12-07 21:30:05 UTC is 22:30:05 in Paris (winter), 2026-07-14 10:00 UTC is 12:00 (summer).
        #expect(
            PDFDate.string(Date(timeIntervalSince1970: 1_796_679_005), in: PDFDate.paris) == "D:20261207223005+01'00'")
        #expect(
            PDFDate.string(Date(timeIntervalSince1970: 1_784_023_200), in: PDFDate.paris) == "D:20260714120000+02'00'")
        let newYork = TimeZone(identifier: "America/New_York") ?? .gmt
        #expect(PDFDate.string(Date(timeIntervalSince1970: 1_796_679_005), in: newYork) == "D:20261207163005-05'00'")
    }
}
