import Domain
import Persistence
import Reporting
import Testing

/// The programme figures over ``ProgrammeWorld``, whose expected values its documentation derives.
@Suite struct ProgrammeKPIsTests {
    private func read<T>(
        period: ReportingPeriod = .always, at now: Instant = ProgrammeWorld.now,
        _ body: (ProgrammeKPIs) throws -> T
    ) throws -> T {
        try withProgrammeWorld { database in
            try TalentsDatabase.openReadOnly(path: database.path).read { connection in
                try body(ProgrammeKPIs(connection, now: now, period: period))
            }
        }
    }

    @Test func missionsAreCountedByStateNatureAndMinistry() throws {
        let missions = try read { try $0.missions() }
        #expect(
            missions == [
                .init(state: .closed(.cancelled), nature: .support, ministry: "MINARM", count: 1),
                .init(state: .published, nature: .securityHardening, ministry: "MINARM", count: 1),
                .init(state: .draft, nature: .advice, ministry: "MININT", count: 1),
                .init(state: .published, nature: .support, ministry: "MININT", count: 1)
            ], "DNUM's missions count under its ministry MININT")
    }

    @Test func applicationsAreCountedByStatusWithZeros() throws {
        let counts = try read { try $0.applications() }
        #expect(counts.map(\.status) == ApplicationStatus.allCases)
        #expect(counts.map(\.count) == [2, 1, 3, 1, 2], "submitted, interview-proposed, accepted, declined, withdrawn")
    }

    @Test func overdueApplicationsAreThoseUnansweredPastTheirDueDate() throws {
        let overdue = try read { try $0.overdueApplications() }
        #expect(overdue.map(\.administration) == ["DNUM", "MINARM"], "administrations that proposed missions only")
        #expect(overdue.map(\.count) == [1, 0], "a4 is overdue; b1 is not due yet; b4 was withdrawn")
        // b1 (submitted 2026-02-20) falls due on 2026-03-06 09:00: overdue strictly after.
        let atDue = try read(at: ProgrammeWorld.instant("2026-03-06")) { try $0.overdueApplications() }
        #expect(atDue.map(\.count) == [1, 0])
        let justAfter = try read(at: ProgrammeWorld.instant("2026-03-06").adding(milliseconds: 1)) {
            try $0.overdueApplications()
        }
        #expect(justAfter.map(\.count) == [1, 1])
    }

    @Test func answerTimesFormAHistogramInSecondsPerAdministration() throws {
        let times = try read { try $0.answerTimes() }
        #expect(times.map(\.administration) == ["DNUM", "MINARM"])
        let day = 86_400.0
        var dnum = Histogram(upperBounds: AnswerTimes.bucketSeconds)
        for seconds in [2 * day, 10 * day + 3600, 20 * day] { dnum.observe(seconds) }
        var minarm = Histogram(upperBounds: AnswerTimes.bucketSeconds)
        for seconds in [3600, 14 * day] { minarm.observe(seconds) }
        #expect(times[0].histogram == dnum)
        #expect(times[1].histogram == minarm)
        #expect(times[0].histogram.cumulativeCounts == [0, 1, 1, 1, 1, 1, 2, 3, 3], "bounds are inclusive")
        #expect(times[0].meanSeconds == (32 * day + 3600) / 3)
    }

    @Test func theFourteenDayPromiseCountsLateAndUnansweredApplicationsDue() throws {
        let times = try read { try $0.answerTimes() }
        // DNUM: a1 and a2 in time, a3 late, a4 unanswered past due.
        #expect((times[0].answeredInTime, times[0].due) == (2, 4))
        #expect(times[0].inTimeShare == 0.5)
        // MINARM: b5 and b3 (exactly 14 days) in time; b4 withdrawn after its due date unanswered
        // is missed; b2 withdrawn before it and b1 not yet due do not count.
        #expect((times[1].answeredInTime, times[1].due) == (2, 3))
        #expect(times[1].inTimeShare == 2.0 / 3.0)
    }

    @Test func thePoolCountsMembersOncePerFamilyAtTheirBestLevel() throws {
        let pool = try read { try $0.pool() }
        #expect(pool.profiles == 5)
        #expect(pool.members == 3)
        #expect(
            pool.byFamilyAndLevel == [
                .init(family: .architecture, level: .notions, count: 1),
                .init(family: .data, level: .expert, count: 1),
                .init(family: .development, level: .mastery, count: 1),
                .init(family: .development, level: .expert, count: 1),
                .init(family: .security, level: .mastery, count: 1)
            ], "t2's development skills at 2 and 4 count once, at 4; t4 and t5 are not in the pool")
    }

    @Test func aPeriodSelectsBySubmissionAndCreation() throws {
        let february = ReportingPeriod(
            firstDay: try LocalDate(parsing: "2026-02-01"),
            lastDay: try LocalDate(parsing: "2026-02-28"))
        let applications = try read(period: february) { try $0.applications() }
        #expect(applications.map(\.count) == [2, 0, 0, 1, 0], "a3 (declined), a4 and b1 (submitted)")
        let times = try read(period: february) { try $0.answerTimes() }
        #expect(times.map(\.administration) == ["DNUM", "MINARM"])
        #expect(times[0].histogram.count == 1)
        #expect(times[1].histogram.count == 0)
        let missions = try read(period: february) { try $0.missions() }
        #expect(missions.isEmpty, "every mission was created on 2026-01-05")
    }

    @Test func aPeriodOfDaysRunsFromMidnightToTheMidnightAfterTheLastDay() throws {
        let day = try LocalDate(parsing: "2026-02-28")
        let period = ReportingPeriod(firstDay: day, lastDay: day)
        #expect(period.from == Instant(utc: day))
        #expect(period.until == Instant(utc: try LocalDate(parsing: "2026-03-01")))
        #expect(ReportingPeriod(firstDay: nil, lastDay: nil) == .always)
    }

    @Test func eventsAreCountedByActionAndReason() throws {
        let events = try read { try $0.events() }
        let counts = Dictionary(uniqueKeysWithValues: events.map { ("\($0.action) \($0.reason ?? "-")", $0.count) })
        #expect(counts["application.submitted -"] == 9)
        #expect(counts["application.accepted -"] == 3)
        #expect(counts["application.declined mission-filled"] == 1)
        #expect(counts["application.withdrawn no-longer-available"] == 1)
        #expect(counts["application.withdrawn other"] == 1)
        #expect(counts["mission.published -"] == 2)
        #expect(counts["talent.pool-joined -"] == 3)
        let january = ReportingPeriod(firstDay: nil, lastDay: try LocalDate(parsing: "2026-01-31"))
        let early = try read(period: january) { try $0.events() }
        #expect(early.first { $0.action == "application.declined" } == nil, "a3 was declined on 2026-02-21")
    }

    @Test func engagementCountsAgreementsOrdersAndValidatedTimeByMinistry() throws {
        let engagement = try read { try $0.engagement() }
        #expect(
            engagement.agreements.map(\.count) == [0, 1, 1, 1, 0], "awaiting, signed, refused, completed, interrupted")
        #expect(engagement.signedAgreements == 2, "signed and completed: both were signed by the three parties")
        #expect(
            engagement.missionOrders == [
                .init(ministry: "MINARM", cancelled: false, count: 1),
                .init(ministry: "MININT", cancelled: false, count: 1),
                .init(ministry: "MININT", cancelled: true, count: 1)
            ],
            "DNUM issues under its ministry MININT; a cancelled order still counts as issued")
        #expect(
            engagement.validatedTime == [
                .init(employerMinistry: "MINARM", beneficiaryMinistry: "MINARM", minutes: 240),
                .init(employerMinistry: "MININT", beneficiaryMinistry: "MINARM", minutes: 210)
            ], "submitted and rejected reports do not count")
    }
}
