import Testing

@testable import Support

@Suite("SHA-256 (FIPS 180-4)")
struct SHA256Tests {
    @Test(
        "FIPS 180-4 example vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (
                "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
                "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"
            )
        ])
    func vectors(message: String, expected: String) {
        #expect(SHA256.hash(message).hex == expected)
        #expect(SHA256.hash(Array(message.utf8)).hex == expected)
    }

    @Test("one million 'a', fed in uneven pieces")
    func millionA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 999)
        var hasher = SHA256()
        var fed = 0
        while fed < 1_000_000 {
            let size = min(chunk.count - fed % 7, 1_000_000 - fed)
            hasher.update(chunk[..<size])
            fed += size
        }
        #expect(hasher.finalize().hex == expected)
        #expect(SHA256.hash([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)).hex == expected)
    }

    @Test("incremental hashing equals one-shot at every split point around block boundaries")
    func splits() {
        let message = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        for length in [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 200] {
            let whole = SHA256.hash(message[..<length])
            for split in 0...length {
                var hasher = SHA256()
                hasher.update(message[..<split])
                hasher.update(message[split..<length])
                #expect(hasher.finalize() == whole, "length \(length), split \(split)")
            }
        }
    }

    @Test("non-contiguous sequences and strings hash like their bytes")
    func inputs() {
        let bytes = Array("Partagez vos talents numériques".utf8)
        let digest = SHA256.hash(bytes)
        #expect(SHA256.hash(bytes.lazy.map { $0 }) == digest)
        #expect(SHA256.hash("Partagez vos talents numériques") == digest)
        var hasher = SHA256()
        hasher.update("Partagez vos ")
        hasher.update("talents numériques")
        #expect(hasher.finalize() == digest)
    }

    @Test("digest is 32 bytes, its description is the hex form")
    func digest() {
        let digest = SHA256.hash("abc")
        #expect(digest.bytes.count == SHA256.byteCount)
        #expect(digest.description == digest.hex)
        #expect(digest != SHA256.hash("abd"))
        #expect(Set([digest, SHA256.hash("abc")]).count == 1)
    }
}
