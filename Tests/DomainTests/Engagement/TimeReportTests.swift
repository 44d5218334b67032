import Domain
import Testing

@Suite struct TimeReportTests {
    private let signed = Agreement.make(signedBy: AgreementParty.allCases)
    private let now = Instant(utc: day("2026-04-10"), hour: 9)

    private func report(
        _ date: String = "2026-04-09", minutes: Int = 60, note: String = "Revue",
        on agreement: Agreement? = nil, inForce: Bool = true
    ) throws -> TimeReport {
        try TimeReport.report(
            id: 1, NewTimeReport(date: day(date), minutes: minutes, note: note),
            on: agreement ?? signed, missionOrderInForce: inForce, at: now)
    }

    @Test func isReportedOnASignedAgreementWithAMissionOrderInForce() throws {
        #expect(throws: AgreementError.invalidTransition(action: .reportTime, from: .awaitingSignatures)) {
            try report(on: .make())
        }
        #expect(throws: AgreementError.missionOrderRequired(.reportTime)) { try report(inForce: false) }
        let reported = try report(note: "  Revue de code  ")
        #expect(reported.status == .submitted && reported.note == "Revue de code" && reported.reportedAt == now)
    }

    @Test func theDayIsInsideTheAgreementAndNotInTheFuture() throws {
        #expect(throws: TimeReportError.dateOutsideAgreement(day("2026-03-31"), agreement: signed.terms.dates)) {
            try report("2026-03-31")
        }
        #expect(throws: TimeReportError.dateInFuture(day("2026-04-11"), today: day("2026-04-10"))) {
            try report("2026-04-11")
        }
        #expect(try report("2026-04-10").date == day("2026-04-10"), "today counts")
        #expect(try report("2026-04-01").date == day("2026-04-01"), "the first day counts")
    }

    @Test func minutesGoFromOneToADay() throws {
        for minutes in [0, -5, 1441, 2000] {
            #expect(throws: TimeReportError.minutesOutOfRange(minutes)) { try report(minutes: minutes) }
        }
        #expect(try report(minutes: 1).minutes == 1 && report(minutes: 1440).minutes == 1440)
        #expect(throws: TimeReportError.textLength(field: "note", count: 0)) { try report(note: "   ") }
    }

    @Test func aDayNeverCountsMoreThanTwentyFourHoursAcrossReports() throws {
        func report(minutes: Int, dayMinutes: Int) throws -> TimeReport {
            try TimeReport.report(
                id: 1, NewTimeReport(date: day("2026-04-09"), minutes: minutes, note: "Revue"),
                on: signed, missionOrderInForce: true, dayMinutes: dayMinutes, at: now)
        }
        #expect(throws: TimeReportError.dayExceeded(day("2026-04-09"), reportedMinutes: 1000, minutes: 441)) {
            try report(minutes: 441, dayMinutes: 1000)
        }
        #expect(try report(minutes: 440, dayMinutes: 1000).minutes == 440, "exactly 24 hours in all")
    }

    @Test func validatedTimeNeverExceedsTheBudget() throws {
        var report = TimeReport.make(minutes: 120)
        #expect(throws: TimeReportError.budgetExceeded(budgetMinutes: 600, validatedMinutes: 481, reportMinutes: 120)) {
            try report.validate(budgetMinutes: 600, validatedMinutes: 481, by: 100, at: now)
        }
        #expect(report.status == .submitted)
        try report.validate(budgetMinutes: 600, validatedMinutes: 480, by: 100, at: now)
        #expect(report.status == .validated && report.decidedBy == 100 && report.decidedAt == now)
        #expect(throws: TimeReportError.alreadyDecided(.validated)) { try report.reject(reason: "x", by: 100, at: now) }
    }

    @Test func isRejectedWithAReason() throws {
        var report = TimeReport.make()
        #expect(throws: TimeReportError.textLength(field: "reason", count: 0)) {
            try report.reject(reason: "", by: 100, at: now)
        }
        try report.reject(reason: "Déjà compté", by: 100, at: now)
        #expect(report.status == .rejected && report.rejectionReason == "Déjà compté")
        #expect(throws: TimeReportError.alreadyDecided(.rejected)) {
            try report.validate(budgetMinutes: 600, validatedMinutes: 0, by: 100, at: now)
        }
    }

    @Test func totalsCountReportedValidatedAndRemainingMinutes() throws {
        var validated = TimeReport.make(minutes: 120)
        try validated.validate(budgetMinutes: 600, validatedMinutes: 0, by: 100, at: now)
        var rejected = TimeReport.make(minutes: 60)
        try rejected.reject(reason: "Non", by: 100, at: now)
        let totals = TimeTotals(budgetMinutes: 600, reports: [validated, rejected, .make(minutes: 30)])
        #expect(totals.reportedMinutes == 150 && totals.validatedMinutes == 120 && totals.remainingMinutes == 480)
    }
}
