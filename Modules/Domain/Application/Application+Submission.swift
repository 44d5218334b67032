extension Application {
    /// Applies `talent` to `mission` at `instant`.
    ///
    /// Refused when the mission is not published, when its deadline (a date, compared with
    /// the UTC date of `instant`) has passed, when the talent owns the mission, or when
    /// `existing` (the talent's applications) holds a live one for this mission.
    /// - Throws: ``ApplicationError``.
    public static func submit(
        id: ApplicationID, to mission: Mission, by talent: Talent, motivation: String,
        existing: [Application], at instant: Instant
    ) throws -> Application {
        guard mission.state == .published else { throw ApplicationError.missionNotPublished(mission.state) }
        let today = instant.utcDate
        guard mission.acceptsApplications(on: today) else {
            throw ApplicationError.deadlinePassed(deadline: mission.details.applicationDeadline, today: today)
        }
        guard talent.userID != mission.ownerID else { throw ApplicationError.ownMission }
        if let live = existing.first(where: { $0.missionID == mission.id && $0.talentID == talent.id && $0.isLive }) {
            throw ApplicationError.alreadyApplied(live.id)
        }
        let motivation = motivation.trimmingWhitespace()
        guard (1...maximumMotivationLength).contains(motivation.count) else {
            throw ApplicationError.motivationLength(count: motivation.count)
        }
        return Application(
            id: id, missionID: mission.id, talentID: talent.id, motivation: motivation,
            state: .submitted, submittedAt: instant, answeredAt: nil, updatedAt: instant)
    }
}
