/// Who an application concerns: the owner of its mission and the user who applied. Use cases
/// check ``isVisible(to:)`` first and answer "not found" when it is false, then
/// ``authorize(_:by:)``.
public struct ApplicationParties: Hashable, Sendable {
    /// The owner of the mission applied to.
    public let missionOwnerID: UserID
    /// The user behind the applicant's talent profile.
    public let applicantUserID: UserID

    /// Names the parties.
    public init(missionOwnerID: UserID, applicantUserID: UserID) {
        self.missionOwnerID = missionOwnerID
        self.applicantUserID = applicantUserID
    }

    /// Whether `user` may see the application: the applicant, the mission's owner, the operator.
    /// For anyone else it does not exist.
    public func isVisible(to user: User) -> Bool {
        user.has(.operator) || user.id == missionOwnerID || user.id == applicantUserID
    }

    /// Whether `user` may read the applicant's name and e-mail address: the mission's owner
    /// and the operator, who need them to get in touch.
    public func seesApplicantContact(_ user: User) -> Bool {
        user.has(.operator) || user.id == missionOwnerID
    }

    /// Checks that `user`, who can see the application, may take `action`: the mission's owner
    /// (still holding the role) or the operator answer; the applicant withdraws; the operator
    /// reopens.
    /// - Throws: ``AccessError`` or ``ApplicationAccessError``.
    public func authorize(_ action: ApplicationAction, by user: User) throws {
        switch action {
        case .proposeInterview, .accept, .decline:
            guard user.id == missionOwnerID && user.has(.missionOwner) || user.has(.operator) else {
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
