/// A distinction earned by a user, with the event that earned it.
public struct DistinctionAward: Hashable, Sendable {
    /// Which distinction.
    public var code: DistinctionCode
    /// The event that crossed its threshold.
    public var event: DistinctionEvent

    /// An award.
    public init(_ code: DistinctionCode, event: DistinctionEvent) {
        self.code = code
        self.event = event
    }
}
