extension ReportingQueries {
    /// The number of audit events of one action, with one coded reason.
    public struct EventCount: Sendable, Hashable {
        /// The action, e.g. `application.declined`.
        public var action: String
        /// The `reason` code the event's details carry (a decline or withdrawal), if any.
        public var reason: String?
        /// How many events.
        public var count: Int

        /// Creates a count.
        public init(action: String, reason: String?, count: Int) {
            self.action = action
            self.reason = reason
            self.count = count
        }
    }

    /// The sequence number of the newest audit event, 0 when there is none.
    ///
    /// The trail is append-only and its writers are serialized, so a snapshot holds every
    /// event up to this number: counting `(after, through]` at each read never misses or
    /// repeats one.
    public func lastEventID() throws -> Int64 {
        try connection.scalar("SELECT coalesce(max(id), 0) FROM audit_events", as: Int64.self) ?? 0
    }

    /// Audit events with a sequence number in `(after, through]`, by action and reason.
    public func eventCounts(after: Int64, through: Int64) throws -> [EventCount] {
        try connection.query(
            """
            SELECT action, json_extract(details, '$.reason') AS reason, count(*) FROM audit_events
            WHERE id > ? AND id <= ? GROUP BY action, reason
            """, after, through, map: Self.eventCount)
    }

    /// Audit events recorded in `period`, by action and reason.
    public func eventCounts(in period: ReportingPeriod) throws -> [EventCount] {
        try connection.query(
            """
            SELECT action, json_extract(details, '$.reason') AS reason, count(*) FROM audit_events
            WHERE \(Self.period("at", parameter: 1)) GROUP BY action, reason
            """, period.from, period.until, map: Self.eventCount)
    }

    private static func eventCount(_ row: Row) throws -> EventCount {
        EventCount(action: try row.string(0), reason: try row.optionalString(1), count: try row.int(2))
    }
}
