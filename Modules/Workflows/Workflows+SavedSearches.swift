public import Domain
import Persistence

extension Workflows {
    /// Saves a mission search for the caller, a talent (audit `saved-search.created`). The
    /// parameters are those of `GET /v1/missions`, checked as that listing checks them.
    /// - Throws: ``AccessError``, ``SavedSearchError``, ``UnknownValueError``,
    ///   ``MissionSearchError`` or ``ValueError`` naming the parameter.
    public func createSavedSearch(_ new: NewSavedSearch, by caller: Caller) throws -> SavedSearch {
        try database.write { try createSavedSearch(new, by: caller, in: $0) }
    }

    /// ``createSavedSearch(_:by:)`` inside the caller's write transaction (idempotent requests).
    public func createSavedSearch(
        _ new: NewSavedSearch, by caller: Caller,
        in transaction: Transaction
    ) throws -> SavedSearch {
        try createSavedSearch(new, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func createSavedSearch(
        _ new: NewSavedSearch, by caller: Caller,
        in connection: Connection
    ) throws -> SavedSearch {
        let user = try savedSearchOwner(caller, to: "save a search")
        let new = try new.validated()
        _ = try Self.missionSearch(new.parameters.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) })
        let store = SavedSearchStore(connection)
        guard try store.count(of: user.id) < NewSavedSearch.maximumPerUser else { throw SavedSearchError.tooMany }
        return try store.insert(new, userID: user.id, by: caller.actor, at: clock.now)
    }

    /// The caller's saved searches, oldest first.
    /// - Throws: ``AccessError``.
    public func savedSearches(by caller: Caller) throws -> [SavedSearch] {
        let user = try savedSearchOwner(caller, to: "list one's saved searches")
        return try database.read { try SavedSearchStore($0).all(of: user.id) }
    }

    /// One of the caller's saved searches; another user's does not exist for them.
    /// - Throws: ``AccessError``, ``NotFoundError``.
    public func savedSearch(_ id: SavedSearchID, by caller: Caller) throws -> SavedSearch {
        let user = try savedSearchOwner(caller, to: "read a saved search")
        return try database.read { connection in
            guard let search = try SavedSearchStore(connection).find(id), search.userID == user.id else {
                throw NotFoundError("saved-search", id: id)
            }
            return search
        }
    }

    /// Deletes one of the caller's saved searches and its pending alerts (audit
    /// `saved-search.deleted`); another user's does not exist for them.
    /// - Throws: ``AccessError``, ``NotFoundError``.
    public func deleteSavedSearch(_ id: SavedSearchID, by caller: Caller) throws {
        let user = try savedSearchOwner(caller, to: "delete a saved search")
        try database.write { connection in
            let store = SavedSearchStore(connection)
            guard let search = try store.find(id), search.userID == user.id else {
                throw NotFoundError("saved-search", id: id)
            }
            try store.delete(search, by: caller.actor, at: clock.now)
        }
    }

    /// The alert matches not sent yet, oldest first, for the notification digest (operator and
    /// command line): group them by ``AlertMatch/userID`` to send one digest per user.
    /// - Throws: ``AccessError``.
    public func pendingAlerts(limit: Int = 500, by caller: Caller) throws -> [AlertMatch] {
        try caller.require(.operator, to: "read the alert queue")
        return try database.read { try AlertQueue($0).pending(limit: limit) }
    }

    /// Marks alert matches sent once their digest has gone (operator and command line).
    /// - Returns: how many were still pending.
    /// - Throws: ``AccessError``.
    @discardableResult
    public func markAlertsSent(_ ids: [AlertMatchID], by caller: Caller) throws -> Int {
        try caller.require(.operator, to: "mark alerts sent")
        let now = clock.now
        return try database.write { try AlertQueue($0).markSent(ids, at: now) }
    }

    /// Queues `mission`, just published, for every saved search it matches; runs inside the
    /// publication's transaction, so a mission is published and queued together or not at all.
    func queueAlerts(for mission: Mission, in connection: Connection, at instant: Instant) throws {
        let missions = MissionStore(connection)
        let queue = AlertQueue(connection)
        for saved in try SavedSearchStore(connection).all() {
            // A search saved under older rules that no longer parses is skipped, not fatal to
            // the publication.
            guard let search = try? Self.missionSearch(saved.queryItems) else { continue }
            if try missions.matches(search, mission: mission.id) {
                try queue.enqueue(mission.id, for: saved, at: instant)
            }
        }
    }

    private func savedSearchOwner(_ caller: Caller, to action: String) throws -> User {
        try caller.require(.talent, to: action)
        guard let user = caller.user else { throw AccessError.roleRequired(action: action, roles: [.talent]) }
        return user
    }

    private static func missionSearch(_ items: [(name: String, value: String)]) throws -> MissionSearch {
        let search = try MissionSearch(parameters: items)
        try search.validate()
        return search
    }
}
