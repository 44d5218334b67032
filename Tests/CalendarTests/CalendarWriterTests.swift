import Foundation
import Testing

@testable import Calendar

@Suite struct CalendarWriterTests {
    @Test("TEXT escaping: backslash, semicolon, comma and every kind of line break")
    func escaping() {
        #expect(CalendarText.escape(#"a\b;c,d"#) == #"a\\b\;c\,d"#)
        #expect(CalendarText.escape("l1\r\nl2\nl3\rl4") == #"l1\nl2\nl3\nl4"#)
        #expect(CalendarText.escape("tab\there\u{7}") == "tab\there")
        #expect(CalendarText.escape("Échange « visio » : 14 h") == "Échange « visio » : 14 h")
    }

    @Test("folding: lines of at most 75 octets, continuation lines start with a space, UTF-8 never split")
    func folding() {
        let line = "DESCRIPTION:" + String(repeating: "é€œ«»a", count: 40)
        let folded = CalendarText.fold(line)
        let pieces = folded.components(separatedBy: "\r\n")
        #expect(pieces.count > 3)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        // Unfolding gives the line back, and every piece is valid UTF-8 on its own.
        #expect(
            pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined() == line)
        #expect(CalendarText.fold("SUMMARY:court") == "SUMMARY:court")
        let exact = String(repeating: "x", count: 75)
        #expect(CalendarText.fold(exact) == exact)
        #expect(CalendarText.fold(exact + "y") == exact + "\r\n y")
    }

    @Test("folding a random French text never splits a character and keeps every octet")
    func foldingRandom() {
        var generator = SystemRandomNumberGenerator()
        let alphabet = Array("abcdeéèêàçôœŒ«» €,;\\ñ😀日本")
        for _ in 0..<200 {
            let text = String(
                (0..<Int.random(in: 0...400, using: &generator)).map { _ in
                    alphabet.randomElement(using: &generator)!
                })
            let pieces = CalendarText.fold("X:" + text).components(separatedBy: "\r\n")
            #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
            #expect(
                pieces.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined()
                    == "X:" + text)
        }
    }

    @Test("Paris time: CET in winter, CEST from the last Sunday of March 01:00 UTC to the last Sunday of October")
    func parisTime() {
        func utc(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> Int64 {
            CalendarDateTime(date: CalendarDate(year: y, month: m, day: d), hour: h, minute: min).secondsSinceEpoch
        }
        #expect(ParisTime.local(atUTC: utc(2026, 12, 7, 13, 30)).basic == "20261207T143000")
        #expect(ParisTime.local(atUTC: utc(2026, 7, 14, 8)).basic == "20260714T100000")
        // 2026: summer time from 29 March 01:00 UTC to 25 October 01:00 UTC.
        #expect(ParisTime.offset(atUTC: utc(2026, 3, 29, 0, 59)) == 3600)
        #expect(ParisTime.offset(atUTC: utc(2026, 3, 29, 1)) == 7200)
        #expect(ParisTime.offset(atUTC: utc(2026, 10, 25, 0, 59)) == 7200)
        #expect(ParisTime.offset(atUTC: utc(2026, 10, 25, 1)) == 3600)
        #expect(ParisTime.lastSunday(of: 3, 2027) == CalendarDate(year: 2027, month: 3, day: 28))
        #expect(ParisTime.lastSunday(of: 10, 2027) == CalendarDate(year: 2027, month: 10, day: 31))
        #expect(
            CalendarDate(daysSinceEpoch: CalendarDate(year: 2028, month: 2, day: 29).daysSinceEpoch).basic == "20280229"
        )
    }

    @Test("a calendar: CRLF lines, PRODID, VERSION, METHOD, the VTIMEZONE, the event's properties")
    func document() {
        let start = CalendarDateTime(date: CalendarDate(year: 2026, month: 12, day: 14), hour: 13, minute: 30)
        let event = CalendarEvent(
            uid: "interview-42@talents.example.gouv.fr", sequence: 2, stamp: start.secondsSinceEpoch - 86_400,
            start: .instant(secondsSinceEpoch: start.secondsSinceEpoch),
            end: .instant(secondsSinceEpoch: start.secondsSinceEpoch + 3600),
            summary: "Échange : « Refonte, du site »", description: "Ligne 1\nLigne 2; fin",
            location: "Visio", organizer: CalendarPerson(address: "ne-pas-repondre@example.gouv.fr", name: "Talents"),
            attendees: [CalendarPerson(address: "camille@example.gouv.fr")])
        let text = CalendarDocument(method: .request, events: [event]).text
        #expect(text.hasPrefix("BEGIN:VCALENDAR\r\n") && text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacing("\r\n", with: "").contains("\n") && !text.replacing("\r\n", with: "").contains("\r"))
        #expect(text.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        // Unfolded (RFC 5545 §3.1): the ATTENDEE line is longer than 75 octets.
        let lines = text.replacing("\r\n ", with: "").components(separatedBy: "\r\n")
        for expected in [
            "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/Paris",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "UID:interview-42@talents.example.gouv.fr", "SEQUENCE:2",
            "DTSTAMP:20261213T133000Z", "DTSTART;TZID=Europe/Paris:20261214T143000",
            "DTEND;TZID=Europe/Paris:20261214T153000", #"SUMMARY:Échange : « Refonte\, du site »"#,
            #"DESCRIPTION:Ligne 1\nLigne 2\; fin"#, "LOCATION:Visio",
            #"ORGANIZER;CN="Talents":mailto:ne-pas-repondre@example.gouv.fr"#
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
        #expect(lines.contains { $0.hasPrefix("ATTENDEE;") && $0.hasSuffix(":mailto:camille@example.gouv.fr") })
        #expect(lines.first { $0.hasPrefix("PRODID:") } != nil)
    }

    @Test("an all-day window: VALUE=DATE, the end the day after, no VTIMEZONE, PUBLISH")
    func allDay() {
        let event = CalendarEvent(
            uid: "agreement-7@h", stamp: 0, start: .day(CalendarDate(year: 2027, month: 1, day: 4)),
            end: .day(CalendarDate(year: 2027, month: 3, day: 31).next), summary: "Mission", transparent: true)
        let document = CalendarDocument(method: .publish, events: [event])
        let lines = document.text.components(separatedBy: "\r\n")
        #expect(lines.contains("DTSTART;VALUE=DATE:20270104"))
        #expect(lines.contains("DTEND;VALUE=DATE:20270401"))
        #expect(lines.contains("METHOD:PUBLISH") && lines.contains("TRANSP:TRANSPARENT"))
        #expect(!lines.contains("BEGIN:VTIMEZONE"))
        #expect(document.contentType == "text/calendar; method=PUBLISH; charset=UTF-8")
    }
}
