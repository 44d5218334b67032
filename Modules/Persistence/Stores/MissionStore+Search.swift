public import Domain

extension MissionStore {
    /// A page of a mission listing.
    public struct Page: Sendable {
        /// The missions, in the listing's order.
        public var missions: [Mission]
        /// Where this page ended, when at least one more mission follows; nil on the last page.
        public var next: MissionSearchPosition?
    }

    /// The missions of `scope` that match `search`, one page in its order, starting after
    /// `search.after`. The criteria must have been validated (``MissionSearch/validate(taxonomy:)``).
    public func search(_ search: MissionSearch, in scope: MissionScope) throws -> Page {
        let query = MissionSearchSQL(search, scope: scope)
        var positions = try connection.query(query.sql, arguments: query.arguments, map: query.position)
        let hasMore = positions.count > search.limit
        if hasMore { positions.removeLast() }
        let missions = try find(positions.map(\.id))
        return Page(missions: missions, next: hasMore ? positions.last : nil)
    }

    /// The published missions whose application deadline is before `today`, which the expiry
    /// job closes; earliest deadline first.
    public func publishedPastDeadline(today: LocalDate) throws -> [Versioned<Mission>] {
        let ids = try connection.query(
            """
            SELECT id FROM missions WHERE state = 'published' AND application_deadline < ?
            ORDER BY application_deadline, id
            """, today
        ) { try $0.decode(0, as: MissionID.self) }
        return try findVersioned(ids)
    }
}
