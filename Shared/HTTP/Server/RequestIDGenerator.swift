/// Generates request ids: 15 lowercase hex digits (short enough to stay an inline Swift
/// string, so no allocation), from a random per-loop start incremented per request.
struct RequestIDGenerator {
    private var next: UInt64

    init() {
        next = UInt64.random(in: 0..<(1 << 60))
    }

    mutating func make() -> String {
        let value = next
        next = (next &+ 1) & ((1 << 60) - 1)
        return String(unsafeUninitializedCapacity: 15) { buffer in
            let digits: StaticString = "0123456789abcdef"
            for index in 0..<15 {
                buffer[index] = digits.utf8Start[Int((value >> UInt64(4 * (14 - index))) & 0xF)]
            }
            return 15
        }
    }
}
