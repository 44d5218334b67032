import Foundation
import Persistence
import TestSupport
import Testing

@testable import AppTestSupport

/// `talents-metrics` as a real process over real database files.
@Suite struct MetricsServerTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
    }

    @Test func servesTheFiguresAndItsHealth() async throws {
        defer { directory.remove() }
        try MetricsFixture.make(at: database)
        let server = try await MetricsServerHarness.start(database: database, in: directory)
        defer { server.process.stop() }

        let health = try HTTPClient.send("GET", server.baseURL + "/health")
        #expect(health.text == "ok")
        let metrics = try HTTPClient.send("GET", server.baseURL + "/metrics")
        #expect(metrics.status == 200)
        #expect(metrics.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8")
        for line in [
            #"talents_applications{status="submitted"} 1"#,
            #"talents_applications_overdue{administration="DNUM"} 1"#,
            #"talents_missions{ministry="MININT",nature="support",state="published"} 1"#,
            #"talents_audit_events_total{action="application.submitted"} 2"#,
            #"talents_application_answer_time_seconds_bucket{administration="DNUM",le="172800"} 1"#,
            "talents_pool_members 1", "talents_metrics_scrape_errors_total 0"
        ] {
            #expect(metrics.text.contains(line + "\n"), "missing \(line)")
        }
        #expect(server.process.stop() == 0, "SIGTERM ends the exporter cleanly")
        #expect(server.process.log.contains(#"msg="listening""#))
    }

    /// A missing database is most likely a mistyped path: the exporter refuses it rather than
    /// create an empty file and export its zeros (docs/operations.md, "Metrics").
    @Test func aMissingDatabaseIsRefusedAndNothingIsCreated() throws {
        defer { directory.remove() }
        let inMissingFolder = directory.path("new/talents.sqlite")
        let flagged = try Subprocess.run("talents-metrics", ["--db", inMissingFolder, "--port", "1"])
        #expect(flagged.status == 1)
        #expect(flagged.errorOutput.contains("no database at '\(inMissingFolder)'"), "\(flagged.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("new")), "no folder created")
        let fromEnvironment = try Subprocess.run(
            "talents-metrics", ["--port", "1"], environment: ["TALENTS_DB": database])
        #expect(fromEnvironment.status == 1)
        #expect(fromEnvironment.errorOutput.contains("no database at '\(database)'"), "\(fromEnvironment.errorOutput)")
        #expect(!FileManager.default.fileExists(atPath: database), "no file created")
    }

    @Test func aSchemaNewerThanTheBinaryIsRefusedAtStart() throws {
        defer { directory.remove() }
        try MetricsFixture.make(at: database)
        _ = try Subprocess.sqlite3(database, "INSERT INTO schema_migrations VALUES (999, 'future', 0)")
        let result = try Subprocess.run("talents-metrics", ["--db", database, "--port", "1"])
        #expect(result.status == 1)
        #expect(result.errorOutput.contains("newer than this binary"))
    }

    @Test func aBadPortInTheEnvironmentIsAConfigurationError() throws {
        defer { directory.remove() }
        let result = try Subprocess.run("talents-metrics", [], environment: ["TALENTS_METRICS_PORT": "http"])
        #expect(result.status == 78)
        #expect(result.errorOutput.contains("TALENTS_METRICS_PORT"))
        #expect(!FileManager.default.fileExists(atPath: database))
    }

    /// The API's writer holds the write lock in another process; scrapes still answer at once
    /// from the last committed state, and see the write once committed.
    @Test func scrapesWhileAnotherProcessHoldsAWriteTransaction() async throws {
        defer { directory.remove() }
        try MetricsFixture.make(at: database)
        let server = try await MetricsServerHarness.start(database: database, in: directory)
        defer { server.process.stop() }
        let submitted = #"talents_audit_events_total{action="application.submitted"} "#
        #expect(try await server.metrics().contains(submitted + "2\n"))

        let writer = Process()
        writer.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        writer.arguments = [database]
        let input = Pipe()
        writer.standardInput = input
        writer.standardOutput = FileHandle.nullDevice
        writer.standardError = FileHandle.nullDevice
        try writer.run()
        defer {
            if writer.isRunning { writer.terminate() }
            writer.waitUntilExit()
        }
        // The writer waits for the lock if a probe below happens to hold it for a moment (under load
        // the probe may run before the writer has read its input).
        input.fileHandleForWriting.write(
            Data(
                """
                .timeout 10000
                BEGIN IMMEDIATE;
                INSERT INTO audit_events(at, actor, action, subject_type) VALUES (0, 'cli', 'application.submitted', 'application');

                """.utf8))
        // Another writer is refused while the lock is held (the CLI has no busy timeout).
        let locked = await Polling.eventually(within: 5) {
            let probe = try Subprocess.sqlite3(database, "BEGIN IMMEDIATE; ROLLBACK;")
            return probe.status != 0 && probe.errorOutput.contains("locked")
        }
        #expect(locked, "the writer process should hold the write lock")

        let during = try await server.metrics()
        #expect(during.contains(submitted + "2\n"), "the uncommitted event is not seen")
        #expect(during.contains("talents_metrics_last_scrape_error 0\n"))

        input.fileHandleForWriting.write(Data("COMMIT;\n".utf8))
        try input.fileHandleForWriting.close()
        writer.waitUntilExit()
        #expect(writer.terminationStatus == 0)
        let after = try await server.metrics()
        #expect(after.contains(submitted + "3\n"))
        #expect(after.contains("talents_metrics_scrape_errors_total 0\n"))
    }
}
