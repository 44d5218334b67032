import Glibc
import Testing

@testable import HTTP

@Suite("Server over real sockets: limits, timeouts and hostile clients")
struct HTTPServerLimitsTests {
    static let shortTimeouts = HTTPServer.Configuration.Timeouts(
        requestHead: .milliseconds(200), requestBody: .milliseconds(200), idle: .milliseconds(300),
        write: .milliseconds(300), lingeringClose: .milliseconds(200))

    @Test func answers431ForOversizedHeadsAndCloses() throws {
        let server = try TestServer.make(TestServer.makeRouter())
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        try client.send("GET /health HTTP/1.1\r\nHost: t\r\nX-Big: \(String(repeating: "x", count: 17 * 1024))\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 431)
        #expect(response["Connection"] == "close")
        #expect(response["Cache-Control"] == "no-store", "the server's own problems are not stored either")
        #expect(try client.readUntilClosed().isEmpty)
    }

    @Test func answers413BeforeTheBodyIsSent() throws {
        let server = try TestServer.make(TestServer.makeRouter(), limits: .init(maxBodyBytes: 1000))
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1001\r\n\r\n")
        #expect(try client.readResponse().status == 413)
        let expecting = try TestClient(port: server.port)
        try expecting.send("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5000\r\n\r\n")
        #expect(try expecting.readResponse().status == 413, "413 instead of 100 Continue")
    }

    @Test func answers413EvenWhileTheClientKeepsSending() throws {
        let server = try TestServer.make(TestServer.makeRouter(), limits: .init(maxBodyBytes: 1000))
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        // Lingering close drains the rest, so the 413 arrives instead of a reset.
        try client.send(
            "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 200000\r\n\r\n" + String(repeating: "z", count: 200_000))
        #expect(try client.readResponse().status == 413)
    }

    @Test func disconnectsASlowHeadSender() throws {
        let server = try TestServer.make(TestServer.makeRouter(), timeouts: Self.shortTimeouts)
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        try client.send("GET /health HTTP/1.1\r\nHo")
        #expect(try client.readUntilClosed().isEmpty)
    }

    @Test func disconnectsAClientTricklingItsHead() throws {
        let server = try TestServer.make(TestServer.makeRouter(), timeouts: Self.shortTimeouts)
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        // One byte every 20 ms keeps the connection busy but never finishes the head; the
        // 200 ms head timeout must cut it off long before the 3 s this would take.
        let head = Array(
            "GET /health HTTP/1.1\r\nHost: t\r\nX-Slow: \(String(repeating: "s", count: 150))\r\n\r\n".utf8)
        var disconnected = false
        for byte in head {
            if (try? client.send([byte])) == nil {
                disconnected = true
                break
            }
            usleep(20_000)
        }
        #expect(disconnected)
    }

    @Test func closesIdleKeepAliveConnections() throws {
        let server = try TestServer.make(TestServer.makeRouter(), timeouts: Self.shortTimeouts)
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        try client.send("GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().status == 200)
        #expect(try client.readUntilClosed().isEmpty)
    }

    @Test func stopsReadingAndThenDisconnectsAClientThatDoesNotRead() throws {
        var router = TestServer.makeRouter()
        let big = [UInt8](repeating: 0x62, count: 1 << 20)
        router.get("/big") { _ in HTTPResponse(contentType: "application/octet-stream", body: big) }
        let server = try TestServer.make(router, timeouts: Self.shortTimeouts)
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        // 40 MiB of responses owed, far beyond the socket buffers: the server must hold back
        // (not render them all) and close once its writes stay blocked for 300 ms.
        try client.send(String(repeating: "GET /big HTTP/1.1\r\nHost: t\r\n\r\n", count: 40))
        usleep(800_000)
        let received = try client.readUntilClosed()
        #expect(received.count < 40 << 20)
    }

    @Test func disconnectsAClientThatNeverReadsAResponseTheServersSocketAccepted() throws {
        // 1 MiB: more than a client that never reads lets its TCP take (its receive buffer stays
        // at its initial 128 KiB), less than the server's send buffer grows to, so the server's
        // writes never block: the rest waits unacknowledged in the server's kernel. The client
        // must be dropped after the 500 ms write timeout, not the 10 s idle timeout (before
        // issue 15 the bytes the kernel accepted counted as written: it was the idle timeout).
        var router = TestServer.makeRouter()
        let body = [UInt8](repeating: 0x62, count: 1 << 20)
        router.get("/large") { _ in HTTPResponse(contentType: "application/octet-stream", body: body) }
        let server = try TestServer.make(
            router,
            timeouts: .init(
                requestHead: .seconds(10), requestBody: .seconds(10),
                idle: .seconds(10), write: .milliseconds(500)))
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port, receiveTimeout: .seconds(20))
        let sent = ContinuousClock.now
        try client.send("GET /large HTTP/1.1\r\nHost: t\r\n\r\n")
        usleep(1_000_000)
        // Closing is graceful: the kernel still delivers what the server wrote, then the end.
        let received = try client.readUntilClosed()
        let closedAfter = ContinuousClock.now - sent
        #expect(received.count > body.count)
        #expect(closedAfter < .seconds(5), "dropped after the write timeout, not the idle one: \(closedAfter)")
    }

    @Test func keepsAClientThatReadsEachResponseLongerThanTheWriteTimeout() throws {
        var router = TestServer.makeRouter()
        let body = [UInt8](repeating: 0x62, count: 100 * 1024)
        router.get("/medium") { _ in HTTPResponse(contentType: "application/octet-stream", body: body) }
        let server = try TestServer.make(router, timeouts: Self.shortTimeouts)
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        // 12 requests 100 ms apart on one connection: four times the 300 ms write timeout.
        for _ in 0..<12 {
            try client.send("GET /medium HTTP/1.1\r\nHost: t\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200 && response.body.count == body.count)
            usleep(100_000)
        }
    }

    @Test func refusesConnectionsBeyondTheLimitWith503() throws {
        let server = try TestServer.make(TestServer.makeRouter(), eventLoops: 1, limits: .init(maxConnections: 2))
        defer { server.shutdown(gracePeriod: .zero) }
        let first = try TestClient(port: server.port)
        let second = try TestClient(port: server.port)
        for client in [first, second] {
            try client.send("GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().status == 200)
        }
        let third = try TestClient(port: server.port)
        let refusal = String(decoding: try third.readUntilClosed(), as: UTF8.self)
        #expect(refusal.hasPrefix("HTTP/1.1 503 Service Unavailable\r\n"))
        #expect(refusal.contains("Connection: close"))
        try first.send("GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try first.readResponse().status == 200, "admitted connections are unaffected")
    }

    @Test func survivesAbruptResets() throws {
        let held = HeldResponders()
        let server = try TestServer.make(TestServer.makeRouter(held: held))
        defer { server.shutdown(gracePeriod: .zero) }
        for partial in [
            "", "GET /hea", "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\nabc",
            "GET /health HTTP/1.1\r\nHost: t\r\n\r\n"
        ] {
            let client = try TestClient(port: server.port)
            if !partial.isEmpty { try client.send(partial) }
            client.reset()
        }
        // A reset while a deferred response is outstanding: completing it later is harmless.
        let waiting = try TestClient(port: server.port)
        try waiting.send("GET /held/r HTTP/1.1\r\nHost: t\r\n\r\n")
        let responder = try held.take("r")
        waiting.reset()
        usleep(50_000)
        responder.send(HTTPResponse())
        let client = try TestClient(port: server.port)
        try client.send("GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == "ok")
    }

    @Test func serves1000ConcurrentConnections() throws {
        var limit = rlimit()
        getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        if limit.rlim_cur < 2500 {
            limit.rlim_cur = min(limit.rlim_max, 4096)
            setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
        }
        let server = try TestServer.make(TestServer.makeRouter())
        defer { server.shutdown(gracePeriod: .zero) }
        let clients = try (0..<1000).map { _ in try TestClient(port: server.port) }
        for client in clients {
            try client.send("GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
        }
        var answered = 0
        for client in clients where try client.readResponse().text == "ok" {
            answered += 1
        }
        #expect(answered == 1000)
    }
}
