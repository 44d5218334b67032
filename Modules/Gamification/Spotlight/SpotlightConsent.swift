public import Domain

/// A talent's spotlight choice.
public struct SpotlightConsent: Hashable, Sendable, Codable {
    /// The talent.
    public var talentID: TalentID
    /// The talent's user (the only one who may change it).
    public var userID: UserID
    /// When the talent opted in; nil when not in the spotlight.
    public var consentedAt: Instant?

    /// Creates the value.
    public init(talentID: TalentID, userID: UserID, consentedAt: Instant?) {
        self.talentID = talentID
        self.userID = userID
        self.consentedAt = consentedAt
    }
}
