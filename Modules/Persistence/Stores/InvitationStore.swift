public import Domain

/// Invitations of pool talents to apply to missions.
public struct InvitationStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Validates and records an invitation of `talent` to `mission`, with its audit event
    /// `invitation.created`.
    /// - Throws: ``InvitationError`` (including a second invitation to the same mission).
    public func insert(
        mission: Mission, talent: Talent, invitedBy: UserID, message: String,
        by actor: Actor, at instant: Instant
    ) throws -> Invitation {
        if try find(missionID: mission.id, talentID: talent.id) != nil {
            throw InvitationError.alreadyInvited(mission.id, talent.id)
        }
        let invitation = try Invitation.create(
            id: try connection.nextID(in: "invitations"), mission: mission,
            talent: talent, invitedBy: invitedBy, message: message, at: instant)
        try connection.run(
            """
            INSERT INTO invitations(id, mission_id, talent_id, invited_by, message, created_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """, invitation.id, invitation.missionID, invitation.talentID, invitation.invitedBy, invitation.message,
            invitation.createdAt)
        // Identifiers only: the message is free text and stays out of the trail.
        try AuditLog(connection).append(
            AuditEvent(
                action: "invitation.created", subjectType: "invitation", subjectID: invitation.id.rawValue,
                actor: actor,
                at: instant, details: ["missionID": String(mission.id.rawValue), "talentID": String(talent.id.rawValue)]
            ))
        return invitation
    }

    /// The invitation with `id`, or nil.
    public func find(_ id: InvitationID) throws -> Invitation? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: Self.invitation)
    }

    /// The invitation of `talentID` to `missionID`, or nil.
    public func find(missionID: MissionID, talentID: TalentID) throws -> Invitation? {
        try connection.queryOne(
            "\(Self.select) WHERE mission_id = ? AND talent_id = ?", missionID, talentID,
            map: Self.invitation)
    }

    /// The invitations `talentID` received, newest first.
    public func all(talentID: TalentID) throws -> [Invitation] {
        try connection.query("\(Self.select) WHERE talent_id = ? ORDER BY id DESC", talentID, map: Self.invitation)
    }

    /// The invitations sent for `missionID`, oldest first.
    public func all(missionID: MissionID) throws -> [Invitation] {
        try connection.query("\(Self.select) WHERE mission_id = ? ORDER BY id", missionID, map: Self.invitation)
    }

    private static let select = "SELECT id, mission_id, talent_id, invited_by, message, created_at FROM invitations"

    private static func invitation(_ row: Row) throws -> Invitation {
        Invitation(
            id: try row.decode(0), missionID: try row.decode(1), talentID: try row.decode(2),
            invitedBy: try row.decode(3), message: try row.string(4), createdAt: try row.decode(5))
    }
}
