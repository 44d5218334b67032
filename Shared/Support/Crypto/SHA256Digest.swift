/// The 32-byte result of ``SHA256`` (or the tag of ``HMACSHA256``).
///
/// Equality is decided in constant time, so comparing a computed tag with a presented one
/// does not leak how many leading bytes matched.
public struct SHA256Digest: Sendable, Hashable, CustomStringConvertible {
    /// The digest bytes, big-endian as FIPS 180-4 §6.2.2 step 4 specifies.
    public let bytes: [UInt8]

    init(state: SHA256.State) {
        self.bytes = state.bytes
    }

    /// The digest as 64 lowercase hexadecimal digits.
    public var hex: String { Hex.encode(bytes) }

    /// The lowercase hexadecimal form, as ``hex``.
    public var description: String { hex }

    /// Compares two digests in constant time.
    public static func == (lhs: SHA256Digest, rhs: SHA256Digest) -> Bool {
        ConstantTime.isEqual(lhs.bytes, rhs.bytes)
    }

    /// Hashes the digest bytes.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(bytes)
    }
}
