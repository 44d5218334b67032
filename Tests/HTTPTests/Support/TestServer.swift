import Glibc
import Synchronization

@testable import HTTP

/// Starts servers on port 0 for tests.
enum TestServer {
    static func make(
        _ router: Router, eventLoops: Int = 2,
        limits: HTTPServer.Configuration.Limits = .init(),
        timeouts: HTTPServer.Configuration.Timeouts = .init(),
        accessLog: (@Sendable (HTTPAccessLogEntry) -> Void)? = nil
    ) throws -> HTTPServer {
        let server = HTTPServer(
            configuration: .init(
                host: "127.0.0.1", port: 0, eventLoops: eventLoops, limits: limits,
                timeouts: timeouts),
            responder: router, accessLog: accessLog)
        try server.start()
        return server
    }

    /// The usual routes: `/health`, `/echo`, `/fail` (throws), `/teapot` (an HTTPResponseError)
    /// and `/held/{n}`, whose deferred responders are kept in `held` for the test to complete.
    static func makeRouter(held: HeldResponders = HeldResponders()) -> Router {
        var router = Router()
        router.get("/health") { _ in HTTPResponse(contentType: "text/plain; charset=utf-8", body: "ok") }
        router.post("/echo") { request in HTTPResponse(contentType: "application/octet-stream", body: request.body) }
        router.get("/fail") { _ in throw InternalFailure() }
        router.get("/teapot") { _ in throw ProblemDetails(status: HTTPStatus(code: 418), detail: "short and stout") }
        router.get(
            "/held/{n}",
            deferred: { request, responder in
                held.keep(request.parameters["n"]!, responder)
            })
        return router
    }

    struct InternalFailure: Error, CustomStringConvertible {
        var description: String { "database password is hunter2" }
    }
}

/// Deferred responders parked by a test route, completed by the test when it chooses.
final class HeldResponders: Sendable {
    private let responders = Mutex<[String: HTTPDeferredResponse]>([:])

    func keep(_ name: String, _ responder: HTTPDeferredResponse) {
        responders.withLock { $0[name] = responder }
    }

    /// Waits (polling, up to 5 s) until the responder `name` has arrived, then takes it.
    func take(_ name: String) throws -> HTTPDeferredResponse {
        for _ in 0..<5000 {
            if let responder = responders.withLock({ $0.removeValue(forKey: name) }) { return responder }
            usleep(1000)
        }
        throw TestClientError.malformed("no deferred request \(name) arrived")
    }

    /// Completes `name` with a text body naming it.
    func complete(_ name: String) throws {
        try take(name).send(HTTPResponse(contentType: "text/plain", body: "held \(name)"))
    }
}

/// Collects access-log entries.
final class AccessLogRecorder: Sendable {
    private let entries = Mutex<[HTTPAccessLogEntry]>([])

    var sink: @Sendable (HTTPAccessLogEntry) -> Void {
        { entry in self.entries.withLock { $0.append(entry) } }
    }

    var recorded: [HTTPAccessLogEntry] { entries.withLock { $0 } }
}
