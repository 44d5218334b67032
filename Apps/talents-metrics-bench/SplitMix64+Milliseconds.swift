import Support

extension SplitMix64 {
    /// A number of milliseconds in `range`.
    mutating func milliseconds(in range: ClosedRange<Int64>) -> Int64 {
        Int64(int(in: Int(range.lowerBound)...Int(range.upperBound)))
    }
}
