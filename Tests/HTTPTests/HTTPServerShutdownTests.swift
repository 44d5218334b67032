import Foundation
import Synchronization
import Testing

@testable import HTTP

@Suite("Server over real sockets: graceful shutdown")
struct HTTPServerShutdownTests {
    /// Runs `body` on its own thread; `wait()` returns once it finished.
    final class Background: Sendable {
        private let finished = Mutex(false)

        init(_ body: @escaping @Sendable () -> Void) {
            Thread.detachNewThread {
                body()
                self.finished.withLock { $0 = true }
            }
        }

        var isFinished: Bool { finished.withLock { $0 } }

        func wait() throws {
            for _ in 0..<5000 where !isFinished { usleep(1000) }
            if !isFinished { throw TestClientError.malformed("the background work did not finish") }
        }
    }

    @Test func drainsAnInFlightDeferredRequestThenStops() throws {
        let held = HeldResponders()
        // One loop, so "the idle connection closed" proves the loop of the busy one is draining.
        let server = try TestServer.make(TestServer.makeRouter(held: held), eventLoops: 1)
        let port = server.port
        let idle = try TestClient(port: port)
        try idle.send("GET /health HTTP/1.1\r\nHost: t\r\n\r\n")
        #expect(try idle.readResponse().status == 200)
        let busy = try TestClient(port: port)
        try busy.send("GET /held/drain HTTP/1.1\r\nHost: t\r\n\r\n")
        let responder = try held.take("drain")

        let shutdown = Background { server.shutdown(gracePeriod: .seconds(5)) }
        #expect(try idle.readUntilClosed().isEmpty, "an idle connection closes as soon as draining starts")
        #expect(throws: TestClientError.self, "no new connection is accepted") { try TestClient(port: port) }
        #expect(!shutdown.isFinished)

        responder.send(HTTPResponse(contentType: "text/plain", body: "finished"))
        let response = try busy.readResponse()
        #expect(response.text == "finished")
        #expect(response["Connection"] == "close")
        #expect(try busy.readUntilClosed().isEmpty)
        try shutdown.wait()
    }

    @Test func forceClosesWhatIsStillOpenAtTheEndOfTheGracePeriod() throws {
        let held = HeldResponders()
        let server = try TestServer.make(TestServer.makeRouter(held: held))
        let busy = try TestClient(port: server.port)
        try busy.send("GET /held/never HTTP/1.1\r\nHost: t\r\n\r\n")
        let responder = try held.take("never")
        server.shutdown(gracePeriod: .milliseconds(100))
        #expect(try busy.readUntilClosed().isEmpty)
        responder.send(HTTPResponse())  // too late, and harmless
    }

    @Test func runUntilSignalReturnsAfterShutdown() throws {
        let server = try TestServer.make(TestServer.makeRouter())
        let runner = Background { server.runUntilSignal(gracePeriod: .milliseconds(100)) }
        usleep(20_000)
        server.shutdown()
        try runner.wait()
    }

    @Test func exitsCleanlyOnSIGTERM() async {
        await #expect(processExitsWith: .success) {
            let server = try TestServer.make(TestServer.makeRouter())
            Thread.detachNewThread {
                // Signal only once the handler is installed (bit 15 of SigCgt), or SIGTERM would kill.
                while !HTTPServerShutdownTests.catchesSIGTERM() { usleep(1000) }
                kill(getpid(), SIGTERM)
            }
            server.runUntilSignal(gracePeriod: .milliseconds(100))
            exit(0)
        }
    }

    static func catchesSIGTERM() -> Bool {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigCgt:") }),
            let mask = UInt64(line.dropFirst("SigCgt:".count).trimmingCharacters(in: .whitespaces), radix: 16)
        else {
            return false
        }
        return mask & (1 << (SIGTERM - 1)) != 0
    }
}
