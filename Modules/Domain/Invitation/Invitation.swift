/// Identifies an ``Invitation``.
public typealias InvitationID = ID<Invitation>

/// A mission owner's invitation to a talent of the pool to apply to one of their missions.
/// One per mission and talent; it does not apply in the talent's place.
public struct Invitation: Hashable, Sendable, Codable {
    /// Maximum length of ``message``, in characters.
    public static let maximumMessageLength = 2000

    /// The identifier.
    public let id: InvitationID
    /// The mission the talent is invited to apply to.
    public let missionID: MissionID
    /// The invited talent.
    public let talentID: TalentID
    /// The user who invited: the mission's owner or the operator.
    public let invitedBy: UserID
    /// A short note to the talent (may be empty).
    public let message: String
    /// When the invitation was sent.
    public let createdAt: Instant

    /// Builds an invitation from trusted values (a store reading its rows).
    /// New invitations go through ``create(id:mission:talent:invitedBy:message:at:)``.
    public init(
        id: InvitationID, missionID: MissionID, talentID: TalentID, invitedBy: UserID, message: String,
        createdAt: Instant
    ) {
        self.id = id
        self.missionID = missionID
        self.talentID = talentID
        self.invitedBy = invitedBy
        self.message = message
        self.createdAt = createdAt
    }

    /// Invites `talent` to `mission`: the mission must accept applications today (published,
    /// deadline not passed) and the talent be in the pool; the message is trimmed.
    /// - Throws: ``InvitationError``.
    public static func create(
        id: InvitationID, mission: Mission, talent: Talent, invitedBy: UserID,
        message: String, at instant: Instant
    ) throws -> Invitation {
        guard mission.acceptsApplications(on: instant.utcDate) else {
            throw InvitationError.missionNotOpen(mission.id, mission.state)
        }
        guard talent.isVisibleInPool else { throw InvitationError.talentNotInPool(talent.id) }
        let message = message.trimmingWhitespace()
        guard message.count <= maximumMessageLength else { throw InvitationError.messageTooLong(count: message.count) }
        return Invitation(
            id: id, missionID: mission.id, talentID: talent.id, invitedBy: invitedBy, message: message,
            createdAt: instant)
    }
}
