import Domain
import Testing

@Suite("DateHorizon: dates at most five years ahead")
struct DateHorizonTests {
    @Test func theLastDayIsFiveYearsFromToday() throws {
        #expect(DateHorizon.latest(today: day("2026-03-02")) == day("2031-03-02"))
        #expect(DateHorizon.latest(today: day("2028-02-29")) == day("2033-02-28"))
        try DateHorizon.check(day("2031-03-02"), field: "window.end", today: day("2026-03-02"))
        #expect(
            throws: DateHorizonError.beyondHorizon(
                field: "window.end", date: day("2031-03-03"),
                latest: day("2031-03-02"))
        ) {
            try DateHorizon.check(day("2031-03-03"), field: "window.end", today: day("2026-03-02"))
        }
    }

    @Test func theErrorHasAStableCodeAndSaysTheLastDate() {
        let error = DateHorizonError.beyondHorizon(
            field: "eventDay", date: day("2062-01-01"), latest: day("2031-03-02"))
        #expect(error.code == "date-beyond-horizon")
        #expect(error.field == "eventDay")
        #expect(error.kind == .invalidValue)
        #expect(error.message.contains("2031-03-02") && error.message.contains("2062-01-01"))
    }

    @Test func aMissionWindowMustEndWithinTheHorizonOfItsDay() throws {
        // Created on 2026-03-02: a window ending 2031-03-02 is fine, one day later is not.
        let lastDay = DateWindow(start: day("2031-01-01"), end: day("2031-03-02"))
        let created = try Mission.create(
            id: 1, administrationID: 10, ownerID: 100,
            details: .make(window: lastDay, applicationDeadline: day("2030-12-01")),
            at: referenceInstant)
        #expect(created.details.window == lastDay)
        let beyond = DateWindow(start: day("2031-01-01"), end: day("2031-03-03"))
        #expect(
            throws: DateHorizonError.beyondHorizon(
                field: "window.end", date: day("2031-03-03"),
                latest: day("2031-03-02"))
        ) {
            try Mission.create(
                id: 1, administrationID: 10, ownerID: 100,
                details: .make(window: beyond, applicationDeadline: day("2030-12-01")), at: referenceInstant)
        }
        var draft = created
        #expect(throws: DateHorizonError.self) {
            try draft.edit(.make(window: beyond, applicationDeadline: day("2030-12-01")), at: referenceInstant)
        }
        #expect(draft.details.window == lastDay, "a refused edit changes nothing")
        // The same window is fine once time has passed.
        try draft.edit(
            .make(window: beyond, applicationDeadline: day("2030-12-01")),
            at: Instant(utc: day("2026-03-03")))
    }

    @Test func aVisMonJobEditionMustTakePlaceWithinTheHorizon() throws {
        let today = day("2026-03-02")
        let edition = NewEdition(
            name: "Vis mon job 2031", eventDay: day("2031-03-03"), registrationOpens: day("2031-01-05"),
            registrationCloses: day("2031-02-01"))
        #expect(
            throws: DateHorizonError.beyondHorizon(
                field: "eventDay", date: day("2031-03-03"), latest: day("2031-03-02"))
        ) {
            try edition.checkHorizon(today: today)
        }
        var sooner = edition
        sooner.eventDay = day("2031-03-02")
        try sooner.checkHorizon(today: today)
    }
}
