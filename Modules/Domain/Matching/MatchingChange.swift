/// A change the matching indexes must apply (Persistence's `matching_changes`): the talent or
/// mission whose entry was written or removed, in commit order.
public struct MatchingChange: Hashable, Sendable {
    /// What changed.
    public enum Subject: Hashable, Sendable {
        /// A talent's pool entry.
        case talent(TalentID)
        /// A mission's open entry.
        case mission(MissionID)
    }

    /// The change's number, increasing with every change.
    public var sequence: Int64
    /// What changed.
    public var subject: Subject

    /// Creates a change.
    public init(sequence: Int64, subject: Subject) {
        self.sequence = sequence
        self.subject = subject
    }
}
