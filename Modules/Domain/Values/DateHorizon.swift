/// How far ahead a date a person types may lie: five years from today (issue 15).
///
/// Nothing the programme plans (a mission, an availability, a Vis mon job edition) lies that far
/// ahead; a later date is a typing slip (`2062` for `2026`) that would otherwise stay in the
/// data, sort first and skew every report. The last allowed day is today plus 60 months
/// (clamped to 28 February from a 29 February).
public enum DateHorizon {
    /// The horizon, in years.
    public static let years = 5

    /// The last date allowed when today is `today`.
    public static func latest(today: LocalDate) -> LocalDate {
        today.adding(months: years * 12)
    }

    /// Checks `date`, the value of `field`.
    /// - Throws: ``DateHorizonError/beyondHorizon(field:date:latest:)`` when it lies after
    ///   ``latest(today:)``.
    public static func check(_ date: LocalDate, field: String, today: LocalDate) throws(DateHorizonError) {
        let latest = latest(today: today)
        guard date <= latest else { throw DateHorizonError.beyondHorizon(field: field, date: date, latest: latest) }
    }
}
