/// A tripartite agreement (*accord tripartite*): the terms of one engagement, made from an
/// accepted application and signed by the talent, their line manager and the mission owner.
///
/// A value type and a state machine, like ``Mission``: transitions check the status, change it
/// and stamp the time, or throw an ``AgreementError`` and leave the agreement unchanged.
public struct Agreement: Hashable, Sendable, Codable {
    /// Maximum length of a refusal or interruption reason, in characters.
    public static let maximumReasonLength = 2000

    /// The identifier.
    public let id: AgreementID
    /// The accepted application it comes from (one agreement per application).
    public let applicationID: ApplicationID
    /// The mission.
    public let missionID: MissionID
    /// The talent.
    public let talentID: TalentID
    /// Who the agreement binds, fixed when it is drafted; changed only before it is signed, which
    /// clears the signatures.
    public internal(set) var parties: AgreementParties
    /// The terms; editing them clears the signatures.
    public internal(set) var terms: AgreementTerms
    /// Where the agreement is in its life.
    public internal(set) var status: AgreementStatus
    /// When the talent signed the current terms, or nil.
    public internal(set) var talentSignedAt: Instant?
    /// When the line manager signed the current terms, or nil.
    public internal(set) var lineManagerSignedAt: Instant?
    /// When the owner signed the current terms, or nil.
    public internal(set) var ownerSignedAt: Instant?
    /// Why the line manager refused, or why the engagement was interrupted.
    public internal(set) var endReason: String?
    /// Who refused, completed or interrupted it.
    public internal(set) var endedBy: AgreementEnder?
    /// When it was created.
    public let createdAt: Instant
    /// When it last changed.
    public internal(set) var updatedAt: Instant
    /// When the last of the three signatures made it signed.
    public internal(set) var signedAt: Instant?
    /// When it was refused, completed or interrupted.
    public internal(set) var endedAt: Instant?

    /// Builds an agreement from trusted values (a store reading its rows).
    /// New agreements go through ``create(id:application:mission:parties:terms:at:)``.
    public init(
        id: AgreementID, applicationID: ApplicationID, missionID: MissionID, talentID: TalentID,
        parties: AgreementParties, terms: AgreementTerms, status: AgreementStatus, talentSignedAt: Instant?,
        lineManagerSignedAt: Instant?, ownerSignedAt: Instant?, endReason: String?,
        endedBy: AgreementEnder?, createdAt: Instant, updatedAt: Instant, signedAt: Instant?,
        endedAt: Instant?
    ) {
        self.id = id
        self.applicationID = applicationID
        self.missionID = missionID
        self.talentID = talentID
        self.parties = parties
        self.terms = terms
        self.status = status
        self.talentSignedAt = talentSignedAt
        self.lineManagerSignedAt = lineManagerSignedAt
        self.ownerSignedAt = ownerSignedAt
        self.endReason = endReason
        self.endedBy = endedBy
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.signedAt = signedAt
        self.endedAt = endedAt
    }

    /// Proposes `terms` for `application`, which must be accepted, on `mission`, its mission,
    /// between `parties` (from ``AgreementParties/resolve(talent:talentUser:lineManager:mission:employerLineage:)``).
    /// - Throws: ``AgreementError``.
    public static func create(
        id: AgreementID, application: Application, mission: Mission,
        parties: AgreementParties, terms: AgreementTerms,
        at instant: Instant
    ) throws -> Agreement {
        precondition(application.missionID == mission.id, "the application's mission, not another")
        precondition(parties.beneficiaryID == mission.administrationID, "the mission's administration benefits")
        guard application.state == .accepted else {
            throw AgreementError.applicationNotAccepted(application.state.status)
        }
        return Agreement(
            id: id, applicationID: application.id, missionID: mission.id, talentID: application.talentID,
            parties: parties, terms: try terms.validated(within: mission.details.window), status: .awaitingSignatures,
            talentSignedAt: nil, lineManagerSignedAt: nil, ownerSignedAt: nil, endReason: nil,
            endedBy: nil, createdAt: instant, updatedAt: instant, signedAt: nil, endedAt: nil)
    }

    /// When `party` signed the current terms, or nil.
    public func signature(of party: AgreementParty) -> Instant? {
        switch party {
        case .talent: talentSignedAt
        case .lineManager: lineManagerSignedAt
        case .owner: ownerSignedAt
        }
    }

    /// The parties still to sign while signatures are awaited; empty once signed or ended.
    public var awaitingSignatures: [AgreementParty] {
        guard status == .awaitingSignatures else { return [] }
        return AgreementParty.allCases.filter { signature(of: $0) == nil }
    }
}
