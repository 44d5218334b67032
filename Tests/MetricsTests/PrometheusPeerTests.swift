import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The exporter's output checked by Prometheus's own tools: `promtool check metrics` and a
/// real Prometheus server scraping the real binary (Debian package `prometheus`, installed by
/// `scripts/setup`).
@Suite(.serialized) struct PrometheusPeerTests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
    }

    @Test func promtoolFindsNeitherErrorsNorLintProblems() async throws {
        defer { directory.remove() }
        try MetricsFixture.make(at: database)
        let server = try await MetricsServerHarness.start(database: database, in: directory)
        defer { server.process.stop() }
        let output = directory.path("metrics.txt")
        try await server.metrics().write(toFile: output, atomically: true, encoding: .utf8)

        let promtool = Process()
        promtool.executableURL = URL(fileURLWithPath: "/usr/bin/promtool")
        promtool.arguments = ["check", "metrics"]
        promtool.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: output))
        let messages = Pipe()
        promtool.standardError = messages
        promtool.standardOutput = messages
        try promtool.run()
        let text = String(decoding: messages.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        promtool.waitUntilExit()
        // Exit 1 is a parse error, 3 lint problems only (e.g. a counter without _total).
        #expect(promtool.terminationStatus == 0, "\(text)")
        #expect(text.isEmpty)
    }

    @Test func aPrometheusServerScrapesTheExporter() async throws {
        defer { directory.remove() }
        try MetricsFixture.make(at: database)
        let exporter = try await MetricsServerHarness.start(database: database, in: directory)
        defer { exporter.process.stop() }

        let configuration = directory.path("prometheus.yml")
        try """
        global: {scrape_interval: 1s, evaluation_interval: 1s}
        scrape_configs:
          - job_name: talents
            static_configs: [{targets: ['127.0.0.1:\(exporter.port)']}]

        """.write(toFile: configuration, atomically: true, encoding: .utf8)
        let port = try BackgroundProcess.freePort()
        let prometheus = try BackgroundProcess(
            URL(fileURLWithPath: "/usr/bin/prometheus"),
            [
                "--config.file=\(configuration)", "--storage.tsdb.path=\(directory.path("tsdb"))",
                "--web.listen-address=127.0.0.1:\(port)"
            ],
            log: directory.path("prometheus.log"))
        defer { prometheus.stop() }

        func query(_ expression: String) async throws -> String? {
            let encoded = expression.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
            let response = try HTTPClient.send("GET", "http://127.0.0.1:\(port)/api/v1/query?query=\(encoded)")
            let json = response.json as? [String: Any]
            let result = (json?["data"] as? [String: Any])?["result"] as? [[String: Any]]
            return (result?.first?["value"] as? [Any])?.last as? String
        }
        // The first scrape lands about 5 s after Prometheus starts.
        let up = await Polling.eventually(within: 15) { try await query(#"up{job="talents"}"#) == "1" }
        #expect(up, "Prometheus never scraped the exporter: \(prometheus.log.suffix(2000))")
        try #require(up)
        #expect(try await query(#"talents_applications{status="submitted"}"#) == "1")
        #expect(try await query(#"talents_applications_overdue{administration="DNUM"}"#) == "1")
        #expect(try await query("sum(talents_missions)") == "2")
        #expect(try await query(#"talents_audit_events_total{action="application.submitted"}"#) == "2")
        #expect(try await query(#"histogram_quantile(1, talents_application_answer_time_seconds_bucket)"#) == "172800")
        #expect(try await query("talents_metrics_scrape_errors_total") == "0")
        #expect(try await query(#"talents_agreements{status="signed"}"#) == "1")
        #expect(try await query(#"sum by (ministry) (talents_mission_orders{status="in-force"})"#) == "1")
        #expect(
            try await query(
                #"talents_validated_work_seconds{employer_ministry="MININT",beneficiary_ministry="MININT"}"#)
                == "5400")
        #expect(prometheus.stop() == 0, "Prometheus stops cleanly on SIGTERM")
    }
}
