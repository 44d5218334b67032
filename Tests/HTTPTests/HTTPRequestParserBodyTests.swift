import Testing

@testable import HTTP

@Suite("Request parser: content framing and limits (RFC 9112 §6–§7)")
struct HTTPRequestParserBodyTests {
    private func post(_ fields: String, _ content: String = "") -> String {
        "POST /p HTTP/1.1\r\nHost: a\r\n\(fields)\r\n\(content)"
    }

    @Test func readsContentLengthBodies() throws {
        let outcome = ParserHarness.parse(post("Content-Length: 11\r\n", "hello worldGET"))
        #expect(outcome.requests.first?.body == Array("hello world".utf8))
        #expect(outcome.leftover == 3)
    }

    @Test func toleratesIdenticalRepeatedContentLengths() throws {
        #expect(ParserHarness.parse(post("Content-Length: 2\r\nContent-Length: 2\r\n", "ok")).requests.count == 1)
        #expect(ParserHarness.parse(post("Content-Length: 2, 2\r\n", "ok")).requests.count == 1)
    }

    @Test(arguments: ["abc", "-1", "+1", "1 2", "0x10", "", "1,2", " , "])
    func rejectsInvalidContentLength(value: String) {
        #expect(ParserHarness.parse(post("Content-Length: \(value)\r\n")).error?.status == .badRequest)
    }

