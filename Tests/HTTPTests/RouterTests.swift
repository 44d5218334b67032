import Testing

@testable import HTTP

@Suite("Router")
struct RouterTests {
    static func makeRequest(_ method: String = "GET", _ target: String, fields: String = "") throws -> HTTPRequest {
        let outcome = ParserHarness.parse("\(method) \(target) HTTP/1.1\r\nHost: a\r\n\(fields)\r\n")
        return try #require(outcome.requests.first?.makeRequest())
    }

    static func text(_ value: String) -> HTTPResponse {
        HTTPResponse(contentType: "text/plain", body: value)
    }

    static func makeRouter() -> Router {
        var router = Router()
        router.get("/") { _ in text("root") }
        router.get("/missions") { _ in text("list") }
        router.post("/missions") { _ in text("create") }
        router.get("/missions/new") { _ in text("new") }
        router.get("/missions/{id}") { request in text("mission \(request.parameters["id"] ?? "?")") }
        router.delete("/missions/{id}") { _ in text("deleted") }
        router.get("/missions/{id}/applications/{applicationID}") { request in
            text("\(request.parameters["id"]!)/\(request.parameters["applicationID"]!)")
        }
        router.get("/missions/new/applications/x") { _ in text("static branch") }
        router.get("/files/{name}") { request in text(request.parameters["name"]!) }
        return router
    }

    private func body(_ target: String, method: String = "GET") throws -> String {
        guard case .response(let response) = try Self.makeRouter().respond(to: try Self.makeRequest(method, target))
        else {
            Issue.record("expected an immediate response")
            return ""
        }
        return String(decoding: response.body, as: UTF8.self)
    }

    private func problem(_ target: String, method: String = "GET") throws -> HTTPResponse {
        do {
            _ = try Self.makeRouter().respond(to: try Self.makeRequest(method, target))
        } catch let error as any HTTPResponseError {
            return error.makeResponse()
        }
        Issue.record("expected an error")
        return HTTPResponse()
    }

    @Test func matchesLiteralAndParameterSegments() throws {
        #expect(try body("/") == "root")
        #expect(try body("/missions") == "list")
        #expect(try body("/missions", method: "POST") == "create")
        #expect(try body("/missions/42") == "mission 42")
        #expect(try body("/missions/42/applications/7") == "42/7")
    }

    @Test func prefersLiteralSegmentsAndBacktracksToParameters() throws {
        #expect(try body("/missions/new") == "new")
        #expect(try body("/missions/new/applications/x") == "static branch")
        #expect(try body("/missions/new/applications/y") == "new/y")
    }

    @Test func decodesParametersButSplitsOnLiteralSlashesOnly() throws {
        #expect(try body("/files/a%20b") == "a b")
        #expect(try body("/files/a%2Fb") == "a/b")
        #expect(try body("/missions/42?ignored=1") == "mission 42")
    }

    @Test func answers404ForUnknownPaths() throws {
        for target in ["/nope", "/missions/42/other", "/missions/", "/missions//applications/1"] {
            let response = try problem(target, method: "GET")
            #expect(response.status == .notFound, "\(target)")
            #expect(response.headers["Content-Type"] == "application/problem+json")
        }
    }

    @Test func answers405WithAllow() throws {
        let response = try problem("/missions/42", method: "PUT")
        #expect(response.status == .methodNotAllowed)
        #expect(response.headers["Allow"] == "DELETE, GET, HEAD")
    }

    @Test func servesHeadWithTheGetRoute() throws {
        #expect(try body("/missions", method: "HEAD") == "list")
    }

    @Test func returnsDeferredRoutesWithTheirParameters() throws {
        var router = Router()
        router.post(
            "/missions/{id}/apply",
            deferred: { request, responder in
                responder.send(Self.text("applied \(request.parameters["id"]!)"))
            })
        guard case .deferred(let start) = try router.respond(to: try Self.makeRequest("POST", "/missions/9/apply"))
        else {
            Issue.record("expected a deferred reply")
            return
        }
        let sink = RecordingSink()
        start(HTTPDeferredResponse(sink: sink, ticket: .init(fd: 1, generation: 1, sequence: 0)))
        #expect(sink.bodies == ["applied 9"])
    }

    @Test func requireConvertsParametersOrThrowsA400Problem() throws {
        var router = Router()
        router.get("/n/{id}") { request in Self.text(String(try request.parameters.require("id", as: Int.self) + 1)) }
        guard case .response(let response) = try router.respond(to: try Self.makeRequest("GET", "/n/41")) else {
            return
        }
        #expect(response.body == Array("42".utf8))
        #expect(throws: ProblemDetails.self) { try router.respond(to: try Self.makeRequest("GET", "/n/x")) }
    }
}
