/// A day of the proleptic Gregorian calendar, as RFC 5545 writes it in `VALUE=DATE` (`20261207`).
public struct CalendarDate: Hashable, Comparable, Sendable {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…31.
    public let day: Int

    /// A day; the values are trusted (callers hold valid dates).
    public init(year: Int, month: Int, day: Int) {
        precondition((1...12).contains(month) && (1...31).contains(day), "not a date: \(year)-\(month)-\(day)")
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `days` days after 1970-01-01 (H. Hinnant's `civil_from_days`).
    public init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }

    /// Days since 1970-01-01 (H. Hinnant's `days_from_civil`).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day after this one.
    public var next: CalendarDate { CalendarDate(daysSinceEpoch: daysSinceEpoch + 1) }

    /// Sunday 0 … Saturday 6.
    var weekday: Int { ((daysSinceEpoch % 7) + 7 + 4) % 7 }

    /// `YYYYMMDD`.
    public var basic: String { Self.digits(year, 4) + Self.digits(month, 2) + Self.digits(day, 2) }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

/// A wall-clock time on a day: a `DATE-TIME` of RFC 5545 §3.3.5 without its zone.
public struct CalendarDateTime: Hashable, Comparable, Sendable {
    /// The day.
    public let date: CalendarDate
    /// Seconds since the day's midnight, 0…86 399.
    public let secondOfDay: Int

    /// A time of `date`.
    public init(date: CalendarDate, hour: Int, minute: Int, second: Int = 0) {
        self.date = date
        self.secondOfDay = hour * 3600 + minute * 60 + second
    }

    /// The wall-clock time `seconds` after 1970-01-01T00:00 of the same clock.
    public init(secondsSinceEpoch seconds: Int64) {
        let (days, rest) = seconds.quotientAndRemainder(dividingBy: 86_400)
        let day = rest < 0 ? days - 1 : days
        self.date = CalendarDate(daysSinceEpoch: Int(day))
        self.secondOfDay = Int(rest < 0 ? rest + 86_400 : rest)
    }

    /// Seconds since 1970-01-01T00:00 of the same clock.
    public var secondsSinceEpoch: Int64 { Int64(date.daysSinceEpoch) * 86_400 + Int64(secondOfDay) }

    /// The hour, 0…23.
    public var hour: Int { secondOfDay / 3600 }
    /// The minute, 0…59.
    public var minute: Int { secondOfDay / 60 % 60 }
    /// The second, 0…59.
    public var second: Int { secondOfDay % 60 }

    /// `YYYYMMDDTHHMMSS` (local form, §3.3.5 form #1 or #3 with a TZID).
    public var basic: String {
        date.basic + "T" + CalendarDate.digits(hour, 2) + CalendarDate.digits(minute, 2)
            + CalendarDate.digits(second, 2)
    }

    public static func < (lhs: CalendarDateTime, rhs: CalendarDateTime) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }
}
