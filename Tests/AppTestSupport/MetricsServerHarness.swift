import Foundation
import TestSupport

/// `talents-metrics` started on a free port over a database, ready when `/health` answers.
struct MetricsServerHarness {
    let process: BackgroundProcess
    let port: Int

    var baseURL: String { "http://127.0.0.1:\(port)" }

    /// Starts the exporter with its configuration in the environment, as an operator would.
    static func start(database: String, in directory: TemporaryDirectory) async throws -> MetricsServerHarness {
        let port = try BackgroundProcess.freePort()
        let process = try BackgroundProcess(
            product: "talents-metrics",
            environment: ["TALENTS_DB": database, "TALENTS_METRICS_PORT": String(port)],
            log: directory.path("talents-metrics.log"))
        let harness = MetricsServerHarness(process: process, port: port)
        let ready = await Polling.eventually(within: 30) {
            guard process.isAlive else { return true }
            return try HTTPClient.send("GET", harness.baseURL + "/health").status == 200
        }
        guard ready, process.isAlive else {
            let status = process.stop()
            throw HarnessError(message: "talents-metrics did not start (exit status \(status)): \(process.log)")
        }
        return harness
    }

    /// The current `/metrics` text; a failed scrape throws.
    func metrics() async throws -> String {
        let response = try HTTPClient.send("GET", baseURL + "/metrics")
        guard response.status == 200 else { throw HarnessError(message: "GET /metrics: \(response.status)") }
        return response.text
    }

    struct HarnessError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}
