/// Who stands behind each side of an agreement, resolved from the talent's profile and the
/// mission: what authorization on agreements is decided from.
public struct AgreementParties: Hashable, Sendable {
    /// The talent's user account.
    public let talentUserID: UserID
    /// The line manager's e-mail address, from the talent's profile.
    public let lineManagerEmail: EmailAddress
    /// The mission owner.
    public let ownerID: UserID
    /// The talent's employing administration, followed by its ancestors up to the ministry.
    public let employerLineage: [AdministrationID]

    /// Creates the parties.
    public init(talentUserID: UserID, lineManagerEmail: EmailAddress, ownerID: UserID,
                employerLineage: [AdministrationID]) {
        precondition(!employerLineage.isEmpty, "a talent has an employer")
        self.talentUserID = talentUserID
        self.lineManagerEmail = lineManagerEmail
        self.ownerID = ownerID
        self.employerLineage = employerLineage
    }

    /// The talent's employer.
    public var employerID: AdministrationID {
        employerLineage[0]
    }

    /// The sides `user` stands for: the talent's account, a line manager with the e-mail address
    /// the talent named, the mission's owner (usually one, possibly none).
    public func parties(of user: User) -> [AgreementParty] {
        var parties: [AgreementParty] = []
        if user.id == talentUserID { parties.append(.talent) }
        if user.has(.lineManager) && user.email == lineManagerEmail { parties.append(.lineManager) }
        if user.id == ownerID { parties.append(.owner) }
        return parties
    }

    /// Whether `user` is a referent of the talent's employer (of it or of one of its ancestors):
    /// who issues and cancels its mission orders.
    public func isReferent(_ user: User) -> Bool {
        guard user.has(.referent), let administrationID = user.administrationID else { return false }
        return employerLineage.contains(administrationID)
    }

    /// Whether `user` may read the agreement: its parties, the employer's referents, operators.
    public func canRead(_ user: User) -> Bool {
        user.has(.operator) || isReferent(user) || !parties(of: user).isEmpty
    }
}
