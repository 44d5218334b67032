import Testing

@testable import HTTP

@Suite("The TCP peer's address on each request")
struct PeerAddressTests {
    @Test func aRequestCarriesTheAddressOfItsPeer() throws {
        var router = Router()
        router.get("/peer") { request in
            HTTPResponse(contentType: "text/plain", body: Array((request.peerAddress ?? "none").utf8))
        }
        let server = try TestServer.make(router)
        defer { server.shutdown(gracePeriod: .zero) }
        let client = try TestClient(port: server.port)
        for _ in 0..<2 {  // read once per connection, the same for every request on it
            try client.send("GET /peer HTTP/1.1\r\nHost: t\r\n\r\n")
            #expect(try client.readResponse().text == "127.0.0.1")
        }
    }

    @Test func addressesAreComparedInOneCanonicalForm() {
        #expect(PeerAddress.normalized("127.0.0.1") == "127.0.0.1")
        #expect(PeerAddress.normalized("0:0:0::1") == "::1")
        #expect(PeerAddress.normalized("2001:DB8:0::1") == "2001:db8::1")
        #expect(PeerAddress.normalized("::ffff:10.0.0.7") == "10.0.0.7")
        #expect(PeerAddress.normalized("::ffff:a00:7") == "10.0.0.7")
        for refused in ["", "localhost", "10.0.0.300", "10.0.0", " 10.0.0.1", "10.0.0.1/8", "::1%lo"] {
            #expect(PeerAddress.normalized(refused) == nil, "\(refused)")
        }
    }
}
