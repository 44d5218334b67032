public import Domain

/// An ISO 8601 week, e.g. `2026-W47`: the period of the weekly digests, so a digest goes out at
/// most once a week whatever the number of runs.
public struct ISOWeek: Hashable, Sendable, CustomStringConvertible {
    /// The ISO week-numbering year (may differ from the calendar year around 1 January).
    public let year: Int
    /// The week, 1 to 53.
    public let week: Int

    /// The week holding `date`. ISO weeks start on Monday and week 1 holds the year's first Thursday.
    public init(_ date: LocalDate) {
        // 1970-01-01 was a Thursday: weekday 1 (Monday) to 7 (Sunday).
        let weekday = ((date.daysSinceEpoch + 3) % 7 + 7) % 7 + 1
        let thursday = LocalDate(daysSinceEpoch: date.daysSinceEpoch - weekday + 4)
        let firstOfJanuary = LocalDate(daysSinceEpoch: thursday.daysSinceEpoch - Self.dayOfYear(thursday) + 1)
        year = thursday.year
        week = (thursday.daysSinceEpoch - firstOfJanuary.daysSinceEpoch) / 7 + 1
    }

    /// `YYYY-Www`.
    public var description: String {
        "\(year)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// The day of the year of `date`, from 1.
    private static func dayOfYear(_ date: LocalDate) -> Int {
        var day = date.day
        for month in 1..<date.month { day += LocalDate.numberOfDays(inMonth: month, year: date.year) }
        return day
    }
}
