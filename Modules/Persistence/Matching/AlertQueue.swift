public import Domain

/// The queue of alert matches (`alert_matches`): filled when a mission is published, read and
/// marked sent by the notification digest.
public struct AlertQueue {
    let connection: Connection

    /// The queue seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Queues `mission` for the owner of `search`; a second time for the same pair is ignored.
    public func enqueue(_ mission: MissionID, for search: SavedSearch, at instant: Instant) throws {
        try connection.run(
            """
            INSERT INTO alert_matches(saved_search_id, user_id, mission_id, queued_at) VALUES (?, ?, ?, ?)
            ON CONFLICT(saved_search_id, mission_id) DO NOTHING
            """, search.id, search.userID, mission, instant)
    }

    /// The oldest `limit` matches not sent yet, in queue order.
    public func pending(limit: Int) throws -> [AlertMatch] {
        precondition(limit > 0, "a read takes at least one match")
        return try connection.query("\(Self.select) WHERE sent_at IS NULL ORDER BY id LIMIT ?", limit, map: match)
    }

    /// The matches queued for `userID`, newest first, sent or not.
    public func all(of userID: UserID) throws -> [AlertMatch] {
        try connection.query("\(Self.select) WHERE user_id = ? ORDER BY id DESC", userID, map: match)
    }

    /// Marks the matches `ids` sent at `instant`; those already sent keep their time.
    /// - Returns: how many were pending.
    @discardableResult
    public func markSent(_ ids: [AlertMatchID], at instant: Instant) throws -> Int {
        try ids.reduce(0) { count, id in
            count
                + (try connection.run(
                    "UPDATE alert_matches SET sent_at = ? WHERE id = ? AND sent_at IS NULL",
                    instant, id))
        }
    }

    private static let select = "SELECT id, saved_search_id, user_id, mission_id, queued_at, sent_at FROM alert_matches"

    private func match(_ row: Row) throws -> AlertMatch {
        AlertMatch(
            id: try row.decode(0), savedSearchID: try row.decode(1), userID: try row.decode(2),
            missionID: try row.decode(3), queuedAt: try row.decode(4), sentAt: try row.decode(5))
    }
}
