public import Domain
public import Persistence

extension ApplicationStore {
    /// Submits an application of `talentID` to `missionID` for a fixture written straight to the
    /// stores, as `Workflows.apply` does: the domain's rule
    /// (``Application/submit(id:to:by:motivation:existing:at:)``), then the store's insert.
    /// - Throws: ``NotFoundError`` for an unknown mission or talent, ``ApplicationError``.
    public func submit(
        missionID: MissionID, talentID: TalentID, motivation: String,
        by actor: Actor, at instant: Instant
    ) throws -> Application {
        guard let mission = try MissionStore(connection).find(missionID) else {
            throw NotFoundError("mission", id: missionID, field: "missionID")
        }
        guard let talent = try TalentStore(connection).find(talentID) else {
            throw NotFoundError("talent", id: talentID, field: "talentID")
        }
        let application = try Application.submit(
            id: try nextID(), to: mission, by: talent, motivation: motivation,
            existing: try live(missionID: missionID, talentID: talentID), at: instant)
        try insert(application, by: actor, at: instant)
        return application
    }
}
