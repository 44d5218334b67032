import Support
import Testing

@Suite("HMAC-SHA-256 (RFC 4231)")
struct HMACSHA256Tests {
    struct Vector: Sendable, CustomTestStringConvertible {
        let name: String
        let key: [UInt8]
        let data: [UInt8]
        let expected: String
        var testDescription: String { name }
    }

    static let largeKey = [UInt8](repeating: 0xaa, count: 131)

    static let vectors: [Vector] = [
        Vector(
            name: "4.2 test case 1", key: [UInt8](repeating: 0x0b, count: 20), data: Array("Hi There".utf8),
            expected: "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        Vector(
            name: "4.3 test case 2", key: Array("Jefe".utf8), data: Array("what do ya want for nothing?".utf8),
            expected: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        Vector(
            name: "4.4 test case 3", key: [UInt8](repeating: 0xaa, count: 20),
            data: [UInt8](repeating: 0xdd, count: 50),
            expected: "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        Vector(
            name: "4.5 test case 4", key: Array(0x01...0x19), data: [UInt8](repeating: 0xcd, count: 50),
            expected: "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b"),
        Vector(
            name: "4.7 test case 6", key: largeKey,
            data: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8),
            expected: "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        Vector(
            name: "4.8 test case 7", key: largeKey,
            data: Array(
                ("This is a test using a larger than block-size key and a larger than block-size data. "
                    + "The key needs to be hashed before being used by the HMAC algorithm.").utf8),
            expected: "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
    ]

    @Test("test cases 1–4, 6 and 7", arguments: vectors)
    func vector(_ vector: Vector) {
        #expect(HMACSHA256.authenticationCode(for: vector.data, key: vector.key).hex == vector.expected)
        var hmac = HMACSHA256(key: vector.key)
        hmac.update(vector.data.prefix(7))
        hmac.update(vector.data.dropFirst(7))
        #expect(hmac.finalize().hex == vector.expected)
    }

    @Test("4.6 test case 5: output truncated to 128 bits")
    func truncated() throws {
        let key = [UInt8](repeating: 0x0c, count: 20)
        let data = Array("Test With Truncation".utf8)
        let code = HMACSHA256.authenticationCode(for: data, key: key)
        #expect(Support.Hex.encode(code.bytes.prefix(16)) == "a3b6167473100ee06e0c796c2955552b")
        let truncated = try #require(Support.Hex.decode("a3b6167473100ee06e0c796c2955552b"))
        #expect(HMACSHA256.isValidAuthenticationCode(truncated, for: data, key: key))
    }

    @Test("verification accepts the code and rejects any altered one")
    func verification() {
        let key = Array("Jefe".utf8)
        let data = Array("what do ya want for nothing?".utf8)
        let code = HMACSHA256.authenticationCode(for: data, key: key).bytes
        #expect(HMACSHA256.isValidAuthenticationCode(code, for: data, key: key))
        var altered = code
        altered[31] ^= 1
        #expect(!HMACSHA256.isValidAuthenticationCode(altered, for: data, key: key))
        #expect(!HMACSHA256.isValidAuthenticationCode(code, for: data + [0], key: key))
        #expect(!HMACSHA256.isValidAuthenticationCode(code.prefix(15), for: data, key: key), "under half the hash")
        #expect(!HMACSHA256.isValidAuthenticationCode([], for: data, key: key))
    }

    @Test("a string key is its UTF-8 bytes")
    func stringKey() {
        var hmac = HMACSHA256(key: "Jefe")
        hmac.update("what do ya want for nothing?")
        #expect(hmac.finalize().hex == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }
}
