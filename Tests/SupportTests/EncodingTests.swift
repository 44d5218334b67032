import Support
import Testing

@Suite("Hex, base64url and constant-time comparison")
struct EncodingTests {
    @Test("hex round trip, either case in, lowercase out")
    func hex() {
        #expect(Hex.encode([0x00, 0x0f, 0xa5, 0xff]) == "000fa5ff")
        #expect(Hex.encode([]) == "")
        #expect(Hex.decode("000FA5ff") == [0x00, 0x0f, 0xa5, 0xff])
        #expect(Hex.decode("") == [])
        #expect(Hex.decode("abc") == nil, "odd length")
        #expect(Hex.decode("zz") == nil)
        #expect(Hex.decode("0g") == nil)
    }

    // RFC 4648 §10 vectors, in the URL-safe alphabet without padding.
    @Test(
        "RFC 4648 §10 vectors",
        arguments: [
            ("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy")
        ])
    func base64URLVectors(plain: String, encoded: String) {
        #expect(Base64URL.encode(Array(plain.utf8)) == encoded)
        #expect(Base64URL.decode(encoded) == Array(plain.utf8))
    }

    @Test("base64url uses - and _ instead of + and /")
    func urlSafeAlphabet() {
        #expect(Base64URL.encode([0xfb, 0xff, 0xbf]) == "-_-_")
        #expect(Base64URL.decode("-_-_") == [0xfb, 0xff, 0xbf])
    }

    @Test(
        "base64url decoding rejects what is not canonical unpadded base64url",
        arguments: ["Zg==", "Zm9v+g", "Zm9v/g", "Z", "Zm9vY", "Zh", "Zm9", "Zm 9v", "Zm9v\n"])
    func base64URLRejects(text: String) {
        #expect(Base64URL.decode(text) == nil)
    }

    @Test("base64url round trip for every length up to 70")
    func base64URLRoundTrip() {
        for length in 0...70 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 13) }
            #expect(Base64URL.decode(Base64URL.encode(bytes)) == bytes)
        }
    }

    @Test("constant-time equality")
    func constantTime() {
        #expect(ConstantTime.isEqual([1, 2, 3], [1, 2, 3]))
        #expect(ConstantTime.isEqual([UInt8](), [UInt8]()))
        #expect(!ConstantTime.isEqual([1, 2, 3], [1, 2, 4]))
        #expect(!ConstantTime.isEqual([1, 2, 3], [0, 2, 3]))
        #expect(!ConstantTime.isEqual([1, 2, 3], [1, 2]))
        #expect(ConstantTime.isEqual(Array("token".utf8), "token".utf8))
    }
}
