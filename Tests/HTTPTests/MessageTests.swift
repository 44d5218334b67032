import FoundationEssentials
import Testing

@testable import HTTP

@Suite("Requests, fields, query, problems and JSON")
struct MessageTests {
    static func makeRequest(_ target: String = "/", method: String = "GET", fields: String = "", body: String = "")
        throws -> HTTPRequest
    {
        let length = body.isEmpty ? "" : "Content-Length: \(body.utf8.count)\r\n"
        let outcome = ParserHarness.parse("\(method) \(target) HTTP/1.1\r\nHost: a\r\n\(fields)\(length)\r\n\(body)")
        return try #require(outcome.requests.first?.makeRequest())
    }

    @Test func looksUpFieldsIgnoringCase() throws {
        let request = try Self.makeRequest(fields: "Accept: a\r\nX-Multi: 1\r\nx-multi: 2\r\n")
        #expect(request.headers["ACCEPT"] == "a")
        #expect(request.headers["host"] == "a")
        #expect(request.headers["missing"] == nil)
        #expect(request.headers.values(for: "X-MULTI") == ["1", "2"])
        #expect(request.headers.count == 4)
        #expect(request.headers.map(\.name) == ["Host", "Accept", "X-Multi", "x-multi"])
    }

    @Test func decodesPathAndQuery() throws {
        let request = try Self.makeRequest("/caf%C3%A9/a+b?q=caf%C3%A9+cr%C3%A8me&tag=a&tag=b&flag&bad=%zz")
        #expect(request.path == "/café/a+b")
        #expect(request.target == "/caf%C3%A9/a+b?q=caf%C3%A9+cr%C3%A8me&tag=a&tag=b&flag&bad=%zz")
        #expect(request.query["q"] == "café crème")
        #expect(request.query.values(for: "tag") == ["a", "b"])
        #expect(request.query["flag"] == "")
        #expect(request.query["bad"] == "%zz")
        #expect(try Self.makeRequest("/?n=5").query.get("n", as: Int.self) == 5)
        #expect(throws: ProblemDetails.self) { try Self.makeRequest("/?n=x").query.get("n", as: Int.self) }
    }

    @Test func refusesPathsThatAreNotPercentEncodedUTF8() {
        for target in ["/a%zz", "/a%F", "/%FF%FE"] {
            let outcome = ParserHarness.parse("GET \(target) HTTP/1.1\r\nHost: a\r\n\r\n")
            #expect(outcome.requests.count == 1)
            #expect(outcome.requests.first?.makeRequest() == nil, "\(target)")
        }
    }

    @Test func editsResponseFieldsByName() {
        var fields: HTTPFields = ["A": "1", "B": "2"]
        fields.append(name: "a", value: "3")
        fields["A"] = "x"
        #expect(fields.map(\.value) == ["x", "2"])
        fields["b"] = nil
        #expect(fields.map(\.name) == ["A"])
    }

    @Test func rendersProblemDetailsAsStableJSON() throws {
        let problem = ProblemDetails(
            type: "https://talents.numerique.gouv.fr/problems/validation", title: "Invalid input",
            status: .unprocessableContent, detail: "Line\n\"two\"",
            errors: [.init(field: "title", code: "required", message: "Required.")])
        let response = problem.makeResponse()
        #expect(response.status == .unprocessableContent)
        #expect(response.headers["Content-Type"] == "application/problem+json")
        #expect(response.headers["Cache-Control"] == "no-store")
        #expect(response.headers["X-Content-Type-Options"] == "nosniff")
        #expect(
            String(decoding: response.body, as: UTF8.self)
                == #"{"type":"https://talents.numerique.gouv.fr/problems/validation","title":"Invalid input","status":422,"#
                + #""detail":"Line\n\"two\"","errors":[{"field":"title","code":"required","message":"Required."}]}"#)
        #expect(try JSONDecoder().decode(ProblemDetails.self, from: Data(response.body)) == problem)
        #expect(ProblemDetails(status: .notFound).title == "Not Found")
        #expect(
            String(decoding: ProblemDetails(status: .notFound).renderJSON(), as: UTF8.self)
                == #"{"type":"about:blank","title":"Not Found","status":404}"#)
    }

    struct Mission: Codable, Equatable {
        var title: String
        var hours: Int
        var tags: [String]
    }

