/// A rule broken by an invitation to apply.
public enum InvitationError: DomainError, Equatable {
    /// The mission does not accept applications (not published, or past its deadline).
    case missionNotOpen(MissionID, MissionState)
    /// The talent withdrew from the pool (or never joined it).
    case talentNotInPool(TalentID)
    /// The talent was already invited to this mission.
    case alreadyInvited(MissionID, TalentID)
    /// The message is longer than ``Invitation/maximumMessageLength``.
    case messageTooLong(count: Int)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .missionNotOpen: "invitation-mission-not-open"
        case .talentNotInPool: "invitation-talent-not-in-pool"
        case .alreadyInvited: "invitation-exists"
        case .messageTooLong: "invitation-message-too-long"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .messageTooLong: "message"
        case .talentNotInPool: "talentID"
        case .missionNotOpen, .alreadyInvited: nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .missionNotOpen(let id, let state):
            "Talents can only be invited to a published mission before its application deadline; "
                + "mission \(id) is \(state.rawValue) or past its deadline."
        case .talentNotInPool(let id):
            "Only talents in the pool can be invited; talent \(id) is not in it."
        case .alreadyInvited(let mission, let talent):
            "Talent \(talent) was already invited to mission \(mission); one invitation per mission and talent."
        case .messageTooLong(let count):
            "The message must have at most \(Invitation.maximumMessageLength) characters, not \(count)."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        switch self {
        case .messageTooLong: .invalidValue
        case .missionNotOpen, .talentNotInPool, .alreadyInvited: .conflict
        }
    }
}
