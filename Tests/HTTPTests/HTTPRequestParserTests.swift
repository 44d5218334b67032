import Testing

@testable import HTTP

@Suite("Request parser: heads (RFC 9112 §2–§5)")
struct HTTPRequestParserTests {
    @Test func parsesASimpleRequest() throws {
        let outcome = ParserHarness.parse("GET /missions/42?x=1 HTTP/1.1\r\nHost: example.org\r\nAccept: */*\r\n\r\n")
        let request = try #require(outcome.requests.first)
        #expect(outcome.error == nil && outcome.leftover == 0)
        #expect(request.head.method == .get)
        #expect(request.head.version == .http1_1)
        #expect(request.target == "/missions/42?x=1")
        #expect(request.head.framing == .none)
        #expect(request.head.keepAlive)
        #expect(!request.head.expectsContinue)
        #expect(request.body.isEmpty)
    }

    @Test func waitsForTheEndOfTheHead() {
        let outcome = ParserHarness.parse("GET / HTTP/1.1\r\nHost: a\r\n")
        #expect(outcome.requests.isEmpty && outcome.error == nil)
        #expect(outcome.leftover == 25)
    }

    /// A mixed pipeline parses identically however the bytes are split.
    @Test(arguments: [1, 2, 3, 5, 8, 13, 64, 100_000])
    func parsesAPipelineSplitAnywhere(pieceSize: Int) {
        let pipeline =
            "\r\nGET /a HTTP/1.1\r\nHost: h\r\n\r\n"
            + "POST /b HTTP/1.1\r\nHost: h\r\nContent-Length: 5\r\n\r\nhello"
            + "POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nTrailer: x\r\n\r\n"
            + "\r\nGET /d HTTP/1.0\r\n\r\n"
        let outcome = ParserHarness.parse(pipeline, pieceSize: pieceSize)
        #expect(outcome.error == nil)
        #expect(outcome.leftover == 0)
        #expect(outcome.requests.map(\.target) == ["/a", "/b", "/c", "/d"])
        #expect(outcome.requests.map { String(decoding: $0.body, as: UTF8.self) } == ["", "hello", "abc0123456789", ""])
        #expect(outcome.requests.map(\.head.keepAlive) == [true, true, true, false])
    }

    @Test(
        arguments: [
            ("GET / HTTP/1.1\nHost: a\r\n\r\n", "bare LF ends the request line"),
            ("GET / HTTP/1.1\r\nHost: a\n\r\n", "bare LF ends a field line"),
            ("GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n", "obs-fold"),
            ("GET / HTTP/1.1\r\nHost : a\r\n\r\n", "whitespace before the colon"),
            ("GET / HTTP/1.1\r\nHost\t: a\r\n\r\n", "tab before the colon"),
            ("GET / HTTP/1.1\r\nHo(st: a\r\n\r\n", "a non-token byte in a field name"),
            ("GET / HTTP/1.1\r\n: a\r\nHost: a\r\n\r\n", "an empty field name"),
            ("GET / HTTP/1.1\r\nNo colon\r\nHost: a\r\n\r\n", "a field line without colon"),
            ("GET / HTTP/1.1\r\nHost: a\rb\r\n\r\n", "a CR inside a value"),
            ("GET / HTTP/1.1\r\nHost: a\u{7F}\r\n\r\n", "DEL inside a value"),
            ("GET / HTTP/1.1\r\nHost: a\u{01}\r\n\r\n", "a control byte inside a value"),
            ("GET / HTTP/1.1\r\n\rX: y\r\nHost: a\r\n\r\n", "a field line starting with CR"),
            ("GET  / HTTP/1.1\r\nHost: a\r\n\r\n", "two spaces after the method"),
            ("GET / HTTP/1.1 \r\nHost: a\r\n\r\n", "a space after the version"),
            ("G(T / HTTP/1.1\r\nHost: a\r\n\r\n", "a non-token method"),
            ("GET /a\u{01}b HTTP/1.1\r\nHost: a\r\n\r\n", "a control byte in the target"),
            ("GET /\u{E9} HTTP/1.1\r\nHost: a\r\n\r\n", "a non-ASCII byte in the target"),
            ("GET / http/1.1\r\nHost: a\r\n\r\n", "a lowercase version"),
            ("GET / HTTP/1.10\r\nHost: a\r\n\r\n", "a three-digit version"),
            ("GET / HTTP/1\r\nHost: a\r\n\r\n", "a version without minor"),
            ("GET /\r\nHost: a\r\n\r\n", "HTTP/0.9 style request line"),
            ("GET relative HTTP/1.1\r\nHost: a\r\n\r\n", "a relative target"),
            ("GET * HTTP/1.1\r\nHost: a\r\n\r\n", "asterisk-form with GET"),
            ("CONNECT example.org:443 HTTP/1.1\r\nHost: a\r\n\r\n", "authority-form"),
            ("GET / HTTP/1.1\r\n\r\n", "HTTP/1.1 without Host"),
            ("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "two Host fields")
        ] as [(String, String)])
    func rejectsMalformedHeads(input: String, rule: String) {
        let outcome = ParserHarness.parse(input)
        #expect(outcome.error?.status == .badRequest, "\(rule)")
        #expect(outcome.requests.isEmpty, "\(rule)")
    }

    @Test func rejectsMalformedHeadsWhenFedByteByByte() {
        for input in [
            "GET / HTTP/1.1\nHost: a\r\n\r\n", "GET / HTTP/1.1\r\nHost : a\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\n folded\r\n\r\n"
        ] {
            #expect(ParserHarness.parse(input, pieceSize: 1).error?.status == .badRequest)
        }
    }

    @Test func acceptsObsTextTabsAndTrimsOptionalWhitespace() throws {
        let outcome = ParserHarness.parse("GET / HTTP/1.1\r\nHost: a\r\nX-Name: \t caf\u{E9} au\tlait \t\r\n\r\n")
        let request = try #require(outcome.requests.first?.makeRequest())
        #expect(request.headers["x-name"] == "café au\tlait")
    }

    @Test func acceptsHTTP10WithoutHostAndClosesByDefault() throws {
        let head = try #require(ParserHarness.parse("GET / HTTP/1.0\r\n\r\n").requests.first?.head)
        #expect(head.version == .http1_0)
        #expect(!head.keepAlive)
        let keepAlive = try #require(
            ParserHarness.parse("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").requests.first)
        #expect(keepAlive.head.keepAlive)
    }

