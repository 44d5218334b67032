import Support

extension SplitMix64 {
    /// An element of `items`, the first ones more likely (weight 1/(rank+1), a Zipf-like skew).
    mutating func skewed<T>(_ items: [T]) -> T {
        let weights = (0..<items.count).map { 1.0 / Double($0 + 1) }
        // 53 random bits as a fraction in [0, 1).
        var target = Double(next() >> 11) * 0x1p-53 * weights.reduce(0, +)
        for (index, weight) in weights.enumerated() {
            target -= weight
            if target < 0 { return items[index] }
        }
        return items[items.count - 1]
    }
}
