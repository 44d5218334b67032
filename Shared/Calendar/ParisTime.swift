/// Europe/Paris time, by the European Union's rule in force since 1996: summer time (CEST, UTC+2)
/// from the last Sunday of March at 01:00 UTC to the last Sunday of October at 01:00 UTC,
/// standard time (CET, UTC+1) otherwise. The same rule as the ``vtimezone`` we write, so a
/// `DTSTART;TZID=Europe/Paris` always means the instant we meant.
public enum ParisTime {
    /// The zone's identifier, the `TZID`.
    public static let identifier = "Europe/Paris"

    /// The offset from UTC, in seconds, at the instant `secondsSinceEpoch` (UTC).
    public static func offset(atUTC secondsSinceEpoch: Int64) -> Int {
        let year = CalendarDateTime(secondsSinceEpoch: secondsSinceEpoch).date.year
        let summerStarts = CalendarDateTime(date: lastSunday(of: 3, year), hour: 1, minute: 0).secondsSinceEpoch
        let summerEnds = CalendarDateTime(date: lastSunday(of: 10, year), hour: 1, minute: 0).secondsSinceEpoch
        return (summerStarts..<summerEnds).contains(secondsSinceEpoch) ? 7200 : 3600
    }

    /// The Paris wall-clock time of the UTC instant `secondsSinceEpoch`.
    public static func local(atUTC secondsSinceEpoch: Int64) -> CalendarDateTime {
        CalendarDateTime(secondsSinceEpoch: secondsSinceEpoch + Int64(offset(atUTC: secondsSinceEpoch)))
    }

    /// The last Sunday of `month` in `year`.
    static func lastSunday(of month: Int, _ year: Int) -> CalendarDate {
        let last = CalendarDate(daysSinceEpoch: CalendarDate(year: year, month: month + 1, day: 1).daysSinceEpoch - 1)
        return CalendarDate(daysSinceEpoch: last.daysSinceEpoch - last.weekday)
    }

    /// The `VTIMEZONE` component (RFC 5545 §3.6.5) of the rule: wall-clock onsets (02:00 CET to
    /// 03:00 CEST in March, 03:00 CEST to 02:00 CET in October) recurring on the last Sundays.
    public static let vtimezone: [String] = [
        "BEGIN:VTIMEZONE",
        "TZID:\(identifier)",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19960331T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19961027T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE"
    ]
}
