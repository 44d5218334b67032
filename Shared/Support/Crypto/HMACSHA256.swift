/// HMAC with SHA-256 (RFC 2104, test vectors in RFC 4231).
///
/// ```swift
/// let tag = HMACSHA256.authenticationCode(for: payload, key: secret)
/// let ok = HMACSHA256.isValidAuthenticationCode(presented, for: payload, key: secret)
/// ```
public struct HMACSHA256: Sendable {
    private var inner = SHA256()
    private var outer = SHA256()

    /// Starts an authentication code keyed with `key` (any length).
    public init(key: some Sequence<UInt8>) {
        // RFC 2104 §2: keys longer than the block are hashed first, shorter ones
        // are padded with zeros to the block length B = 64.
        var block = Array(key)
        if block.count > SHA256.blockByteCount {
            block = SHA256.hash(block).bytes
        }
        block += [UInt8](repeating: 0, count: SHA256.blockByteCount - block.count)
        inner.update(block.map { $0 ^ 0x36 })
        outer.update(block.map { $0 ^ 0x5c })
    }

    /// Starts an authentication code keyed with the UTF-8 encoding of `key`.
    public init(key: String) {
        self.init(key: Array(key.utf8))
    }

    /// Computes the authentication code of `message` in one call.
    public static func authenticationCode(
        for message: some Sequence<UInt8>, key: some Sequence<UInt8>
    ) -> SHA256Digest {
        var hmac = HMACSHA256(key: key)
        hmac.update(message)
        return hmac.finalize()
    }

    /// Whether `code` is the authentication code of `message` under `key`, compared in
    /// constant time. A `code` shorter than 32 bytes is accepted as a truncation
    /// (RFC 2104 §5) only when it keeps at least 16 bytes.
    public static func isValidAuthenticationCode(
        _ code: some Collection<UInt8>, for message: some Sequence<UInt8>, key: some Sequence<UInt8>
    ) -> Bool {
        // RFC 2104 §5: truncated outputs should keep at least half the hash length.
        guard code.count >= SHA256.byteCount / 2, code.count <= SHA256.byteCount else { return false }
        let expected = authenticationCode(for: message, key: key).bytes.prefix(code.count)
        return ConstantTime.isEqual(expected, code)
    }

    /// Feeds more of the message.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        inner.update(bytes)
    }

    /// Feeds the UTF-8 encoding of `string`.
    public mutating func update(_ string: String) {
        inner.update(string)
    }

    /// Returns H(K ⊕ opad ‖ H(K ⊕ ipad ‖ message)).
    public consuming func finalize() -> SHA256Digest {
        let innerDigest = inner.finalize()
        outer.update(innerDigest.bytes)
        return outer.finalize()
    }
}
