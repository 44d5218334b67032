import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The API's own `GET /metrics`: requests by route template and status, a latency histogram,
/// judged by `promtool check metrics`.
@Suite struct APIMetricsTests {
    @Test func countsRequestsByRouteTemplateAndStatusAndPromtoolAcceptsTheText() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let server = try APIServerProcess(database: directory.path("talents.sqlite"))
        defer { server.stop() }
        for path in ["/v1/skills", "/v1/skills", "/v1/missions/1", "/v1/missions/2", "/v1/missions/2", "/nowhere"] {
            _ = try server.send("GET", path)
        }
        _ = try server.send("DELETE", "/health")

        let response = try server.send("GET", "/metrics")
        #expect(response.status == 200)
        #expect(response.headers["content-type"] == "text/plain; version=0.0.4; charset=utf-8")
        let lines = Set(response.text.split(separator: "\n").map(String.init))
        for expected in [
            #"talents_api_requests_total{method="GET",route="/v1/skills",status="200"} 2"#,
            // Three paths, one template: the series stay bounded by the routes declared.
            #"talents_api_requests_total{method="GET",route="/v1/missions/{id}",status="401"} 3"#,
            #"talents_api_requests_total{method="GET",route="unmatched",status="404"} 1"#,
            #"talents_api_requests_total{method="DELETE",route="unmatched",status="405"} 1"#,
            #"talents_api_request_duration_seconds_count{method="GET",route="/v1/missions/{id}"} 3"#,
            #"talents_api_request_duration_seconds_bucket{method="GET",route="/v1/skills",le="+Inf"} 2"#,
            "# TYPE talents_api_request_duration_seconds histogram"
        ] {
            #expect(lines.contains(expected), "missing \(expected) in:\n\(response.text)")
        }
        #expect(!response.text.contains("/v1/missions/2"), "paths never become labels")
        let second = try server.send("GET", "/metrics").text
        #expect(second.contains(#"talents_api_requests_total{method="GET",route="/metrics",status="200"} 1"#))

        let output = directory.path("api-metrics.txt")
        try second.write(toFile: output, atomically: true, encoding: .utf8)
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
        #expect(promtool.terminationStatus == 0 && text.isEmpty, "\(text)")
    }
}
