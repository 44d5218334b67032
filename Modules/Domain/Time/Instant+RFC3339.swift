extension Instant {
    /// The RFC 3339 UTC form with milliseconds, e.g. `2026-03-01T09:30:00.000Z`.
    public var rfc3339: String {
        let date = utcDate
        let milliseconds = Int(millisecondsSinceEpoch - Instant(utc: date).millisecondsSinceEpoch)
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let hour = milliseconds / 3_600_000
        let minute = milliseconds / 60_000 % 60
        let second = milliseconds / 1000 % 60
        let fraction = milliseconds % 1000
        return "\(date)T\(padded(hour, 2)):\(padded(minute, 2)):\(padded(second, 2)).\(padded(fraction, 3))Z"
    }

    /// Parses an RFC 3339 `date-time` (§5.6): `YYYY-MM-DDTHH:MM:SS`, optional fraction
    /// (kept to the millisecond, extra digits truncated), then `Z` or `±HH:MM`.
    /// Leap second 60 is refused.
    /// - Throws: ``ValueError/malformedInstant(field:text:)``.
    public init(rfc3339 text: String, field: String? = nil) throws {
        let malformed = ValueError.malformedInstant(field: field, text: text)
        let bytes = Array(text.utf8)
        var index = 0
        func number(_ width: Int) throws -> Int {
            guard index + width <= bytes.count else { throw malformed }
            var value = 0
            for byte in bytes[index..<index + width] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { throw malformed }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            index += width
            return value
        }
        func expect(_ accepted: String) throws {
            guard index < bytes.count, accepted.utf8.contains(bytes[index]) else { throw malformed }
            index += 1
        }
        let year = try number(4)
        try expect("-")
        let month = try number(2)
        try expect("-")
        let day = try number(2)
        try expect("Tt")
        let hour = try number(2)
        try expect(":")
        let minute = try number(2)
        try expect(":")
        let second = try number(2)
        var millisecond = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            var digits = 0
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
                if digits < 3 { millisecond = millisecond * 10 + Int(bytes[index] - UInt8(ascii: "0")) }
                digits += 1
                index += 1
            }
            guard digits > 0 else { throw malformed }
            for _ in digits..<max(digits, 3) { millisecond *= 10 }
        }
        var offsetMinutes = 0
        guard index < bytes.count else { throw malformed }
        if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
            index += 1
        } else {
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            try expect("+-")
            let offsetHour = try number(2)
            try expect(":")
            let offsetMinute = try number(2)
            guard offsetHour <= 23, offsetMinute <= 59 else { throw malformed }
            offsetMinutes = sign * (offsetHour * 60 + offsetMinute)
        }
        guard index == bytes.count, hour <= 23, minute <= 59, second <= 59,
            let date = try? LocalDate(year: year, month: month, day: day)
        else { throw malformed }
        self = Instant(utc: date, hour: hour, minute: minute, second: second, millisecond: millisecond)
            .adding(minutes: -offsetMinutes)
    }
}
