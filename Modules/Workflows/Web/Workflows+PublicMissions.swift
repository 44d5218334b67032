public import Domain
import Persistence

extension Workflows {
    /// The published missions matching `search`, for a visitor who is not signed in (the web
    /// front's home and catalogue): states and `mine` are ignored, only published missions show,
    /// without the operator's rejection reason.
    /// - Throws: ``MissionSearchError`` for inconsistent criteria.
    public func publishedMissions(matching search: MissionSearch) throws -> MissionPage {
        var search = search
        search.states = [.published]
        search.mine = false
        try search.validate()
        let page = try database.read { try MissionStore($0).search(search, in: .all) }
        return MissionPage(
            items: page.missions.map { $0.withoutRejectionReason() },
            nextCursor: page.next.map(MissionCursor.token))
    }

    /// Published mission `id`, for a visitor who is not signed in.
    /// - Throws: ``NotFoundError`` when it does not exist or is not published.
    public func publishedMission(_ id: MissionID) throws -> Mission {
        guard let mission = try database.read({ try MissionStore($0).find(id) }), mission.state == .published else {
            throw NotFoundError("mission", id: id)
        }
        return mission.withoutRejectionReason()
    }
}

extension Mission {
    /// The mission as a visitor reads it: the operator's last rejection reason is the owner's.
    fileprivate func withoutRejectionReason() -> Mission {
        Mission(
            id: id, administrationID: administrationID, ownerID: ownerID, details: details, state: state,
            rejectionReason: nil, createdAt: createdAt, updatedAt: updatedAt, submittedAt: submittedAt,
            publishedAt: publishedAt, closedAt: closedAt)
    }
}
