/// A state agent with digital skills who lends some working time (*talent numérique*).
public struct Talent: Hashable, Sendable, Codable {
    /// The identifier.
    public let id: TalentID
    /// The user account of the talent.
    public let userID: UserID
    /// The editable profile.
    public private(set) var profile: TalentProfile
    /// When the talent consented to show their profile to mission owners by joining the
    /// pool (*vivier*); nil when outside the pool.
    public private(set) var poolConsentAt: Instant?

    /// Builds a talent from trusted values (a store reading its rows).
    /// New talents go through ``create(id:userID:profile:taxonomy:)``.
    public init(id: TalentID, userID: UserID, profile: TalentProfile, poolConsentAt: Instant?) {
        self.id = id
        self.userID = userID
        self.profile = profile
        self.poolConsentAt = poolConsentAt
    }

    /// Validates `profile`, then builds the talent recorded under `id`, outside the pool.
    /// - Throws: ``TalentError``.
    public static func create(id: TalentID, userID: UserID, profile: TalentProfile,
                              taxonomy: SkillTaxonomy = .standard) throws -> Talent {
        Talent(id: id, userID: userID, profile: try profile.validated(taxonomy: taxonomy), poolConsentAt: nil)
    }

    /// Replaces the profile with a validated copy of `profile`.
    /// - Throws: ``TalentError``; the talent is unchanged then.
    public mutating func updateProfile(_ profile: TalentProfile, taxonomy: SkillTaxonomy = .standard) throws {
        self.profile = try profile.validated(taxonomy: taxonomy)
    }

    /// Whether mission owners may see and search the profile.
    public var isVisibleInPool: Bool {
        poolConsentAt != nil
    }

    /// Joins the pool. Sharing the profile needs the talent's explicit consent, recorded with its time.
    /// - Throws: ``TalentError/poolConsentMissing`` or ``TalentError/alreadyInPool``.
    public mutating func joinPool(consent: Bool, at instant: Instant) throws {
        guard consent else { throw TalentError.poolConsentMissing }
        guard poolConsentAt == nil else { throw TalentError.alreadyInPool }
        poolConsentAt = instant
    }

    /// Leaves the pool, withdrawing consent: the profile is hidden again.
    /// - Throws: ``TalentError/notInPool``.
    public mutating func leavePool() throws {
        guard poolConsentAt != nil else { throw TalentError.notInPool }
        poolConsentAt = nil
    }
}
