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
        #expect(try table(.answerTimes).csv == """
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
        #expect(Report.allCases.filter(\.coversPeriod) == [.missions, .applications, .answerTimes, .events])
    }
}
