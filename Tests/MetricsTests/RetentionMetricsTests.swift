import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// What the retention job purged shows in `talents-metrics`: a counter per category and the time
/// of the last run, which `promtool check metrics` accepts.
@Suite struct RetentionMetricsTests {
    @Test func theExporterShowsThePurgedCountsAndTheLastRun() async throws {
        let fixture = try NotificationFixture()
        defer { fixture.remove() }
        try fixture.apply(talent: 1)
        let environment = fixture.environment(smtpPort: nil)
        // Day 7 the reminder leaves; day 100 the retention job deletes it and its file.
        for days in [7, 100] {
            try fixture.setClock(days: days)
            let run = try Subprocess.run("talents-admin", ["jobs", "run"], environment: environment)
            try #require(run.status == 0, "\(run.errorOutput)")
        }
        let server = try await MetricsServerHarness.start(database: fixture.database, in: fixture.directory)
        defer { server.process.stop() }
        let text = try await server.metrics()
        #expect(text.contains("# TYPE talents_retention_purged_total counter"))
        #expect(text.contains("talents_retention_purged_total{category=\"messages\"} 1\n"), "\(text)")
        #expect(text.contains("talents_retention_purged_total{category=\"mail-files\"} 1\n"))
        #expect(text.contains("talents_retention_purged_total{category=\"inactivity-first-warnings\"} 0\n"))
        let lastRun = (NotificationFixture.startMilliseconds + 100 * 86_400_000) / 1000
        #expect(text.contains("talents_retention_last_run_timestamp_seconds \(lastRun)"), "\(text)")

        let output = fixture.directory.path("metrics.txt")
        try text.write(toFile: output, atomically: true, encoding: .utf8)
        let promtool = Process()
        promtool.executableURL = URL(fileURLWithPath: "/usr/bin/promtool")
        promtool.arguments = ["check", "metrics"]
        promtool.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: output))
        let messages = Pipe()
        promtool.standardError = messages
        promtool.standardOutput = messages
        try promtool.run()
        let report = String(decoding: messages.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        promtool.waitUntilExit()
        #expect(promtool.terminationStatus == 0 && report.isEmpty, "\(report)")
    }
}
