/// Which applications a listing may show at all, before any filter: the visibility rule of
/// ``ApplicationParties/isVisible(to:)`` expressed for a query.
public enum ApplicationScope: Hashable, Sendable {
    /// Every application (the operator, the command line).
    case all
    /// The user's own applications and those to the missions they own or co-own.
    case involving(UserID)
    /// The user's own applications, as a talent.
    case sentBy(UserID)
    /// The applications to the missions the user owns or co-owns.
    case toMissionsOf(UserID)

    /// The scope of `user`'s listings.
    public static func of(_ user: User) -> ApplicationScope {
        user.has(.operator) ? .all : .involving(user.id)
    }

    /// Whether an application with these `parties` is in the scope (the query's rule, for tests).
    public func contains(_ parties: ApplicationParties) -> Bool {
        switch self {
        case .all: true
        case .involving(let userID):
            parties.missionOwnerID == userID || parties.missionCoOwnerIDs.contains(userID)
                || parties.applicantUserID == userID
        case .sentBy(let userID): parties.applicantUserID == userID
        case .toMissionsOf(let userID): parties.missionOwnerID == userID || parties.missionCoOwnerIDs.contains(userID)
        }
    }
}
