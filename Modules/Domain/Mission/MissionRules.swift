/// Configurable policy for missions.
public struct MissionRules: Sendable, Equatable {
    /// The largest effort a mission may ask for, in hours (default 105 h, i.e. 15 days of 7 h).
    public var maximumEffortHours: Int

    /// Creates rules. `maximumEffortHours` must be at least 1.
    public init(maximumEffortHours: Int = 105) {
        precondition(maximumEffortHours >= 1, "the effort cap must be at least one hour")
        self.maximumEffortHours = maximumEffortHours
    }
}
