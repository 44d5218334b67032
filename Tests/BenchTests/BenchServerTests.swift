import Foundation
import Testing

@testable import talents_bench

@Suite("talents-bench endpoints")
struct BenchServerTests {
    /// A server on a free port over a fresh database of `seedRows` missions.
    private func withServer(_ body: (RawHTTPClient) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("BenchTests-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        var configuration = BenchConfiguration()
        configuration.port = 0
        configuration.databasePath = directory.appendingPathComponent("missions.sqlite").path
        configuration.eventLoops = 1
        let server = try BenchServer(configuration: configuration)
        try server.start()
        defer { server.shutdown() }
        try body(try RawHTTPClient(port: server.port))
    }

    @Test("GET /health answers ok in text/plain")
    func health() throws {
        try withServer { client in
            let response = try client.send("GET /health")
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == "text/plain; charset=utf-8")
            #expect(response.body == "ok")
        }
    }

    @Test("GET /missions/{id} serves a seeded row, 404 when absent, 400 for a non-integer id")
    func read() throws {
        try withServer { client in
            let found = try client.send("GET /missions/42")
            #expect(found.status == 200)
            #expect(found.headers["content-type"] == "application/json; charset=utf-8")
            #expect(
                found.body
                    == #"{"id":42,"title":"Mission 42","description":"Survey sector 42 of the outer belt, log every anomaly, photograph the relay masts and report fuel usage per leg.","status":"planned","hours":3,"created_at":"2025-01-01T00:42:00Z"}"#
            )
            #expect(try client.send("GET /missions/10001").status == 404)
            #expect(try client.send("GET /missions/abc").status == 400)
        }
    }

    @Test("POST /missions answers 201 with the committed row; 400 on a bad body")
    func insert() throws {
        try withServer { client in
            let created = try client.send(
                "POST /missions",
                body: #"{"title":"T/1","description":"d \"q\"","status":"planned","hours":8}"#)
            #expect(created.status == 201)
            #expect(created.headers["content-type"] == "application/json; charset=utf-8")
            #expect(
                created.body.hasPrefix(
                    #"{"id":10001,"title":"T\/1","description":"d \"q\"","status":"planned","hours":8,"created_at":""#))
            let read = try client.send("GET /missions/10001")
            #expect(read.body == created.body)
            #expect(try client.send("POST /missions", body: #"{"title":"T"}"#).status == 400)
            #expect(try client.send("POST /missions", body: "not json").status == 400)
        }
    }
}
