/// A seeded pseudo-random generator (SplitMix64), so the generated programme is the same for
/// the same seed; its draws do not go through the standard library, whose algorithms may change.
// Steele, Lea and Flood, "Fast splittable pseudorandom number generators" (OOPSLA 2014).
struct BenchRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, bounds included (Lemire's multiply-high reduction).
    mutating func int(in range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
    }

    /// A number of milliseconds in `range`.
    mutating func milliseconds(in range: ClosedRange<Int64>) -> Int64 {
        Int64(int(in: Int(range.lowerBound)...Int(range.upperBound)))
    }

    /// True with the given probability, in percent.
    mutating func chance(_ percent: Int) -> Bool {
        int(in: 0...99) < percent
    }

    /// An index of `weights`, drawn in proportion to each weight.
    mutating func index(weights: [Int]) -> Int {
        var ticket = int(in: 0...(weights.reduce(0, +) - 1))
        for (index, weight) in weights.enumerated() {
            if ticket < weight { return index }
            ticket -= weight
        }
        preconditionFailure("weights must have a positive sum")
    }

    /// One element of a non-empty array.
    mutating func element<T>(of array: [T]) -> T {
        array[int(in: 0...(array.count - 1))]
    }
}
