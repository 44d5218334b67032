/// Observations counted in buckets: for each upper bound, how many were at or below it
/// (cumulative, as the exposition format writes them), with their count and sum.
///
/// The `+Inf` bucket is implicit: it equals ``count``.
public struct Histogram: Sendable, Hashable {
    /// The finite upper bounds, increasing.
    public let upperBounds: [Double]
    /// For each upper bound, the observations at or below it.
    public private(set) var cumulativeCounts: [Int]
    /// Every observation.
    public private(set) var count: Int
    /// The sum of the observations.
    public private(set) var sum: Double

    /// An empty histogram; the bounds must be finite and strictly increasing (a programmer error otherwise).
    public init(upperBounds: [Double]) {
        self.init(upperBounds: upperBounds, cumulativeCounts: upperBounds.map { _ in 0 }, count: 0, sum: 0)
    }

    /// A histogram from counts already aggregated (e.g. by a query). The counts must be
    /// non-decreasing and at most `count`.
    public init(upperBounds: [Double], cumulativeCounts: [Int], count: Int, sum: Double) {
        precondition(upperBounds.allSatisfy(\.isFinite), "histogram bounds must be finite (+Inf is implicit)")
        precondition(
            zip(upperBounds, upperBounds.dropFirst()).allSatisfy { $0 < $1 },
            "histogram bounds must increase strictly: \(upperBounds)")
        precondition(cumulativeCounts.count == upperBounds.count, "one cumulative count per bound")
        precondition(
            zip(cumulativeCounts, cumulativeCounts.dropFirst()).allSatisfy { $0 <= $1 }
                && (cumulativeCounts.first ?? 0) >= 0 && (cumulativeCounts.last ?? 0) <= count,
            "cumulative counts must not decrease nor exceed the count: \(cumulativeCounts), \(count)")
        self.upperBounds = upperBounds
        self.cumulativeCounts = cumulativeCounts
        self.count = count
        self.sum = sum
    }

    /// Counts one observation in every bucket whose bound is at or above it.
    public mutating func observe(_ value: Double) {
        for (index, bound) in upperBounds.enumerated() where value <= bound {
            cumulativeCounts[index] += 1
        }
        count += 1
        sum += value
    }
}
