import Support
import Testing

@Suite("SecureRandom")
struct SecureRandomTests {
    /// A deterministic generator: the given words in turn.
    struct Words: RandomNumberGenerator {
        var words: [UInt64]
        mutating func next() -> UInt64 { words.removeFirst() }
    }

    @Test("bytes come from the generator, little end first, for any count")
    func fromGenerator() {
        var generator = Words(words: [0x0807_0605_0403_0201, 0x100f_0e0d_0c0b_0a09])
        #expect(SecureRandom.bytes(count: 11, using: &generator) == Array(1...11))
        var empty = Words(words: [])
        #expect(SecureRandom.bytes(count: 0, using: &empty) == [])
    }

    @Test("system bytes have the asked length and differ between calls")
    func systemBytes() {
        #expect(SecureRandom.bytes(count: 0).isEmpty)
        #expect(SecureRandom.bytes(count: 13).count == 13)
        // Two 32-byte draws coincide with probability 2^-256.
        #expect(SecureRandom.bytes(count: 32) != SecureRandom.bytes(count: 32))
    }

    @Test("tokens: 43 URL-safe characters decoding to 32 bytes, all distinct")
    func tokens() throws {
        let tokens = (0..<100).map { _ in SecureRandom.token() }
        #expect(Set(tokens).count == tokens.count)
        for token in tokens {
            #expect(token.count == 43)
            #expect(token.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
            #expect(try #require(Base64URL.decode(token)).count == 32)
        }
        #expect(SecureRandom.token(byteCount: 16).count == 22)
    }

    @Test("a token never starts with an option dash: a draw that would is replaced")
    func tokensNeverLookLikeOptions() {
        // The first draw starts 0xF8 (`-`), the second 0xFC (`_`), the third 0x04 (`B`).
        var generator = Words(words: [0xF8, 0xFC, 0x04])
        #expect(SecureRandom.token(byteCount: 1, using: &generator) == "BA")
        for _ in 0..<2_000 {
            let first = SecureRandom.token(byteCount: 18).first
            #expect(first != "-" && first != "_")
        }
    }
}
