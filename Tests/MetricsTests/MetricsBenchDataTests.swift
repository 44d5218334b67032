import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// `talents-metrics-bench`, the generator of scripts/bench-metrics.sh, at a small scale: its rows
/// pass the schema's constraints and foreign keys, the activity burst goes through the stores,
/// and the figures read by the exporter's tallies equal those of the aggregate queries (reports).
@Suite struct MetricsBenchDataTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("programme.sqlite")
    }

    private func bench(_ arguments: String...) throws -> Subprocess.Result {
        try Subprocess.run("talents-metrics-bench", arguments)
    }

    @Test func generatesAConsistentProgrammeThenActivityThroughTheStores() async throws {
        defer { directory.remove() }
        let generated = try bench(
            "generate", "--db", database, "--talents", "300", "--missions", "40",
            "--applications", "2000")
        #expect(generated.status == 0, "\(generated.errorOutput)")
        #expect(try Subprocess.sqlite3(database, "PRAGMA foreign_key_check").output == "")
        #expect(try Subprocess.sqlite3(database, "SELECT count(*) FROM applications").output == "2000\n")
        let agreements = try Subprocess.sqlite3(
            database,
            """
            SELECT (SELECT count(*) FROM agreements), (SELECT count(*) FROM applications WHERE status = 'accepted'),
                (SELECT count(*) FROM agreements WHERE status = 'signed' AND signed_at IS NOT NULL)
            """
        ).output.split(separator: "|").map { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 }
        #expect(
            agreements[0] > 0 && agreements[0] == agreements[1], "an agreement per accepted application: \(agreements)")
        #expect(agreements[2] > 0 && agreements[2] < agreements[0], "signed and awaiting: \(agreements)")
        #expect(try bench("generate", "--db", database).status != 0, "an existing file is refused")

        let activity = try bench(
            "activity", "--db", database, "--submissions", "20", "--answers", "20",
            "--seed", "7")
        #expect(activity.status == 0, "\(activity.errorOutput)")
        #expect(activity.output.contains("answered 20"), "\(activity.output)")

        // The exporter follows the changes from the trail; the report recounts from the rows.
        let server = try await MetricsServerHarness.start(database: database, in: directory)
        defer { server.process.stop() }
        _ = try await server.metrics()
        #expect(try bench("activity", "--db", database, "--answers", "20", "--seed", "8").status == 0)
        let metrics = try await server.metrics()
        let report = try Subprocess.run(
            "talents-admin", ["report", "applications", "--format", "csv"],
            environment: ["TALENTS_DB": database])
        for line in report.output.split(separator: "\r\n").dropFirst() {
            let fields = line.split(separator: ",")
            #expect(metrics.contains("talents_applications{status=\"\(fields[0])\"} \(fields[1])\n"), "\(line)")
        }
    }
}
