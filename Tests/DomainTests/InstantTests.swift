import Domain
import Foundation
import Testing

@Suite("Instant")
struct InstantTests {
    @Test("builds from a UTC date and time")
    func fromUTCDate() {
        #expect(Instant(utc: day("1970-01-01")).millisecondsSinceEpoch == 0)
        #expect(
            Instant(utc: day("1970-01-02"), hour: 1, minute: 2, second: 3, millisecond: 4)
                .millisecondsSinceEpoch == 86_400_000 + 3_723_004)
    }

    @Test("adds durations")
    func addingDurations() {
        let start = Instant(millisecondsSinceEpoch: 1_000)
        #expect(start.adding(days: 1).millisecondsSinceEpoch == 86_401_000)
        #expect(start.adding(hours: 2).millisecondsSinceEpoch == 7_201_000)
        #expect(start.adding(minutes: -1).millisecondsSinceEpoch == -59_000)
        #expect(start.adding(seconds: 3, milliseconds: 4).millisecondsSinceEpoch == 4_004)
        #expect(start.adding(days: 14).milliseconds(since: start) == 14 * 86_400_000)
        #expect(start.milliseconds(since: start.adding(seconds: 1)) == -1_000)
    }

    @Test("orders chronologically")
    func ordering() {
        #expect(referenceInstant < referenceInstant.adding(milliseconds: 1))
        #expect(!(referenceInstant < referenceInstant))
    }

    @Test(
        "gives its UTC date, also before 1970",
        arguments: [
            (Int64(0), "1970-01-01"), (86_399_999, "1970-01-01"), (86_400_000, "1970-01-02"),
            (-1, "1969-12-31"), (-86_400_000, "1969-12-31"), (-86_400_001, "1969-12-30"),
            (1_709_164_800_000, "2024-02-29")
        ])
    func utcDate(milliseconds: Int64, expected: String) {
        #expect(Instant(millisecondsSinceEpoch: milliseconds).utcDate == day(expected))
    }

    @Test("formats RFC 3339 in UTC with milliseconds")
    func formatsRFC3339() {
        #expect(
            Instant(utc: day("2026-03-02"), hour: 9, minute: 5, second: 7, millisecond: 42).rfc3339
                == "2026-03-02T09:05:07.042Z")
        #expect(Instant(millisecondsSinceEpoch: -1).rfc3339 == "1969-12-31T23:59:59.999Z")
    }

    @Test(
        "parses RFC 3339 timestamps",
        arguments: [
            ("2026-03-02T09:00:00Z", Int64(0)), ("2026-03-02t09:00:00z", 0), ("2026-03-02T09:00:00.5Z", 500),
            ("2026-03-02T09:00:00.123456Z", 123), ("2026-03-02T10:00:00+01:00", 0), ("2026-03-02T08:30:00-00:30", 0),
            ("2026-03-02T11:00:00.07+02:00", 70)
        ])
    func parsesRFC3339(text: String, extraMilliseconds: Int64) throws {
        #expect(try Instant(rfc3339: text) == referenceInstant.adding(milliseconds: extraMilliseconds))
    }

    @Test("round-trips its own format")
    func roundTripsRFC3339() throws {
        let instant = referenceInstant.adding(days: 400, milliseconds: 987)
        #expect(try Instant(rfc3339: instant.rfc3339) == instant)
    }

    @Test(
        "refuses malformed timestamps",
        arguments: [
            "", "2026-03-02", "2026-03-02T09:00:00", "2026-03-02 09:00:00Z", "2026-03-02T24:00:00Z",
            "2026-03-02T09:60:00Z", "2026-03-02T09:00:60Z", "2026-02-30T09:00:00Z", "2026-03-02T09:00:00.Z",
            "2026-03-02T09:00:00+0100", "2026-03-02T09:00:00+24:00", "2026-03-02T09:00:00Zjunk", "2026-3-02T09:00:00Z"
        ])
    func refusesMalformedTimestamps(text: String) {
        #expect(throws: ValueError.malformedInstant(field: "at", text: text)) {
            try Instant(rfc3339: text, field: "at")
        }
    }

    @Test("encodes as a plain number of milliseconds")
    func codable() throws {
        let data = try JSONEncoder().encode([referenceInstant])
        #expect(String(decoding: data, as: UTF8.self) == "[\(referenceInstant.millisecondsSinceEpoch)]")
        #expect(try JSONDecoder().decode([Instant].self, from: data) == [referenceInstant])
    }
}
