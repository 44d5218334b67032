import Foundation

/// Building logfmt lines: `key=value` pairs separated by spaces, values quoted when needed.
enum Logfmt {
    /// One line under construction, as UTF-8 bytes in one buffer.
    struct Line {
        private(set) var bytes: [UInt8] = []

        init() {
            bytes.reserveCapacity(256)
        }

        /// The line as text.
        var text: String { String(decoding: bytes, as: UTF8.self) }

        /// Appends `key=value`. Keys keep only letters, digits, `_`, `.` and `-` (anything
        /// else becomes `_`); values are quoted when empty or holding a space, `=`, `"`
        /// or a control character, with `\` `"` and control characters escaped.
        mutating func append(_ key: String, _ value: String, alwaysQuoted: Bool = false) {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: " ")) }
            bytes.append(contentsOf: Logfmt.sanitized(key).utf8)
            bytes.append(UInt8(ascii: "="))
            if alwaysQuoted || Logfmt.needsQuotes(value) {
                appendQuoted(value)
            } else {
                bytes.append(contentsOf: value.utf8)
            }
        }

        /// Ends the line with its line break.
        mutating func end() {
            bytes.append(UInt8(ascii: "\n"))
        }

        /// `value` in quotes, `"` and `\` escaped, control characters as `\n`, `\r`, `\t` or
        /// `\u{XX}` so that a value can never end the line. On the UTF-8 bytes: every byte of a
        /// non-ASCII character is 0x80 or above, so it is copied as is.
        private mutating func appendQuoted(_ value: String) {
            bytes.append(UInt8(ascii: "\""))
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"):
                    bytes.append(UInt8(ascii: "\\"))
                    bytes.append(byte)
                case UInt8(ascii: "\n"): bytes.append(contentsOf: #"\n"#.utf8)
                case UInt8(ascii: "\r"): bytes.append(contentsOf: #"\r"#.utf8)
                case UInt8(ascii: "\t"): bytes.append(contentsOf: #"\t"#.utf8)
                case 0..<0x20, 0x7f: bytes.append(contentsOf: "\\u{\(String(byte, radix: 16))}".utf8)
                default: bytes.append(byte)
                }
            }
            bytes.append(UInt8(ascii: "\""))
        }
    }

    static func sanitized(_ key: String) -> String {
        // The keys the code writes are already clean: no copy.
        if !key.isEmpty, key.utf8.allSatisfy(isKeyByte) { return key }
        let scalars = key.unicodeScalars.map { scalar -> Character in
            let allowed =
                scalar.isASCII
                && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
                    || scalar == "_" || scalar == "." || scalar == "-")
            return allowed ? Character(scalar) : "_"
        }
        return scalars.isEmpty ? "_" : String(scalars)
    }

    /// An ASCII letter, digit, `_`, `.` or `-`.
    private static func isKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    static func needsQuotes(_ value: String) -> Bool {
        // On the UTF-8 bytes: the bytes of a non-ASCII character are all 0x80 or above, so they
        // never match the ASCII ones looked for.
        value.isEmpty
            || value.utf8.contains {
                $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "=") || $0 == UInt8(ascii: "\"")
                    || $0 == UInt8(ascii: "\\") || $0 < 0x20 || $0 == 0x7f
            }
    }

    /// RFC 3339 UTC with milliseconds: `2025-03-14T09:26:53.589Z`.
    static func timestamp(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (days, millisecondOfDay) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        // A negative remainder belongs to the previous day.
        let (day, dayMilliseconds) =
            millisecondOfDay < 0 ? (days - 1, millisecondOfDay + 86_400_000) : (days, millisecondOfDay)
        let (year, month, dayOfMonth) = civilDate(daysSince1970: day)
        let seconds = dayMilliseconds / 1000
        guard (0...9999).contains(year) else {
            return "\(pad(year, 4))-\(pad(month, 2))-\(pad(dayOfMonth, 2))T"
                + "\(pad(seconds / 3600, 2)):\(pad(seconds / 60 % 60, 2)):\(pad(seconds % 60, 2))"
                + ".\(pad(dayMilliseconds % 1000, 3))Z"
        }
        // The usual case, digit by digit into one buffer (one allocation per line).
        return String(unsafeUninitializedCapacity: 24) { buffer in
            var index = 0
            func put(_ value: Int64, _ width: Int) {
                var value = value
                for position in stride(from: index + width - 1, through: index, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                }
                index += width
            }
            func put(_ byte: Unicode.Scalar) {
                buffer[index] = UInt8(byte.value)
                index += 1
            }
            put(year, 4)
            put("-")
            put(month, 2)
            put("-")
            put(dayOfMonth, 2)
            put("T")
            put(seconds / 3600, 2)
            put(":")
            put(seconds / 60 % 60, 2)
            put(":")
            put(seconds % 60, 2)
            put(".")
            put(dayMilliseconds % 1000, 3)
            put("Z")
            return index
        }
    }

    /// The proleptic Gregorian date of a day count since 1970-01-01 (H. Hinnant's
    /// `civil_from_days`), so that formatting needs no formatter or lock.
    static func civilDate(daysSince1970 days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468  // days since 0000-03-01
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153  // March = 0
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
