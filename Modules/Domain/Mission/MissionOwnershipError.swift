/// A transfer of a mission, or a change of its co-owners, refused because of the user named.
public enum MissionOwnershipError: DomainError, Equatable {
    /// The user named belongs to another administration than the mission's (nor one above or below it).
    case otherAdministration(UserID)
    /// The user named already owns the mission (as its owner, or as a co-owner when added again).
    case alreadyOwner(UserID)
    /// The user named is not a co-owner of the mission.
    case notCoOwner(UserID)
    /// The user named has a deactivated account.
    case deactivated(UserID)
    /// The mission is closed: its owners no longer change.
    case closed(MissionID)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .otherAdministration: "mission-owner-other-administration"
        case .alreadyOwner: "mission-owner-already"
        case .notCoOwner: "mission-owner-not-co-owner"
        case .deactivated: "mission-owner-deactivated"
        case .closed: "mission-owner-mission-closed"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .closed: nil
        default: "userID"
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .otherAdministration(let id):
            "User \(id) belongs to no administration of the mission's branch: a mission is transferred or shared within its administration."
        case .alreadyOwner(let id): "User \(id) already owns or co-owns this mission."
        case .notCoOwner(let id): "User \(id) is not a co-owner of this mission."
        case .deactivated(let id): "User \(id) has a deactivated account."
        case .closed(let id): "Mission \(id) is closed: its owners no longer change."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        switch self {
        case .closed, .alreadyOwner, .notCoOwner: .conflict
        default: .invalidValue
        }
    }
}
