/// Who an application concerns: the owner of its mission and the user who applied. Use cases
/// check ``isVisible(to:)`` first and answer "not found" when it is false, then
/// ``authorize(_:by:)``.
public struct ApplicationParties: Hashable, Sendable {
    /// The owner of the mission applied to.
    public let missionOwnerID: UserID
    /// The user behind the applicant's talent profile.
    public let applicantUserID: UserID
    /// The co-owners of the mission, who answer like its owner.
    public let missionCoOwnerIDs: [UserID]

    /// Names the parties.
    public init(missionOwnerID: UserID, applicantUserID: UserID, missionCoOwnerIDs: [UserID] = []) {
        self.missionOwnerID = missionOwnerID
        self.applicantUserID = applicantUserID
        self.missionCoOwnerIDs = missionCoOwnerIDs
    }

    /// Whether `user` is the mission's owner or one of its co-owners.
    public func ownsMission(_ user: User) -> Bool {
        user.id == missionOwnerID || missionCoOwnerIDs.contains(user.id)
    }

    /// Whether `user` may see the application: the applicant, the mission's owner, the operator.
    /// For anyone else it does not exist.
    public func isVisible(to user: User) -> Bool {
        user.has(.operator) || ownsMission(user) || user.id == applicantUserID
    }

    /// Whether `user` may read the applicant's name and e-mail address: the mission's owner (or
    /// a co-owner) and the operator, who need them to get in touch.
    public func seesApplicantContact(_ user: User) -> Bool {
        user.has(.operator) || ownsMission(user)
    }

    /// Checks that `user`, who can see the application, may take `action`: the mission's owner
    /// or a co-owner (ownership is per mission, no role needed) or the operator answer; the applicant withdraws; the operator
    /// reopens.
    /// - Throws: ``AccessError`` or ``ApplicationAccessError``.
    public func authorize(_ action: ApplicationAction, by user: User) throws {
        switch action {
        case .proposeInterview, .accept, .decline:
            guard ownsMission(user) || user.has(.operator) else {
                throw ApplicationAccessError.missionOwnerOnly(action)
            }
        case .withdraw:
            guard user.id == applicantUserID else { throw ApplicationAccessError.applicantOnly(action) }
        case .reopen:
            guard user.has(.operator) else {
                throw AccessError.roleRequired(action: "\(action.verb) an application", roles: [.operator])
            }
        }
    }
}
