/// A calendar date without time or time zone (proleptic Gregorian), e.g. a mission's window.
///
/// Values built from input are validated (years 1 to 9999); arithmetic never traps.
/// Encodes as the ISO 8601 calendar date `"YYYY-MM-DD"`, which also sorts as text.
public struct LocalDate: Hashable, Comparable, Sendable {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// Builds a date from already consistent components (arithmetic results).
    init(uncheckedYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Builds a date, refusing components that are not a calendar date.
    /// - Throws: ``ValueError/invalidDate(field:year:month:day:)``.
    public init(year: Int, month: Int, day: Int, field: String? = nil) throws {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.numberOfDays(inMonth: month, year: year)).contains(day)
        else {
            throw ValueError.invalidDate(field: field, year: year, month: month, day: day)
        }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// Parses the strict ISO 8601 form `YYYY-MM-DD`.
    /// - Throws: ``ValueError/malformedDate(field:text:)`` or ``ValueError/invalidDate(field:year:month:day:)``.
    public init(parsing text: String, field: String? = nil) throws {
        let bytes = Array(text.utf8)
        let isDigit = { (byte: UInt8) in byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes.enumerated().allSatisfy({ $0.offset == 4 || $0.offset == 7 || isDigit($0.element) })
        else {
            throw ValueError.malformedDate(field: field, text: text)
        }
        func number(_ range: Range<Int>) -> Int {
            bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        try self.init(year: number(0..<4), month: number(5..<7), day: number(8..<10), field: field)
    }

    /// Orders dates chronologically.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Whether `year` has a 29 February (divisible by 4, except centuries not divisible by 400).
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days of `month` (1 to 12) in `year`.
    public static func numberOfDays(inMonth month: Int, year: Int) -> Int {
        precondition((1...12).contains(month), "month \(month) out of 1...12")
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension LocalDate: CustomStringConvertible {
    /// The ISO 8601 form `YYYY-MM-DD`.
    public var description: String {
        "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
    }

    /// The French numeric form `jj/mm/aaaa` of forms and spreadsheets, e.g. `15/01/2027`.
    public var frenchNumeric: String {
        "\(Self.padded(day, 2))/\(Self.padded(month, 2))/\(Self.padded(year, 4))"
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension LocalDate: Codable {
    /// Decodes `"YYYY-MM-DD"`; a bad value throws a ``ValueError`` naming the field.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        try self.init(parsing: text, field: decoder.fieldPath)
    }

    /// Encodes `"YYYY-MM-DD"`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