    @Test func rejectsConflictingContentLengths() {
        #expect(
            ParserHarness.parse(post("Content-Length: 2\r\nContent-Length: 3\r\n", "abc")).error?.status == .badRequest)
    }

    @Test func rejectsContentLengthWithTransferEncoding() {
        for fields in [
            "Content-Length: 3\r\nTransfer-Encoding: chunked\r\n", "Transfer-Encoding: chunked\r\nContent-Length: 3\r\n"
        ] {
            #expect(ParserHarness.parse(post(fields, "0\r\n\r\n")).error?.status == .badRequest)
        }
    }

    @Test func rejectsUnsupportedOrRepeatedTransferCodings() {
        #expect(ParserHarness.parse(post("Transfer-Encoding: gzip, chunked\r\n")).error?.status == .notImplemented)
        #expect(ParserHarness.parse(post("Transfer-Encoding: chunked, chunked\r\n")).error?.status == .badRequest)
        #expect(
            ParserHarness.parse(post("Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n")).error?.status
                == .badRequest)
        #expect(
            ParserHarness.parse("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n").error?.status
                == .badRequest)
    }

    @Test(arguments: [1, 2, 3, 1000])
    func decodesChunkedBodies(pieceSize: Int) throws {
        let content =
            "5\r\nhello\r\n1;name=value;other\r\n \r\nA \t; ext\r\n0123456789\r\nf\r\n0123456789ABCDE\r\n"
            + "0\r\nExpires: never\r\nX-Checksum: 1\r\n\r\n"
        let outcome = ParserHarness.parse(post("Transfer-Encoding: Chunked\r\n", content), pieceSize: pieceSize)
        #expect(outcome.error == nil)
        #expect(outcome.requests.first?.body == Array("hello 01234567890123456789ABCDE".utf8))
    }

    @Test(
        arguments: [
            ("Z\r\n", "a non-hexadecimal size"),
            ("\r\n", "an empty size line"),
            ("5\r\nhelloXX", "data not followed by CRLF"),
            ("5\r\nhello\n", "data followed by a bare LF"),
            ("5 x\r\nhello\r\n", "garbage after the size"),
            ("5;a\u{01}\r\nhello\r\n", "a control byte in an extension"),
            ("5\nhello\r\n", "a size line ending with a bare LF"),
            ("0\r\nTrailer: x\n\r\n", "a trailer line ending with a bare LF")
        ] as [(String, String)])
    func rejectsMalformedChunks(content: String, rule: String) {
        let outcome = ParserHarness.parse(post("Transfer-Encoding: chunked\r\n", content))
        #expect(outcome.error?.status == .badRequest, "\(rule)")
    }

    @Test func rejectsOverlongChunkLines() {
        let content = "1;" + String(repeating: "x", count: HTTPRequestParser.maxChunkLineLength) + "\r\n"
        #expect(ParserHarness.parse(post("Transfer-Encoding: chunked\r\n", content)).error?.status == .badRequest)
        #expect(
            ParserHarness.parse(post("Transfer-Encoding: chunked\r\n", String(content.dropLast(2))), pieceSize: 100)
                .error?.status == .badRequest)
    }

    @Test func answers413BeforeReadingAnOversizedBody() throws {
        let limits = ParserHarness.makeLimits(maxBodyBytes: 10)
        // Only the head is sent: the verdict must not wait for the content.
        let outcome = ParserHarness.parse(post("Content-Length: 11\r\nExpect: 100-continue\r\n"), limits: limits)
        #expect(outcome.error?.status == .contentTooLarge)
        #expect(outcome.heads.isEmpty)
        #expect(ParserHarness.parse(post("Content-Length: 10\r\n", "0123456789"), limits: limits).requests.count == 1)
        #expect(
            ParserHarness.parse(post("Content-Length: 99999999999999999999999\r\n"), limits: limits).error?.status
                == .contentTooLarge)
    }

    @Test func answers413WhenChunksAddUpBeyondTheLimit() {
        let limits = ParserHarness.makeLimits(maxBodyBytes: 10)
        let fits = ParserHarness.parse(
            post("Transfer-Encoding: chunked\r\n", "5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n"), limits: limits)
        #expect(fits.requests.count == 1)
        let over = ParserHarness.parse(post("Transfer-Encoding: chunked\r\n", "5\r\nhello\r\n6\r\n"), limits: limits)
        #expect(over.error?.status == .contentTooLarge)
        let huge = ParserHarness.parse(
            post("Transfer-Encoding: chunked\r\n", "FFFFFFFFFFFFFFFFFFFFFFFF\r\n"), limits: limits)
        #expect(huge.error?.status == .contentTooLarge)
    }

    @Test func answers431ForAnOversizedHead() {
        let limits = ParserHarness.makeLimits(maxHeadBytes: 1024)
        let big = "GET / HTTP/1.1\r\nHost: a\r\nX-Big: " + String(repeating: "b", count: 1000) + "\r\n\r\n"
        #expect(ParserHarness.parse(big, limits: limits).error?.status == .requestHeaderFieldsTooLarge)
        // A head that never ends is cut off once it passes the limit.
        let endless = "GET / HTTP/1.1\r\nHost: a\r\n" + String(repeating: "X-A: b\r\n", count: 200)
        #expect(
            ParserHarness.parse(endless, pieceSize: 7, limits: limits).error?.status == .requestHeaderFieldsTooLarge)
        let trailers = post("Transfer-Encoding: chunked\r\n", "0\r\n" + String(repeating: "T: v\r\n", count: 200))
        #expect(ParserHarness.parse(trailers, limits: limits).error?.status == .requestHeaderFieldsTooLarge)
    }

    @Test func answers431ForTooManyFields() {
        let fields = (1...99).map { "X-\($0): v\r\n" }.joined()
        #expect(ParserHarness.parse("GET / HTTP/1.1\r\nHost: a\r\n\(fields)\r\n").requests.count == 1)
        let tooMany = fields + "X-Last: v\r\n"
        #expect(
            ParserHarness.parse("GET / HTTP/1.1\r\nHost: a\r\n\(tooMany)\r\n").error?.status
                == .requestHeaderFieldsTooLarge)
    }

    @Test func answers414ForAnOverlongTarget() {
        let limits = ParserHarness.makeLimits(maxTargetLength: 100)
        let long = "/" + String(repeating: "a", count: 100)
        #expect(
            ParserHarness.parse("GET \(long) HTTP/1.1\r\nHost: a\r\n\r\n", limits: limits).error?.status == .uriTooLong)
        #expect(
            ParserHarness.parse("GET \(long.dropLast()) HTTP/1.1\r\nHost: a\r\n\r\n", limits: limits).requests.count
                == 1)
        // A request line of exactly the longest length is accepted however it arrives (its CR
        // may arrive before its LF), as the fuzzer once found it was not.
        let longest = String(repeating: "M", count: 54) + " " + long.dropLast() + " HTTP/1.1"
        #expect(longest.utf8.count == 100 + HTTPRequestParser.requestLineSlack)
        for pieceSize in [1, 1000] {
            #expect(
                ParserHarness.parse(longest + "\r\nHost: a\r\n\r\n", pieceSize: pieceSize, limits: limits).requests
                    .count == 1)
        }
        // A request line that never ends is cut off too.
        let endless = "GET /" + String(repeating: "a", count: 500)
        #expect(ParserHarness.parse(endless, pieceSize: 10, limits: limits).error?.status == .uriTooLong)
    }
}
