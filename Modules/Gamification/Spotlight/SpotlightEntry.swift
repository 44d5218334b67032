public import Domain

/// One talent of the public spotlight and what they contributed during the period.
public struct SpotlightEntry: Hashable, Sendable, Codable {
    /// The talent.
    public var talentID: TalentID
    /// The name they chose to show.
    public var displayName: String
    /// Their employing administration's name.
    public var employer: String
    /// Missions completed in the period.
    public var missionsCompleted: Int
    /// Minutes of work validated in the period.
    public var validatedMinutes: Int
    /// Distinctions earned in the period, in catalogue order.
    public var distinctions: [DistinctionCode]

    /// An entry.
    public init(
        talentID: TalentID, displayName: String, employer: String, missionsCompleted: Int,
        validatedMinutes: Int, distinctions: [DistinctionCode]
    ) {
        self.talentID = talentID
        self.displayName = displayName
        self.employer = employer
        self.missionsCompleted = missionsCompleted
        self.validatedMinutes = validatedMinutes
        self.distinctions = distinctions
    }

    /// Whether the talent contributed anything in the period (only those are listed).
    public var hasContributions: Bool {
        missionsCompleted > 0 || validatedMinutes > 0 || !distinctions.isEmpty
    }
}
