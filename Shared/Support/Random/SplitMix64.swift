/// A small seeded pseudo-random generator (SplitMix64): the same seed draws the same values on
/// every machine — demo data, benchmark data sets, property tests.
///
/// The helpers below are ours and stable. It also conforms to `RandomNumberGenerator` for
/// tests, but the standard library's `random(in:using:)` and `shuffled(using:)` may change their
/// algorithms between releases: data that must stay the same goes through the helpers.
// Steele, Lea and Flood, "Fast splittable pseudorandom number generators" (OOPSLA 2014);
// constants as in Vigna's reference splitmix64.c.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator started at `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, bounds included.
    public mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        // Lemire's multiply-high reduction; its bias (width / 2^64) is nothing for test data.
        return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
    }

    /// True with the given probability, in percent.
    public mutating func chance(_ percent: Int) -> Bool {
        int(in: 0...99) < percent
    }

    /// One element of a non-empty array.
    public mutating func element<T>(of array: [T]) -> T {
        precondition(!array.isEmpty, "cannot pick from an empty array")
        return array[int(in: 0...(array.count - 1))]
    }

    /// An index of `weights`, each drawn in proportion to its weight (all at least 0, one above).
    public mutating func index(weights: [Int]) -> Int {
        var ticket = int(in: 0...(weights.reduce(0, +) - 1))
        for (index, weight) in weights.enumerated() {
            if ticket < weight { return index }
            ticket -= weight
        }
        preconditionFailure("weights must have a positive sum")
    }

    /// The array in a random order (Fisher–Yates).
    public mutating func shuffled<T>(_ array: [T]) -> [T] {
        var result = array
        for index in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(index, int(in: 0...index))
        }
        return result
    }
}
