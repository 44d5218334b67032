import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The access log is written in chunks (issue 21): every answered request still gets its line,
/// none is lost when the server stops on SIGTERM, and a quiet server's lines reach the log
/// without waiting for the buffer to fill.
@Suite struct AccessLogTests {
    @Test func everyRequestHasItsLineAfterSIGTERMAndAQuietServerFlushesOnItsTimer() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let database = directory.path("talents.sqlite")
        try Subprocess.migrate(database)
        let port = try BackgroundProcess.freePort()
        let base = "http://127.0.0.1:\(port)"
        let server = try BackgroundProcess(
            product: "talents-api", ["--port", String(port), "--db", database, "--log-level", "info"],
            environment: ["TALENTS_JOBS_INTERVAL_SECONDS": "0"], log: directory.path("server.log"))
        defer { server.stop() }
        var up = false
        for _ in 0..<1200 where !up {
            up = (try? HTTPClient.send("GET", "\(base)/health"))?.status == 200
            if !up { usleep(25_000) }
        }
        try #require(up, "the server did not start: \(server.log)")

        // One request, then a quiet second: the timer writes its line.
        #expect(try HTTPClient.send("GET", "\(base)/v1/skills").status == 200)
        var flushed = false
        for _ in 0..<300 where !flushed {
            flushed = Self.lines(in: server.log, path: "/v1/skills") == 1
            if !flushed { usleep(10_000) }
        }
        #expect(flushed, "the line of a quiet server's request was not written within 3 s")

        // Many requests, then SIGTERM at once: every line is there.
        for index in 0..<300 {
            #expect(try HTTPClient.send("GET", "\(base)/v1/missions/\(index + 1)").status == 401)
        }
        #expect(server.stop() == 0)
        let log = server.log
        let answered = (1...300).filter { log.contains(#"path=/v1/missions/\#($0) status=401"#) }
        #expect(answered.count == 300, "\(300 - answered.count) lines missing")
        #expect(log.contains(#"msg="stopped""#))
        // Lines are whole: each starts with its timestamp.
        #expect(log.split(separator: "\n").allSatisfy { $0.hasPrefix("ts=") })
    }

    private static func lines(in log: String, path: String) -> Int {
        log.split(separator: "\n").filter { $0.contains(#"msg="request""#) && $0.contains("path=\(path) ") }.count
    }
}
