public import Domain
import Persistence

extension Workflows {
    /// The missions the caller may invite pool talent `talentID` to, and the invitations already
    /// sent to them (``InvitationOptions``); mission owners and the operator.
    /// - Throws: ``AccessError``; ``NotFoundError`` for a talent outside the pool.
    public func invitationOptions(for talentID: TalentID, by caller: Caller) throws -> InvitationOptions {
        try requireActingOwner(caller, to: "invite a talent to a mission")
        let today = clock.now.utcDate
        return try database.read { connection in
            guard let talent = try TalentStore(connection).find(talentID), talent.isVisibleInPool else {
                throw NotFoundError("talent", id: talentID)
            }
            let missions = MissionStore(connection)
            let invitations = try InvitationStore(connection).all(talentID: talentID)
            let invitedTo = Dictionary(
                try missions.find(invitations.map(\.missionID)).map { ($0.id, $0) },
                uniquingKeysWith: { first, _ in first })
            var sent: [InvitationOptions.Sent] = []
            for invitation in invitations {
                guard let mission = invitedTo[invitation.missionID] else { continue }
                // An owner sees the invitations to their own missions only.
                if let user = caller.user, !user.has(.operator), !mission.isOwned(by: user) { continue }
                sent.append(.init(invitation: invitation, missionTitle: mission.details.title))
            }
            sent.sort { $0.invitation.createdAt < $1.invitation.createdAt }
            var open: [Mission] = []
            if let user = caller.user {
                let search = MissionSearch(
                    states: [.published], mine: true, sort: MissionSort(.createdAt, descending: true),
                    limit: MissionSearch.limits.upperBound)
                let invited = Set(sent.map(\.invitation.missionID))
                open = try missions.search(search, in: .owned(by: user.id)).missions.filter {
                    $0.acceptsApplications(on: today) && !invited.contains($0.id)
                }
            }
            return InvitationOptions(missions: open, sent: sent)
        }
    }
}