    @Test func honoursConnectionClose() throws {
        let head = try #require(
            ParserHarness.parse("GET / HTTP/1.1\r\nHost: a\r\nConnection: TE, close\r\n\r\n").requests.first?.head)
        #expect(!head.keepAlive)
    }

    @Test func answersHigherMinorVersionsAsHTTP11AndRejectsOtherMajors() throws {
        let head = try #require(ParserHarness.parse("GET / HTTP/1.7\r\nHost: a\r\n\r\n").requests.first?.head)
        #expect(head.version == .http1_1)
        #expect(ParserHarness.parse("GET / HTTP/2.0\r\nHost: a\r\n\r\n").error?.status == .httpVersionNotSupported)
        #expect(ParserHarness.parse("GET / HTTP/0.9\r\nHost: a\r\n\r\n").error?.status == .httpVersionNotSupported)
    }

    @Test func extractsTheOriginFromAbsoluteAndAsteriskForms() throws {
        let absolute = try #require(
            ParserHarness.parse("GET http://example.org:8080/a%20b?q=1 HTTP/1.1\r\nHost: example.org\r\n\r\n")
                .requests.first?.makeRequest())
        #expect(absolute.path == "/a b")
        #expect(absolute.rawQuery == "q=1")
        let bare = try #require(
            ParserHarness.parse("GET https://example.org HTTP/1.1\r\nHost: example.org\r\n\r\n")
                .requests.first?.makeRequest())
        #expect(bare.path == "/")
        let asterisk = try #require(ParserHarness.parse("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n").requests.first)
        #expect(asterisk.target == "*")
    }

    @Test func recordsExpectContinueAndRejectsOtherExpectations() throws {
        let head = try #require(
            ParserHarness.parse("PUT / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 1\r\n\r\n")
                .heads.first)
        #expect(head.expectsContinue)
        #expect(
            ParserHarness.parse("PUT / HTTP/1.1\r\nHost: a\r\nExpect: 200-ok\r\n\r\n").error?.status
                == .expectationFailed)
    }

    @Test func keepsOnlySaneRequestIDs() throws {
        let sane = try #require(
            ParserHarness.parse("GET / HTTP/1.1\r\nHost: a\r\nX-Request-Id: abc-123.x_y:z\r\n\r\n")
                .requests.first?.makeRequest())
        #expect(sane.id == "abc-123.x_y:z")
        let long = String(repeating: "a", count: 65)
        for value in ["has space", "semi;colon", long, "<script>"] {
            let request = try #require(
                ParserHarness.parse("GET / HTTP/1.1\r\nHost: a\r\nX-Request-Id: \(value)\r\n\r\n")
                    .requests.first?.makeRequest(id: "fresh"))
            #expect(request.id == "fresh")
        }
    }

    @Test func staysFailedAfterAnError() throws {
        var parser = HTTPRequestParser(limits: ParserHarness.makeLimits())
        let bad = Array("GET / HTTP/1.1\nHost: a\r\n\r\n".utf8)
        let good = Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8)
        #expect(throws: HTTPParserError.self) { try bad.withUnsafeBufferPointer { try parser.parse($0) } }
        #expect(throws: HTTPParserError.self) { try good.withUnsafeBufferPointer { try parser.parse($0) } }
    }
}
