/// A mission action refused because of who asks or for whom.
public enum MissionAccessError: DomainError, Equatable {
    /// Only the mission's owner may take this action (not even the operator).
    case ownerOnly(MissionAction)
    /// The owner has no administration and the input names none.
    case administrationRequired
    /// The owner may create missions only for their administration or one under it.
    case administrationOutOfReach(AdministrationID)
    /// The agent has no confirmed employment: a referent confirms it before they propose a mission.
    case employmentNotConfirmed

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .ownerOnly: "mission-owner-only"
        case .administrationRequired: "mission-administration-required"
        case .administrationOutOfReach: "mission-administration-out-of-reach"
        case .employmentNotConfirmed: "mission-employment-not-confirmed"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .ownerOnly, .employmentNotConfirmed: nil
        case .administrationRequired, .administrationOutOfReach: "administrationID"
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .ownerOnly(let action):
            "Only the mission's owner may \(action.verb) it."
        case .administrationRequired:
            "The mission owner belongs to no administration, so the mission must name its administrationID."
        case .administrationOutOfReach(let id):
            "An agent proposes missions for the administration that confirmed their employment, or one under it, not for \(id)."
        case .employmentNotConfirmed:
            "Only an agent whose employment a referent has confirmed may propose a mission."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        self == .administrationRequired ? .invalidValue : .forbidden
    }
}
