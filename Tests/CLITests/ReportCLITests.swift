import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// `talents-admin report …` as a subprocess over the metrics fixture.
@Suite struct ReportCLITests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
    }

    private func report(_ arguments: String...) throws -> Subprocess.Result {
        try Subprocess.run("talents-admin", ["report"] + arguments, environment: ["TALENTS_DB": database])
    }

    @Test func applicationsAsCSV() throws {
        defer { directory.remove() }
        try MetricsFixture.make(at: database)
        let result = try report("applications", "--format", "csv")
        #expect(result.status == 0, "\(result.errorOutput)")
        #expect(
            result.output == "status,applications\r\nsubmitted,1\r\ninterview-proposed,0\r\naccepted,1\r\n"
                + "declined,0\r\nwithdrawn,0\r\n")
    }

    @Test func engagementReportsAsCSV() throws {
        defer { directory.remove() }
        try MetricsFixture.make(at: database)
        let hours = try report("validated-hours", "--format", "csv")
        #expect(hours.status == 0, "\(hours.errorOutput)")
        #expect(hours.output == "employer_ministry,beneficiary_ministry,hours\r\nMININT,MININT,1.5\r\n")
        #expect(
            try report("mission-orders", "--format", "csv").output
                == "ministry,issued,in_force,cancelled\r\nMININT,1,1,0\r\n")
        let agreements = try report("agreements", "--format", "csv").output
        #expect(agreements.contains("\r\nsigned,1\r\n") && agreements.contains("\r\nrefused,0\r\n"))
    }

    @Test func missionsAsCSVWithAPeriodThatExcludesThem() throws {
        defer { directory.remove() }
        try MetricsFixture.make(at: database)
        // The fixture's missions were created at the epoch.
        let all = try report("missions", "--format", "csv", "--to", "1970-01-01")
        #expect(
            all.output == "ministry,state,nature,missions\r\nMININT,draft,advice,1\r\nMININT,published,support,1\r\n")
        let none = try report("missions", "--format", "csv", "--from", "1970-01-02")
        #expect(none.output == "ministry,state,nature,missions\r\n")
    }

    @Test func answerTimesAndOverdueAsJSON() throws {
        defer { directory.remove() }
        try MetricsFixture.make(at: database)
        let overdue = try report("overdue", "--format", "json")
        #expect(overdue.status == 0, "\(overdue.errorOutput)")
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(overdue.output.utf8)) as? [[String: Any]])
        #expect(rows.count == 1)
        #expect(rows.first?["administration"] as? String == "DNUM")
        #expect(rows.first?["overdue"] as? Int == 1)

        let times = try report("answer-times", "--format", "json")
        let answers = try #require(try JSONSerialization.jsonObject(with: Data(times.output.utf8)) as? [[String: Any]])
        #expect(answers.first?["answered"] as? Int == 1)
        #expect(answers.first?["mean_days"] as? Double == 2)
        #expect(answers.first?["within_1d"] as? Int == 0)
        #expect(answers.first?["within_2d"] as? Int == 1)
        #expect(answers.first?["in_time_share"] as? Double == 0.5, "application 2 is unanswered past due")
    }

    @Test func theDefaultFormatIsAnAlignedTable() throws {
        defer { directory.remove() }
        try MetricsFixture.make(at: database)
        let result = try report("pool")
        #expect(
            result.output == """
                FAMILY       LEVEL  TALENTS
                data             4        1
                development      3        1

                """)
    }

    @Test func badInputIsAUsageErrorAndAMissingDatabaseIsRefused() throws {
        defer { directory.remove() }
        let missing = try report("applications")
        #expect(missing.status == 1)
        #expect(missing.errorOutput.contains("no database at"))
        #expect(!FileManager.default.fileExists(atPath: database), "a report must not create the file")
        try MetricsFixture.make(at: database)
        let reversed = try report("events", "--from", "2026-03-01", "--to", "2026-02-01")
        #expect(reversed.status == 64)
        #expect(reversed.errorOutput.contains("--to"))
        #expect(try report("pool", "--from", "2026-03-01").status == 64, "the pool is a current state")
        #expect(try report("applications", "--format", "xml").status == 64)
        #expect(try report("applications", "--from", "March").status == 64)
    }
}
