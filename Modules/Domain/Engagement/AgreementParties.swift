/// Who an agreement binds, fixed when it is drafted: the talent, the line manager (an account),
/// the mission owner, the talent's employing administration and the beneficiary administration.
///
/// Signatures, mission orders, time reports, credits and every access check read the parties from
/// the agreement, never from the talent's live profile: what a talent types later moves nothing.
/// Built by ``resolve(talent:talentUser:lineManager:mission:employerLineage:)``, which holds the
/// rules of who may stand for each side.
public struct AgreementParties: Hashable, Sendable, Codable {
    /// The talent's user account.
    public let talentUserID: UserID
    /// The line manager's account, who agrees for the talent's service. Always set on agreements
    /// drafted since schema version 10; nil only on an older agreement whose named manager had no
    /// account, which waits for its parties to be fixed again (``Agreement/changeParties(_:at:)``).
    public let lineManagerID: UserID?
    /// The mission owner's account.
    public let ownerID: UserID
    /// The talent's employing administration, confirmed by one of its referents: it issues the
    /// mission order and earns the credits.
    public let employerID: AdministrationID
    /// The administration of the mission, which benefits from the work.
    public let beneficiaryID: AdministrationID

    /// Creates the parties from trusted values (a store reading its rows).
    public init(
        talentUserID: UserID, lineManagerID: UserID?, ownerID: UserID, employerID: AdministrationID,
        beneficiaryID: AdministrationID
    ) {
        self.talentUserID = talentUserID
        self.lineManagerID = lineManagerID
        self.ownerID = ownerID
        self.employerID = employerID
        self.beneficiaryID = beneficiaryID
    }

    /// The parties of an agreement of `talent` (account `talentUser`) on `mission`, or the rule
    /// the people named break:
    /// - the talent's employment is confirmed (``Talent/confirmedEmployerID``);
    /// - the line manager is the account with the address the profile names, holding the
    ///   line-manager role in the employing administration or in one above it (`employerLineage`,
    ///   the employer first);
    /// - one person stands for one side only: the line manager is neither the talent nor the
    ///   owner, and the owner is not the talent.
    /// - Parameter lineManager: the account with the profile's line-manager address, if any.
    /// - Throws: ``AgreementPartyError``.
    public static func resolve(
        talent: Talent, talentUser: User, lineManager: User?, mission: Mission,
        employerLineage: [AdministrationID]
    ) throws -> AgreementParties {
        precondition(talent.userID == talentUser.id, "the talent's own account")
        guard let employerID = talent.confirmedEmployerID else {
            throw AgreementPartyError.employmentUnconfirmed(talent.profile.employerID)
        }
        precondition(employerLineage.first == employerID, "the lineage of the confirmed employer")
        guard talentUser.id != mission.ownerID else { throw AgreementPartyError.ownerIsTalent }
        guard let manager = lineManager else { throw AgreementPartyError.lineManagerWithoutAccount }
        guard manager.id != talentUser.id else { throw AgreementPartyError.lineManagerIsTalent }
        guard manager.id != mission.ownerID else { throw AgreementPartyError.lineManagerIsOwner }
        guard manager.has(.lineManager) else { throw AgreementPartyError.lineManagerWithoutRole }
        guard let administrationID = manager.administrationID, employerLineage.contains(administrationID) else {
            throw AgreementPartyError.lineManagerOutsideEmployer(employerID)
        }
        return AgreementParties(
            talentUserID: talentUser.id, lineManagerID: manager.id, ownerID: mission.ownerID,
            employerID: employerID, beneficiaryID: mission.administrationID)
    }

    /// The names of the sides that differ from `other` (`lineManagerID`, `employerID`…), for the
    /// audit trail.
    public func changedFields(from other: AgreementParties) -> [String] {
        var fields: [String] = []
        if talentUserID != other.talentUserID { fields.append("talentUserID") }
        if lineManagerID != other.lineManagerID { fields.append("lineManagerID") }
        if ownerID != other.ownerID { fields.append("ownerID") }
        if employerID != other.employerID { fields.append("employerID") }
        if beneficiaryID != other.beneficiaryID { fields.append("beneficiaryID") }
        return fields
    }

    /// The account standing for `party`, if any.
    public func userID(of party: AgreementParty) -> UserID? {
        switch party {
        case .talent: talentUserID
        case .lineManager: lineManagerID
        case .owner: ownerID
        }
    }
}