    @Test func encodesAndDecodesJSON() throws {
        let mission = Mission(title: "t", hours: 3, tags: ["a"])
        let response = try HTTPResponse.json(mission, status: .created)
        #expect(response.status == .created)
        #expect(response.headers["Content-Type"] == "application/json")
        let request = try Self.makeRequest(
            method: "POST", fields: "Content-Type: application/json; charset=utf-8\r\n",
            body: String(decoding: response.body, as: UTF8.self))
        #expect(try request.decode(Mission.self) == mission)
    }

    @Test(
        arguments: [
            (#"{"hours":3,"tags":[]}"#, "title", "required"),
            (#"{"title":null,"hours":3,"tags":[]}"#, "title", "required"),
            (#"{"title":"t","hours":"3","tags":[]}"#, "hours", "type"),
            (#"{"title":"t","hours":3,"tags":["a",4]}"#, "tags[1]", "type")
        ] as [(String, String, String)])
    func reportsTheFieldThatFailsToDecode(body: String, field: String, code: String) throws {
        let request = try Self.makeRequest(method: "POST", body: body)
        let problem = try #require(throws: ProblemDetails.self) { try request.decode(Mission.self) }
        #expect(problem.status == .badRequest)
        #expect(problem.errors?.first?.field == field)
        #expect(problem.errors?.first?.code == code)
    }

    @Test func rejectsInvalidJSONAndOtherMediaTypes() throws {
        let invalid = try Self.makeRequest(method: "POST", body: "{nope")
        let problem = try #require(throws: ProblemDetails.self) { try invalid.decode(Mission.self) }
        #expect(problem.status == .badRequest && problem.errors == nil)
        let form = try Self.makeRequest(method: "POST", fields: "Content-Type: text/plain\r\n", body: "{}")
        let unsupported = try #require(throws: ProblemDetails.self) { try form.decode(Mission.self) }
        #expect(unsupported.status == .unsupportedMediaType)
        let problemJSON = try Self.makeRequest(
            method: "POST", fields: "Content-Type: application/problem+json\r\n",
            body: #"{"title":"t","hours":1,"tags":[]}"#)
        #expect(try problemJSON.decode(Mission.self).hours == 1)
    }

    @Test func formatsAccessLogLinesWithoutQueryOrContent() {
        let entry = HTTPAccessLogEntry(
            method: "GET", path: "/missions/42", status: 200, duration: .microseconds(1234),
            requestID: "abc", internalError: nil)
        #expect(entry.description == "GET /missions/42 200 1.234ms id=abc")
    }
}

@Suite("Deferred responses")
struct HTTPDeferredResponseTests {
    struct Teapot: HTTPResponseError {
        var status: HTTPStatus { HTTPStatus(code: 418, reasonPhrase: "I'm a teapot") }
    }

    struct Secret: Error {}

    @Test func deliversTheResponseOnce() {
        let sink = RecordingSink()
        HTTPDeferredResponse(sink: sink, ticket: .init(fd: 3, generation: 1, sequence: 0))
            .send(HTTPResponse(contentType: "text/plain", body: "done"))
        #expect(sink.bodies == ["done"])
    }

    @Test func rendersErrorsWithoutLeakingInternalOnes() {
        let sink = RecordingSink()
        HTTPDeferredResponse(sink: sink, ticket: .init(fd: 3, generation: 1, sequence: 0)).fail(Teapot())
        HTTPDeferredResponse(sink: sink, ticket: .init(fd: 3, generation: 1, sequence: 1)).fail(Secret())
        #expect(sink.statuses == [418, 500])
        #expect(!sink.bodies[1].contains("Secret"))
        #expect(sink.internalErrors[1]?.contains("Secret") == true)
    }

    @Test func answers500WhenReleasedWithoutCompleting() {
        let sink = RecordingSink()
        _ = HTTPDeferredResponse(sink: sink, ticket: .init(fd: 3, generation: 1, sequence: 0))
        #expect(sink.statuses == [500])
    }

    @Test func trapsWhenCompletedTwice() async {
        await #expect(processExitsWith: .failure) {
            let responder = HTTPDeferredResponse(
                sink: RecordingSink(), ticket: .init(fd: 3, generation: 1, sequence: 0))
            responder.send(HTTPResponse())
            responder.send(HTTPResponse())
        }
    }
}
