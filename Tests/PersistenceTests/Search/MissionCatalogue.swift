import Domain
import Persistence

/// Missions written through the store for search tests, on top of a ``Seed`` (whose own
/// published mission is part of the catalogue): each one published a minute after the previous
/// unless told otherwise, so recency is known.
struct MissionCatalogue {
    let pool: DatabasePool
    let seed: Seed
    private(set) var minute = 0

    init(pool: DatabasePool, seed: Seed) {
        self.pool = pool
        self.seed = seed
    }

    /// Writes a mission of the seed's owner (or `owner`) for the directorate (or `administration`),
    /// brought to `state` at the next minute.
    @discardableResult
    mutating func add(
        _ details: MissionDetails, state: MissionState = .published,
        administration: AdministrationID? = nil, owner: UserID? = nil
    ) throws -> Mission {
        minute += 1
        let instant = Fixture.now.adding(minutes: minute)
        let administrationID = administration ?? seed.directorate.id
        let ownerID = owner ?? seed.owner.id
        return try pool.write { connection throws in
            let store = MissionStore(connection)
            var mission = try store.insert(
                administrationID: administrationID, ownerID: ownerID, details: details,
                by: .user(ownerID), at: instant)
            guard state != .draft else { return mission }
            try mission.submit(at: instant)
            if state != .submitted { try mission.publish(today: instant.utcDate, at: instant) }
            switch state {
            case .draft, .submitted, .published: break
            case .closed(.filled): try mission.closeAsFilled(at: instant)
            case .closed(.cancelled): try mission.cancel(at: instant)
            case .closed(.expired): preconditionFailure("the catalogue does not expire missions")
            }
            try store.update(mission, action: "mission.changed", by: Fixture.actor, at: instant)
            return mission
        }
    }

    /// The missions of `scope` matching `search`, one page.
    func page(_ search: MissionSearch, in scope: MissionScope = .all) throws -> MissionStore.Page {
        try search.validate()
        return try pool.read { try MissionStore($0).search(search, in: scope) }
    }

    /// The titles of the first page (up to 100) of `search`, in order.
    func titles(_ search: MissionSearch, in scope: MissionScope = .all) throws -> [String] {
        var search = search
        search.limit = 100
        return try page(search, in: scope).missions.map(\.details.title)
    }

    /// Every mission of `search`, walking the pages of `limit` through their positions.
    /// - Throws: ``EndlessPages`` when the pages do not end (a position that does not advance).
    func walk(_ search: MissionSearch, limit: Int) throws -> [MissionID] {
        var search = search
        search.limit = limit
        var ids: [MissionID] = []
        for _ in 0..<100 {
            let page = try page(search)
            ids += page.missions.map(\.id)
            guard let next = page.next else { return ids }
            search.after = next
        }
        throw EndlessPages()
    }
}

/// Paging that goes on past 100 pages: the position does not move forward.
struct EndlessPages: Error {
}
