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
    /// The attestation of the declared employer, nil until a referent gives it; a change of
    /// employer withdraws it.
    public private(set) var employmentConfirmation: EmploymentConfirmation?

    /// Builds a talent from trusted values (a store reading its rows).
    /// New talents go through ``create(id:userID:profile:taxonomy:)``.
    public init(
        id: TalentID, userID: UserID, profile: TalentProfile, poolConsentAt: Instant?,
        employmentConfirmation: EmploymentConfirmation? = nil
    ) {
        self.id = id
        self.userID = userID
        self.profile = profile
        self.poolConsentAt = poolConsentAt
        self.employmentConfirmation = employmentConfirmation
    }

    /// Validates `profile` (its availability within the ``DateHorizon`` of `today` when given),
    /// then builds the talent recorded under `id`, outside the pool.
    /// - Throws: ``TalentError``, ``DateHorizonError``.
    public static func create(
        id: TalentID, userID: UserID, profile: TalentProfile,
        taxonomy: SkillTaxonomy = .standard, today: LocalDate? = nil
    ) throws -> Talent {
        Talent(
            id: id, userID: userID, profile: try profile.validated(taxonomy: taxonomy, today: today),
            poolConsentAt: nil)
    }

    /// Replaces the profile with a validated copy of `profile`. Declaring another employer
    /// withdraws the confirmation of employment: the new one waits for its referent.
    /// - Returns: the names of the fields whose change the audit trail records (``TalentProfile/auditedChanges(from:)``).
    /// - Throws: ``TalentError``, ``DateHorizonError`` (with `today`); the talent is unchanged then.
    @discardableResult
    public mutating func updateProfile(
        _ profile: TalentProfile, taxonomy: SkillTaxonomy = .standard,
        today: LocalDate? = nil
    ) throws -> [String] {
        let validated = try profile.validated(taxonomy: taxonomy, today: today)
        let changed = validated.auditedChanges(from: self.profile)
        if validated.employerID != self.profile.employerID { employmentConfirmation = nil }
        self.profile = validated
        return changed
    }

    /// The employer fixed in new agreements: the declared one once confirmed, else nil.
    public var confirmedEmployerID: AdministrationID? {
        employmentConfirmation.flatMap { $0.employerID == profile.employerID ? $0.employerID : nil }
    }

    /// Confirms that the talent works in the administration they declare (`user`: the referent
    /// or operator who attests it, nil for the command line).
    /// - Throws: ``TalentError/employmentSelfConfirmed`` when `user` is the talent themselves,
    ///   ``TalentError/employmentAlreadyConfirmed`` when it is already confirmed.
    public mutating func confirmEmployment(by user: UserID?, at instant: Instant) throws {
        guard user != userID else { throw TalentError.employmentSelfConfirmed }
        guard confirmedEmployerID == nil else { throw TalentError.employmentAlreadyConfirmed }
        employmentConfirmation = EmploymentConfirmation(
            employerID: profile.employerID, confirmedBy: user,
            confirmedAt: instant)
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
