public import Domain

/// What is stored of an issued diploma, enough to render its assertion, baked image and page.
public struct BadgeAssertionRecord: Hashable, Sendable {
    /// The mission the diploma is evidence of.
    public struct MissionEvidence: Hashable, Sendable {
        /// The mission's title.
        public var title: String
        /// The beneficiary administration's name.
        public var beneficiary: String
        /// The validated time on the engagement.
        public var validatedMinutes: Int
        /// The agreement's objectives.
        public var objectives: String

        /// The evidence of one mission.
        public init(title: String, beneficiary: String, validatedMinutes: Int, objectives: String) {
            self.title = title
            self.beneficiary = beneficiary
            self.validatedMinutes = validatedMinutes
            self.objectives = objectives
        }
    }

    /// The public, unguessable identifier used in URLs.
    public var publicID: String
    /// The badge class: the mission's nature.
    public var nature: MissionNature
    /// The recipient's display name (shown on the verification page only).
    public var recipientName: String
    /// `sha256$` and the hex SHA-256 of the e-mail address followed by ``salt``.
    public var recipientIdentity: String
    /// The salt of the hash.
    public var salt: String
    /// When it was issued.
    public var issuedAt: Instant
    /// The mission.
    public var evidence: MissionEvidence
    /// The reason of the revocation, when revoked.
    public var revocationReason: String?
    /// When it was revoked.
    public var revokedAt: Instant?

    /// A stored assertion.
    public init(
        publicID: String, nature: MissionNature, recipientName: String, recipientIdentity: String, salt: String,
        issuedAt: Instant, evidence: MissionEvidence, revocationReason: String? = nil, revokedAt: Instant? = nil
    ) {
        self.publicID = publicID
        self.nature = nature
        self.recipientName = recipientName
        self.recipientIdentity = recipientIdentity
        self.salt = salt
        self.issuedAt = issuedAt
        self.evidence = evidence
        self.revocationReason = revocationReason
        self.revokedAt = revokedAt
    }

    /// Whether the diploma was revoked.
    public var isRevoked: Bool { revocationReason != nil }
}
