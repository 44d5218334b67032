public import Domain
import Persistence

extension Workflows {
    /// A page of a mission listing.
    public struct MissionPage: Sendable {
        /// The missions, as the caller may read them.
        public let items: [Mission]
        /// The opaque cursor of the next page (``MissionCursor``); nil on the last one.
        public let nextCursor: String?
    }

    /// The missions the caller may see that match `search`, one page at a time.
    ///
    /// Any signed-in user lists published missions and their own in every state; the operator
    /// (and the command line) every mission. Filtering by state needs the role mission owner or
    /// operator (the operator's moderation queue is `state=submitted`); one's own missions
    /// (`mine`), the role mission owner.
    /// - Throws: ``MissionSearchError`` for inconsistent criteria, ``AccessError``.
    public func missions(matching search: MissionSearch, by caller: Caller) throws -> MissionPage {
        try search.validate()
        if !search.states.isEmpty {
            try requireActingOwner(caller, to: "filter missions by state")
        }
        if search.mine { try requireActingOwner(caller, to: "list one's own missions", operatorToo: false) }
        let user = caller.user
        let scope = user.map { MissionScope.of($0, mine: search.mine) } ?? .all
        let page = try database.read { try MissionStore($0).search(search, in: scope) }
        return MissionPage(
            items: user.map { user in page.missions.map { $0.presented(to: user) } } ?? page.missions,
            nextCursor: page.next.map(MissionCursor.token))
    }
}
