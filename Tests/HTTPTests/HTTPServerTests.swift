import Glibc
import Testing

@testable import HTTP

@Suite("Server over real sockets: HTTP/1.1 behaviour")
struct HTTPServerTests {
    @Test func servesManyRequestsOnOneConnection() throws {
        let server = try TestServer.make(TestServer.makeRouter())
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        var ids: Set<String> = []
        for _ in 0..<3 {
            try client.send("GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
            let response = try client.readResponse()
            #expect(response.status == 200)
            #expect(response.text == "ok")
            #expect(response["Content-Type"] == "text/plain; charset=utf-8")
            #expect(response["Connection"] == nil)
            #expect(response["Date"]?.hasSuffix(" GMT") == true)
            ids.insert(try #require(response["X-Request-Id"]))
        }
        #expect(ids.count == 3)
        try client.send("GET /health HTTP/1.1\r\nHost: t\r\nX-Request-Id: trace-42\r\n\r\n")
        #expect(try client.readResponse()["X-Request-Id"] == "trace-42")
    }

    @Test func refusesToStartOnAPortAlreadyListenedOn() throws {
        let first = try TestServer.make(TestServer.makeRouter())
        defer { first.shutdown(gracePeriod: .zero) }
        let second = HTTPServer(configuration: .init(port: first.port, eventLoops: 2), responder: Router())
        let error = try #require(throws: HTTPServerError.self) { try second.start() }
        #expect(error.code == EADDRINUSE)
        #expect(error.description.contains("Address already in use"))
    }

    @Test func restartsOnTheSamePortRightAfterShutdown() throws {
        let first = try TestServer.make(TestServer.makeRouter())
        let port = first.port
        let client = try TestClient(port: port)
        try client.send("GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
        _ = try client.readResponse()
        first.shutdown(gracePeriod: .zero)  // the server closes first: its side is in TIME_WAIT
        let second = HTTPServer(configuration: .init(port: port, eventLoops: 2), responder: TestServer.makeRouter())
        try second.start()
        defer { second.shutdown(gracePeriod: .zero) }
        let again = try TestClient(port: port)
        try again.send("GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try again.readResponse().text == "ok")
    }

    @Test func answersPipelinedRequestsInOrderEvenWhenDeferredOnesCompleteOutOfOrder() throws {
        let held = HeldResponders()
        let server = try TestServer.make(TestServer.makeRouter(held: held))
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        try client.send(
            "GET /held/1 HTTP/1.1\r\nHost: t\r\n\r\nGET /held/2 HTTP/1.1\r\nHost: t\r\n\r\n"
                + "GET /health HTTP/1.1\r\nHost: t\r\n\r\nHEAD /health HTTP/1.1\r\nHost: t\r\n\r\n"
                + "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\n\r\nlast")
        try held.complete("2")
        try held.complete("1")
        #expect(try client.readResponse().text == "held 1")
        #expect(try client.readResponse().text == "held 2")
        #expect(try client.readResponse().text == "ok")
        let head = try client.readResponse(head: true)
        #expect(head.status == 200 && head["Content-Length"] == "2" && head.body.isEmpty)
        #expect(try client.readResponse().text == "last")
    }

    @Test func rendersHandlerErrorsAndKeepsTheConnection() throws {
        let log = AccessLogRecorder()
        let server = try TestServer.make(TestServer.makeRouter(), accessLog: log.sink)
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        try client.send("GET /fail HTTP/1.1\r\nHost: t\r\n\r\n")
        let failure = try client.readResponse()
        #expect(failure.status == 500)
        #expect(failure["Content-Type"] == "application/problem+json")
        #expect(failure["Cache-Control"] == "no-store" && failure["X-Content-Type-Options"] == "nosniff")
        #expect(failure.text == #"{"type":"about:blank","title":"Internal Server Error","status":500}"#)
        try client.send("GET /teapot HTTP/1.1\r\nHost: t\r\n\r\n")
        let teapot = try client.readResponse()
        #expect(teapot.status == 418 && teapot.text.contains("short and stout"))
        try client.send("GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse().text == "ok")
        #expect(log.recorded.first?.internalError == "database password is hunter2")
    }

    @Test func writesOneAccessLogLinePerRequestWithoutTheQuery() throws {
        let log = AccessLogRecorder()
        let server = try TestServer.make(TestServer.makeRouter(), accessLog: log.sink)
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        try client.send("GET /health?token=secret HTTP/1.1\r\nHost: t\r\n\r\nGET /nowhere HTTP/1.1\r\nHost: t\r\n\r\n")
        let first = try client.readResponse()
        let second = try client.readResponse()
        let entries = log.recorded
        #expect(
            entries.map { $0.description.split(separator: " ").prefix(3).joined(separator: " ") }
                == ["GET /health 200", "GET /nowhere 404"])
        #expect(entries.map(\.requestID) == [first["X-Request-Id"], second["X-Request-Id"]])
        #expect(!entries.contains { $0.description.contains("secret") })
    }

    @Test func readsChunkedContentAndHonoursExpectContinue() throws {
        let server = try TestServer.make(TestServer.makeRouter())
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        try client.send(
            "POST /echo HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n4;x=y\r\nwiki\r\n5\r\npedia\r\n0\r\n\r\n"
        )
        #expect(try client.readResponse().text == "wikipedia")
        try client.send("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n")
        #expect(try client.readResponse().status == 100)
        try client.send("hello")
        #expect(try client.readResponse().text == "hello")
    }

    @Test func closesHTTP10ConnectionsUnlessAskedToKeepThemAlive() throws {
        let server = try TestServer.make(TestServer.makeRouter())
        defer { server.shutdown(gracePeriod: .zero) }
        let keepAlive = try TestClient(port: server.port)
        try keepAlive.send("GET /health HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try keepAlive.readResponse()["Connection"] == "keep-alive")
        try keepAlive.send("GET /health HTTP/1.0\r\n\r\n")
        #expect(try keepAlive.readResponse()["Connection"] == "close")
        #expect(try keepAlive.readUntilClosed().isEmpty)
    }

    @Test func closesAfterAnsweringConnectionClose() throws {
        let server = try TestServer.make(TestServer.makeRouter())
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        try client.send(
            "GET /health HTTP/1.1\r\nHost: t\r\n\r\nGET /health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
                + "GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try client.readResponse()["Connection"] == nil)
        #expect(try client.readResponse()["Connection"] == "close")
        #expect(try client.readUntilClosed().isEmpty, "the request after the close is not answered")
    }

    @Test func rejectsSmugglingAttemptsAndCloses() throws {
        let server = try TestServer.make(TestServer.makeRouter())
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        try client.send(
            "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "0\r\n\r\nGET /health HTTP/1.1\r\nHost: t\r\n\r\n")
        let response = try client.readResponse()
        #expect(response.status == 400)
        #expect(response["Connection"] == "close")
        #expect(response.text.contains("Transfer-Encoding"))
        #expect(try client.readUntilClosed().isEmpty)
    }
}
