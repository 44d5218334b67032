/// Random bytes and opaque tokens from the system's cryptographically secure generator.
///
/// `SystemRandomNumberGenerator` reads `getrandom(2)` on Linux and `arc4random_buf` on
/// Apple platforms, both fit for keys and tokens.
public enum SecureRandom {
    /// Default token size: 32 bytes = 256 bits, beyond guessing.
    public static let tokenByteCount = 32

    /// `count` bytes from the system generator.
    public static func bytes(count: Int) -> [UInt8] {
        var generator = SystemRandomNumberGenerator()
        return bytes(count: count, using: &generator)
    }

    /// `count` bytes from `generator`; tests pass a seeded one, production code
    /// uses ``bytes(count:)``.
    public static func bytes(count: Int, using generator: inout some RandomNumberGenerator) -> [UInt8] {
        precondition(count >= 0, "a byte count cannot be negative")
        var bytes = [UInt8]()
        bytes.reserveCapacity(count)
        while bytes.count < count {
            var word = generator.next()
            for _ in 0..<min(8, count - bytes.count) {
                bytes.append(UInt8(truncatingIfNeeded: word))
                word >>= 8
            }
        }
        return bytes
    }

    /// An opaque URL-safe token: `byteCount` random bytes in unpadded base64url
    /// (43 characters for the default 32 bytes). It never starts with `-` or `_`,
    /// so it can be passed on a command line without being read as an option.
    ///
    /// Meant for bearer tokens and public identifiers: hand a bearer token out once
    /// and store only `SHA256.hash(token)`, so a database leak reveals no usable token.
    public static func token(byteCount: Int = tokenByteCount) -> String {
        var generator = SystemRandomNumberGenerator()
        return token(byteCount: byteCount, using: &generator)
    }

    /// ``token(byteCount:)`` drawn from `generator`; tests pass a seeded one.
    public static func token(
        byteCount: Int = tokenByteCount,
        using generator: inout some RandomNumberGenerator
    ) -> String {
        precondition(byteCount > 0, "a token needs at least one byte")
        while true {
            let drawn = bytes(count: byteCount, using: &generator)
            // The first character encodes the top six bits; 62 and 63 are `-` and `_`.
            if drawn[0] >> 2 < 62 { return Base64URL.encode(drawn) }
        }
    }
}
