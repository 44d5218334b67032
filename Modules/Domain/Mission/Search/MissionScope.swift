/// Which missions a listing may show at all, before any filter: the visibility rule of
/// ``Mission/isVisible(to:)`` expressed for a query.
public enum MissionScope: Hashable, Sendable {
    /// Every mission (the operator, the command line).
    case all
    /// Published missions, and the user's own in every state.
    case publishedOrOwned(by: UserID)
    /// The user's own missions only, in every state (`mine=true`).
    case owned(by: UserID)

    /// The scope of `user`'s listings; `mine` keeps their own missions only.
    public static func of(_ user: User, mine: Bool) -> MissionScope {
        if mine { return .owned(by: user.id) }
        return user.has(.operator) ? .all : .publishedOrOwned(by: user.id)
    }

    /// Whether `mission` is in the scope (the query's rule, for checks and tests).
    public func contains(_ mission: Mission) -> Bool {
        switch self {
        case .all: true
        case .publishedOrOwned(let userID): mission.isVisibleToTalents || mission.isOwned(by: userID)
        case .owned(let userID): mission.isOwned(by: userID)
        }
    }
}
