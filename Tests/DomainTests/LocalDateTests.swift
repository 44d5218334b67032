import Domain
import Foundation
import Testing

@Suite("LocalDate")
struct LocalDateTests {
    @Test(
        "accepts calendar dates",
        arguments: [
            (2024, 2, 29), (2000, 2, 29), (2026, 2, 28), (2026, 12, 31), (2026, 4, 30), (1, 1, 1), (9999, 12, 31)
        ])
    func acceptsCalendarDates(year: Int, month: Int, day: Int) throws {
        let date = try LocalDate(year: year, month: month, day: day)
        #expect((date.year, date.month, date.day) == (year, month, day))
    }

    @Test(
        "refuses impossible dates",
        arguments: [
            (2026, 2, 29), (1900, 2, 29), (2100, 2, 29), (2026, 4, 31), (2026, 13, 1), (2026, 0, 10),
            (2026, 1, 0), (2026, 1, 32), (0, 1, 1), (10_000, 1, 1)
        ])
    func refusesImpossibleDates(year: Int, month: Int, day: Int) {
        #expect(throws: ValueError.invalidDate(field: "start", year: year, month: month, day: day)) {
            try LocalDate(year: year, month: month, day: day, field: "start")
        }
    }

    @Test(
        "leap years follow the Gregorian rule",
        arguments: [
            (2024, true), (2025, false), (2000, true), (1900, false), (2100, false), (2400, true)
        ])
    func leapYears(year: Int, isLeap: Bool) {
        #expect(LocalDate.isLeapYear(year) == isLeap)
        #expect(LocalDate.numberOfDays(inMonth: 2, year: year) == (isLeap ? 29 : 28))
    }

    @Test("parses and formats YYYY-MM-DD")
    func parsesAndFormats() throws {
        let date = try LocalDate(parsing: "2026-03-09")
        #expect(date == (try LocalDate(year: 2026, month: 3, day: 9)))
        #expect(date.description == "2026-03-09")
        #expect((try LocalDate(year: 987, month: 1, day: 2)).description == "0987-01-02")
    }

    @Test(
        "refuses malformed text",
        arguments: [
            "", "2026-3-09", "2026/03/09", "26-03-09", "2026-03-09T00:00", " 2026-03-09", "2026-03-0x", "+026-03-09",
            "２０２６-03-09"
        ])
    func refusesMalformedText(text: String) {
        #expect(throws: ValueError.malformedDate(field: "deadline", text: text)) {
            try LocalDate(parsing: text, field: "deadline")
        }
    }

    @Test("parsing a well-formed impossible date reports an invalid date")
    func parsingImpossibleDate() {
        #expect(throws: ValueError.invalidDate(field: nil, year: 2026, month: 2, day: 30)) {
            try LocalDate(parsing: "2026-02-30")
        }
    }

    @Test("orders chronologically")
    func ordering() {
        #expect(day("2025-12-31") < day("2026-01-01"))
        #expect(day("2026-01-31") < day("2026-02-01"))
        #expect(day("2026-02-01") < day("2026-02-02"))
        #expect(!(day("2026-02-02") < day("2026-02-02")))
    }

    @Test(
        "days since epoch match known values",
        arguments: [
            ("1970-01-01", 0), ("1970-01-02", 1), ("1969-12-31", -1), ("2000-03-01", 11_017),
            ("2026-03-02", 20_514), ("0001-01-01", -719_162)
        ])
    func daysSinceEpoch(text: String, days: Int) {
        #expect(day(text).daysSinceEpoch == days)
        #expect(LocalDate(daysSinceEpoch: days) == day(text))
    }

    @Test("every day from 1896 to 2104 round-trips and follows the previous one")
    func roundTripsEveryDay() {
        var previous = day("1896-01-01")
        for offset in 1...(209 * 366) {
            let date = LocalDate(daysSinceEpoch: previous.daysSinceEpoch + 1)
            let isNextDay =
                date.day == previous.day + 1
                || (date.day == 1
                    && (date.month == previous.month + 1 || (date.month == 1 && date.year == previous.year + 1)))
            if !isNextDay || !(previous < date) || date.daysSinceEpoch != previous.daysSinceEpoch + 1
                || (try? LocalDate(year: date.year, month: date.month, day: date.day)) != date
            {
                Issue.record("day \(offset): \(previous) is followed by \(date)")
                return
            }
            previous = date
        }
    }

    @Test(
        "adding days crosses months, years and leap days",
        arguments: [
            ("2024-02-28", 1, "2024-02-29"), ("2024-02-28", 2, "2024-03-01"), ("2025-02-28", 1, "2025-03-01"),
            ("2025-12-31", 1, "2026-01-01"), ("2026-01-01", -1, "2025-12-31"), ("2024-01-01", 366, "2025-01-01"),
            ("2026-03-02", 0, "2026-03-02"), ("2000-02-28", 1, "2000-02-29"), ("1900-02-28", 1, "1900-03-01")
        ])
    func addingDays(start: String, days: Int, expected: String) {
        #expect(day(start).adding(days: days) == day(expected))
    }

    @Test(
        "adding months clamps to the end of shorter months",
        arguments: [
            ("2026-01-31", 1, "2026-02-28"), ("2024-01-31", 1, "2024-02-29"), ("2024-02-29", 12, "2025-02-28"),
            ("2024-02-29", 48, "2028-02-29"), ("2026-03-31", -1, "2026-02-28"), ("2026-01-15", -1, "2025-12-15"),
            ("2026-11-30", 3, "2027-02-28"), ("2026-05-31", 1, "2026-06-30"), ("2026-01-15", 12, "2027-01-15"),
            ("2026-01-15", -25, "2023-12-15"), ("2026-06-10", 0, "2026-06-10")
        ])
    func addingMonths(start: String, months: Int, expected: String) {
        #expect(day(start).adding(months: months) == day(expected))
    }

    @Test(
        "counts days between dates",
        arguments: [
            ("2024-01-01", "2025-01-01", 366), ("2025-01-01", "2026-01-01", 365), ("2026-03-02", "2026-03-16", 14),
            ("2026-03-16", "2026-03-02", -14), ("2026-03-02", "2026-03-02", 0), ("2024-02-28", "2024-03-01", 2)
        ])
    func daysBetween(from: String, to: String, days: Int) {
        #expect(day(from).days(until: day(to)) == days)
    }

    @Test("encodes as an ISO string and decodes with the field path in errors")
    func codable() throws {
        struct Holder: Codable, Equatable { var window: DateWindow }
        let holder = Holder(window: DateWindow(start: day("2026-04-01"), end: day("2026-06-30")))
        let json = String(decoding: try JSONEncoder().encode(holder.window.start), as: UTF8.self)
        #expect(json == #""2026-04-01""#)
        #expect(try JSONDecoder().decode(Holder.self, from: JSONEncoder().encode(holder)) == holder)
        let bad = Data(#"{"window": {"start": "2026-04-01", "end": "2026-06-31"}}"#.utf8)
        #expect(throws: ValueError.invalidDate(field: "window.end", year: 2026, month: 6, day: 31)) {
            try JSONDecoder().decode(Holder.self, from: bad)
        }
    }

    @Test("a window contains its bounds")
    func windowContains() {
        let window = DateWindow(start: day("2026-04-01"), end: day("2026-04-30"))
        #expect(window.contains(day("2026-04-01")))
        #expect(window.contains(day("2026-04-30")))
        #expect(!window.contains(day("2026-03-31")))
        #expect(!window.contains(day("2026-05-01")))
    }
}
