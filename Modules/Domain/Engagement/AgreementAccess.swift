/// What authorization on an agreement is decided from: its fixed parties and the lineage of its
/// employing administration (whose referents issue its mission orders).
public struct AgreementAccess: Hashable, Sendable {
    /// The parties fixed in the agreement.
    public let parties: AgreementParties
    /// The employing administration fixed in the agreement, followed by its ancestors up to the ministry.
    public let employerLineage: [AdministrationID]

    /// The mission's present owner and co-owners, who sign and act for the owner like the owner
    /// fixed in the agreement (issue 22: a transfer or a co-owner keeps the agreement going).
    public let missionOwnerIDs: [UserID]

    /// Creates the access rules of an agreement with `parties`.
    /// - Parameter missionOwnerIDs: the mission's present owner and co-owners.
    public init(parties: AgreementParties, employerLineage: [AdministrationID], missionOwnerIDs: [UserID] = []) {
        precondition(employerLineage.first == parties.employerID, "the lineage of the agreement's employer")
        self.parties = parties
        self.employerLineage = employerLineage
        self.missionOwnerIDs = missionOwnerIDs
    }

    /// The side `user` stands for, at most one: the talent's account, the line manager's account
    /// while it holds the role, the owner's account (or the mission's present owner or a
    /// co-owner's, unless they are the talent or the line manager). The agreement never names one
    /// person twice.
    public func parties(of user: User) -> [AgreementParty] {
        let fixed = AgreementParty.allCases.filter { party in
            parties.userID(of: party) == user.id && (party != .lineManager || user.has(.lineManager))
        }
        guard fixed.isEmpty, missionOwnerIDs.contains(user.id) else { return fixed }
        return [.owner]
    }

    /// Whether `user` is a referent of the agreement's employing administration (of it or of one
    /// of its ancestors): who issues and cancels its mission orders.
    public func isReferent(_ user: User) -> Bool {
        guard user.has(.referent), let administrationID = user.administrationID else { return false }
        return employerLineage.contains(administrationID)
    }

    /// `user` as a viewer of the agreement: their sides, whether they issue its mission orders,
    /// whether they act as the operator.
    public func viewer(_ user: User) -> AgreementViewer {
        .user(parties: parties(of: user), isReferent: isReferent(user), isOperator: user.has(.operator))
    }

    /// Whether `user` may read the agreement: its parties, the employer's referents, operators.
    public func canRead(_ user: User) -> Bool {
        user.has(.operator) || isReferent(user) || !parties(of: user).isEmpty
    }
}
