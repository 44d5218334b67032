/// SHA-256 as specified by FIPS 180-4, with a one-shot and an incremental API.
///
/// ```swift
/// let digest = SHA256.hash("abc")          // one shot
/// var hasher = SHA256()                     // incremental
/// hasher.update(header)
/// hasher.update(body)
/// let same = hasher.finalize()
/// ```
///
/// The state and the pending partial block live inline in the value: hashing allocates
/// nothing on the heap except the 32-byte digest it returns.
public struct SHA256: Sendable {
    /// Length of a digest in bytes.
    public static let byteCount = 32
    /// Length of a message block in bytes (FIPS 180-4 §5.2.1).
    public static let blockByteCount = 64

    var state = State.initial
    // The pending partial block: 8 × 8 = 64 bytes held inline, never on the heap.
    private var pending: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
        (0, 0, 0, 0, 0, 0, 0, 0)
    private var pendingCount = 0
    private var messageByteCount: UInt64 = 0

    /// A hasher with the initial hash value of FIPS 180-4 §5.3.3.
    public init() {}

    /// Hashes `bytes` in one call.
    public static func hash(_ bytes: some Sequence<UInt8>) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Hashes the UTF-8 encoding of `string` in one call.
    public static func hash(_ string: String) -> SHA256Digest {
        var hasher = SHA256()
        hasher.update(string)
        return hasher.finalize()
    }

    /// Feeds more bytes to the hash.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let done: Void? = bytes.withContiguousStorageIfAvailable { buffer in
            update(UnsafeRawBufferPointer(buffer))
        }
        if done == nil {
            Array(bytes).withUnsafeBytes { update($0) }
        }
    }

    /// Feeds the UTF-8 encoding of `string` to the hash.
    public mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { update(UnsafeRawBufferPointer($0)) }
    }

    /// Feeds the bytes of a raw buffer to the hash.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard var input = bytes.baseAddress, !bytes.isEmpty else { return }
        var remaining = bytes.count
        messageByteCount &+= UInt64(remaining)
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            let schedule = schedule.baseAddress!
            // Complete the pending block first.
            if pendingCount > 0 {
                let taken = min(SHA256.blockByteCount - pendingCount, remaining)
                withUnsafeMutableBytes(of: &pending) { block in
                    block.baseAddress!.advanced(by: pendingCount).copyMemory(from: input, byteCount: taken)
                }
                pendingCount += taken
                input += taken
                remaining -= taken
                guard pendingCount == SHA256.blockByteCount else { return }
                withUnsafeBytes(of: pending) { block in
                    state.compress(block.baseAddress!, schedule: schedule)
                }
                pendingCount = 0
            }
            // Whole blocks straight from the caller's memory.
            while remaining >= SHA256.blockByteCount {
                state.compress(input, schedule: schedule)
                input += SHA256.blockByteCount
                remaining -= SHA256.blockByteCount
            }
            if remaining > 0 {
                withUnsafeMutableBytes(of: &pending) { block in
                    block.baseAddress!.copyMemory(from: input, byteCount: remaining)
                }
                pendingCount = remaining
            }
        }
    }

    /// Pads the message (FIPS 180-4 §5.1.1) and returns its digest.
    public consuming func finalize() -> SHA256Digest {
        let bitLength = messageByteCount &* 8
        let lengthOffset = SHA256.blockByteCount - 8
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { schedule in
            let schedule = schedule.baseAddress!
            // Padding: a 1 bit, zeros up to 56 mod 64, then the 64-bit big-endian bit length;
            // when the 1 bit leaves no room for the length, it takes one more block.
            withUnsafeMutableBytes(of: &pending) { block in
                block[pendingCount] = 0x80
                for index in (pendingCount + 1)..<SHA256.blockByteCount { block[index] = 0 }
            }
            if pendingCount >= lengthOffset {
                withUnsafeBytes(of: pending) { state.compress($0.baseAddress!, schedule: schedule) }
                withUnsafeMutableBytes(of: &pending) { block in
                    for index in 0..<lengthOffset { block[index] = 0 }
                }
            }
            withUnsafeMutableBytes(of: &pending) { block in
                block.storeBytes(of: bitLength.bigEndian, toByteOffset: lengthOffset, as: UInt64.self)
            }
            withUnsafeBytes(of: pending) { state.compress($0.baseAddress!, schedule: schedule) }
        }
        return SHA256Digest(state: state)
    }
}
