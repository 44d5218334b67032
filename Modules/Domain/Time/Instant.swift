/// A point in time: milliseconds since 1970-01-01T00:00:00Z (leap seconds ignored, as in
/// Unix time). Stored as an SQLite INTEGER and encoded as a plain JSON number.
public struct Instant: Hashable, Comparable, Sendable {
    /// Milliseconds since the Unix epoch (negative before).
    public let millisecondsSinceEpoch: Int64

    static let millisecondsPerDay: Int64 = 86_400_000

    /// Wraps a number of milliseconds since the Unix epoch.
    public init(millisecondsSinceEpoch: Int64) {
        self.millisecondsSinceEpoch = millisecondsSinceEpoch
    }

    /// The instant at the given UTC date and time of day.
    public init(utc date: LocalDate, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0) {
        precondition(
            (0...23).contains(hour) && (0...59).contains(minute)
                && (0...59).contains(second) && (0...999).contains(millisecond),
            "time of day out of range")
        let milliseconds = ((hour * 60 + minute) * 60 + second) * 1000 + millisecond
        self.init(
            millisecondsSinceEpoch: Int64(date.daysSinceEpoch) * Instant.millisecondsPerDay
                + Int64(milliseconds))
    }

    /// Orders instants chronologically.
    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        lhs.millisecondsSinceEpoch < rhs.millisecondsSinceEpoch
    }

    /// The instant shifted by the given amounts (each may be negative). A day is 24 hours.
    public func adding(
        days: Int = 0, hours: Int = 0, minutes: Int = 0, seconds: Int = 0,
        milliseconds: Int64 = 0
    ) -> Instant {
        let total =
            ((Int64(days) * 24 + Int64(hours)) * 60 + Int64(minutes)) * 60_000
            + Int64(seconds) * 1000 + milliseconds
        return Instant(millisecondsSinceEpoch: millisecondsSinceEpoch + total)
    }

    /// Milliseconds from `earlier` to `self` (negative if `earlier` is later).
    public func milliseconds(since earlier: Instant) -> Int64 {
        millisecondsSinceEpoch - earlier.millisecondsSinceEpoch
    }

    /// The calendar date of this instant in UTC.
    public var utcDate: LocalDate {
        // Floor division, so instants before 1970 fall on the right day.
        let (quotient, remainder) = millisecondsSinceEpoch.quotientAndRemainder(dividingBy: Instant.millisecondsPerDay)
        return LocalDate(daysSinceEpoch: Int(remainder < 0 ? quotient - 1 : quotient))
    }
}

extension Instant: Codable {
    /// Decodes a plain number of milliseconds.
    public init(from decoder: any Decoder) throws {
        millisecondsSinceEpoch = try decoder.singleValueContainer().decode(Int64.self)
    }

    /// Encodes a plain number of milliseconds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(millisecondsSinceEpoch)
    }
}
