public import Domain
import Persistence

extension Workflows {
    /// The caller's live application to mission `missionID` as a talent (submitted, in
    /// discussion or accepted); nil when they have none or are no talent. The mission page shows
    /// it in place of the form.
    public func liveApplication(to missionID: MissionID, by caller: Caller) throws -> Application? {
        guard let user = caller.user, user.has(.talent) else { return nil }
        return try database.read { connection in
            guard let talent = try TalentStore(connection).find(userID: user.id) else { return nil }
            return try ApplicationStore(connection).live(missionID: missionID, talentID: talent.id).first
        }
    }
}
