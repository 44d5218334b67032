import Testing

@testable import HTTP

@Suite("Response rendering")
struct ResponseRendererTests {
    static let date = Array("Sun, 06 Nov 1994 08:49:37 GMT".utf8)

    private func render(_ response: HTTPResponse, keepAlive: Bool = true, http10: Bool = false, head: Bool = false)
        -> String
    {
        var output: [UInt8] = []
        ResponseRenderer.render(
            response,
            framing: .init(
                requestID: "rid", keepAlive: keepAlive, clientIsHTTP10: http10,
                omitBody: head), date: Self.date, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    @Test func rendersStatusFramingDateAndRequestID() {
        let text = render(HTTPResponse(status: .ok, contentType: "text/plain; charset=utf-8", body: "ok"))
        #expect(
            text == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 2\r\n"
                + "X-Request-Id: rid\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nok")
    }

    @Test func announcesCloseAndHTTP10KeepAlive() {
        #expect(render(HTTPResponse(), keepAlive: false).contains("\r\nConnection: close\r\n"))
        #expect(render(HTTPResponse(), http10: true).contains("\r\nConnection: keep-alive\r\n"))
        #expect(!render(HTTPResponse()).contains("Connection:"))
    }

    @Test func keepsTheLengthButNotTheContentForHead() {
        let text = render(HTTPResponse(contentType: "text/plain", body: "hello"), head: true)
        #expect(text.contains("Content-Length: 5\r\n"))
        #expect(text.hasSuffix("\r\n\r\n"))
    }

    @Test func sendsNoContentOrLengthFor204And304() {
        for status in [HTTPStatus.noContent, .notModified] {
            let text = render(HTTPResponse(status: status, body: Array("ignored".utf8)))
            #expect(!text.contains("Content-Length"))
            #expect(text.hasSuffix("\r\n\r\n"))
        }
    }

    @Test func ignoresServerOwnedFieldsAndNeutralisesLineBreaks() {
        let response = HTTPResponse(headers: [
            "content-length": "999", "Connection": "upgrade", "date": "x",
            "X-Request-ID": "spoof", "Transfer-Encoding": "chunked",
            "Location": "/a\r\nSet-Cookie: evil=1"
        ])
        let text = render(response)
        #expect(
            text == "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Length: 0\r\n"
                + "X-Request-Id: rid\r\nLocation: /a  Set-Cookie: evil=1\r\n\r\n")
    }

    @Test(arguments: [0, 7, 10, 99, 100, 12_345, 1_048_576])
    func rendersDecimals(value: Int) {
        var output: [UInt8] = []
        ResponseRenderer.appendDecimal(value, to: &output)
        #expect(String(decoding: output, as: UTF8.self) == String(value))
    }

    @Test func rendersTheIMFFixdate() {
        var cache = HTTPDateCache()
        cache.refresh(now: 784_111_777)
        #expect(cache.bytes == Self.date)
        cache.refresh(now: 1_795_000_000)
        #expect(String(decoding: cache.bytes, as: UTF8.self) == "Wed, 18 Nov 2026 11:06:40 GMT")
    }

    @Test func generatesDistinctShortRequestIDs() {
        var generator = RequestIDGenerator()
        let ids = (0..<1000).map { _ in generator.make() }
        #expect(Set(ids).count == 1000)
        #expect(ids.allSatisfy { $0.utf8.count == 15 && $0.allSatisfy(\.isHexDigit) })
    }
}
