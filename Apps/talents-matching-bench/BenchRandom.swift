/// A seeded generator (SplitMix64, https://prng.di.unimi.it/splitmix64.c): the same seed
/// generates the same data set on every machine.
struct BenchRandom: RandomNumberGenerator {
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

    /// An element of `items`, the first ones more likely (weight 1/(rank+1), a Zipf-like skew).
    mutating func skewed<T>(_ items: [T]) -> T {
        let weights = (0..<items.count).map { 1.0 / Double($0 + 1) }
        var target = Double.random(in: 0..<weights.reduce(0, +), using: &self)
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return items[index] }
        }
        return items[items.count - 1]
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        Double.random(in: 0..<1, using: &self) < probability
    }
}
