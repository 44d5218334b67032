public import Domain
import Persistence

extension Workflows {
    /// An invitation as its talent sees it, with the mission it is about.
    public struct ReceivedInvitation: Sendable {
        /// The invitation.
        public let invitation: Invitation
        /// The mission's title.
        public let missionTitle: String
        /// Where the mission is now (it may have closed since).
        public let missionState: MissionState
        /// The mission's last day to apply.
        public let applicationDeadline: LocalDate
    }

    /// Invites a talent of the pool to apply to mission `missionID` (its owner or the operator).
    /// - Throws: ``AccessError``; ``NotFoundError`` for a mission the caller may not see or a
    ///   talent outside the pool; ``InvitationError``; nothing is written then.
    public func invite(_ new: NewInvitation, to missionID: MissionID, by caller: Caller) throws -> Invitation {
        try database.write { try invite(new, to: missionID, by: caller, in: $0) }
    }

    /// ``invite(_:to:by:)`` inside the caller's write transaction (idempotent requests).
    public func invite(
        _ new: NewInvitation, to missionID: MissionID, by caller: Caller,
        in transaction: Transaction
    ) throws -> Invitation {
        try invite(new, to: missionID, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func invite(
        _ new: NewInvitation, to missionID: MissionID, by caller: Caller,
        in connection: Connection
    ) throws -> Invitation {
        let action = "invite a talent to a mission"
        try requireActingOwner(caller, to: action, in: connection)
        let mission = try ownMission(missionID, by: caller, to: action, in: connection)
        // A talent outside the pool is indistinguishable from a missing one (no leak of who is registered).
        guard let talent = try TalentStore(connection).find(new.talentID), talent.isVisibleInPool else {
            throw NotFoundError("talent", id: new.talentID, field: "talentID")
        }
        let inviter: UserID
        switch caller {
        case .user(let user): inviter = user.id
        case .commandLine: inviter = mission.ownerID
        }
        let now = clock.now
        let invitation = try InvitationStore(connection).insert(
            mission: mission, talent: talent, invitedBy: inviter,
            message: new.message, by: caller.actor, at: now)
        try Outbox(connection).poolInvitation(invitation, mission: mission, at: now)
        return invitation
    }

    /// The invitations sent for mission `missionID`, oldest first (its owner or the operator).
    /// - Throws: ``AccessError``, ``NotFoundError``.
    public func invitations(of missionID: MissionID, by caller: Caller) throws -> [Invitation] {
        let action = "read the invitations of a mission"
        try requireActingOwner(caller, to: action)
        return try database.read { connection in
            _ = try ownMission(missionID, by: caller, to: action, in: connection)
            return try InvitationStore(connection).all(missionID: missionID)
        }
    }

    /// Invitation `id` of mission `missionID` (the mission's owner or the operator).
    /// - Throws: ``AccessError``, ``NotFoundError``.
    public func invitation(_ id: InvitationID, of missionID: MissionID, by caller: Caller) throws -> Invitation {
        let action = "read the invitations of a mission"
        try requireActingOwner(caller, to: action)
        return try database.read { connection in
            _ = try ownMission(missionID, by: caller, to: action, in: connection)
            guard let invitation = try InvitationStore(connection).find(id), invitation.missionID == missionID else {
                throw NotFoundError("invitation", id: id)
            }
            return invitation
        }
    }

    /// The invitations the caller received as a talent, newest first.
    /// - Throws: ``AccessError``, ``NotFoundError`` when they have no talent profile.
    public func receivedInvitations(by caller: Caller) throws -> [ReceivedInvitation] {
        try database.read { connection in
            let talent = try ownTalentProfile(by: caller, in: connection).value
            let invitations = try InvitationStore(connection).all(talentID: talent.id)
            let missions = Dictionary(
                try MissionStore(connection).find(invitations.map(\.missionID)).map { ($0.id, $0) },
                uniquingKeysWith: { first, _ in first })
            return invitations.map { invitation in
                guard let mission = missions[invitation.missionID] else {
                    preconditionFailure("invitation \(invitation.id) without its mission")
                }
                return ReceivedInvitation(
                    invitation: invitation, missionTitle: mission.details.title,
                    missionState: mission.state,
                    applicationDeadline: mission.details.applicationDeadline)
            }
        }
    }

    /// Mission `id` if the caller owns or co-owns it (or is the operator or the command line). Another
    /// owner learns only what talents could see: a published mission is theirs to know of (403),
    /// any other does not exist for them (404).
    func ownMission(
        _ id: MissionID, by caller: Caller, to action: String,
        in connection: Connection
    ) throws -> Mission {
        guard let mission = try MissionStore(connection).find(id) else { throw NotFoundError("mission", id: id) }
        guard let user = caller.user, !user.has(.operator), !mission.isOwned(by: user) else { return mission }
        // Seen by this user, yet not theirs: 403; not even visible: 404 (Mission.isVisible(to:)).
        guard mission.isVisible(to: user) else { throw NotFoundError("mission", id: id) }
        throw AccessError.notOwner(action: action)
    }
}
