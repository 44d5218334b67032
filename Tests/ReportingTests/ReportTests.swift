import Domain
import Persistence
import Reporting
import Testing

/// The reports of `talents-admin report` over ``ProgrammeWorld``.
@Suite struct ReportTests {
    private func table(_ report: Report, period: ReportingPeriod = .always) throws -> ReportTable {
        try withProgrammeWorld { database in
            try database.pool.read { try report.table(ProgrammeKPIs($0, now: ProgrammeWorld.now, period: period)) }
        }
    }

    @Test func answerTimesGiveTheDistributionInDaysAndThePromise() throws {
        #expect(
            try table(.answerTimes).csv == """
                administration,answered,mean_days,within_1d,within_2d,within_3d,within_5d,within_7d,within_10d,\
                within_14d,within_21d,within_30d,due,answered_in_time,in_time_share\r
                DNUM,3,10.680555555555555,0,1,1,1,1,1,2,3,3,4,2,0.5\r
                MINARM,2,7.020833333333333,1,1,1,1,1,1,2,2,2,3,2,0.6666666666666666\r

                """)
    }

    @Test func everyReportHasARowPerGroup() throws {
        #expect(try table(.missions).rows.count == 4)
        #expect(try table(.applications).rows.map { $0[0] } == ApplicationStatus.allCases.map { .text($0.rawValue) })
        #expect(try table(.overdue).rows == [[.text("DNUM"), .integer(1)], [.text("MINARM"), .integer(0)]])
        #expect(try table(.pool).rows.first == [.text("architecture"), .integer(1), .integer(1)])
        let declined = try table(.events).rows.first { $0[0] == .text("application.declined") }
        #expect(declined == [.text("application.declined"), .text("mission-filled"), .integer(1)])
        #expect(try table(.events).rows.contains { $0[0] == .text("mission.created") && $0[1] == .empty })
    }

    @Test func onlyReportsAboutEventsCoverAPeriod() {
        #expect(Report.allCases.filter { !$0.coversPeriod } == [.overdue, .pool, .visMonJob])
    }

    @Test func engagementReportsCountAgreementsOrdersAndHours() throws {
        #expect(
            try table(.agreements).csv == """
                status,agreements\r
                awaiting-signatures,0\r
                signed,1\r
                refused,1\r
                completed,1\r
                interrupted,0\r

                """)
        #expect(
            try table(.missionOrders).csv == """
                ministry,issued,in_force,cancelled\r
                MINARM,1,1,0\r
                MININT,2,1,1\r

                """)
        #expect(
            try table(.validatedHours).csv == """
                employer_ministry,beneficiary_ministry,hours\r
                MINARM,MINARM,4.0\r
                MININT,MINARM,3.5\r

                """)
    }

    @Test func engagementReportsCoverTheirPeriod() throws {
        // Everything was created, issued and validated on 2026-02-01.
        let before = ReportingPeriod(firstDay: nil, lastDay: try LocalDate(parsing: "2026-01-31"))
        #expect(try table(.agreements, period: before).rows.allSatisfy { $0[1] == .integer(0) })
        #expect(try table(.missionOrders, period: before).rows.isEmpty)
        #expect(try table(.validatedHours, period: before).rows.isEmpty)
        let february = ReportingPeriod(firstDay: try LocalDate(parsing: "2026-02-01"), lastDay: nil)
        #expect(try table(.validatedHours, period: february).rows.count == 2)
    }
}
