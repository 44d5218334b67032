public import Domain

extension AuditLog {
    /// Which audit events to read; every criterion that is set must hold (AND).
    public struct Filter: Sendable, Hashable {
        /// The subject's kind, e.g. `"mission"`.
        public var subjectType: String?
        /// The subject's identifier.
        public var subjectID: Int64?
        /// Who made the change.
        public var actor: Actor?
        /// What happened, e.g. `"mission.published"`.
        public var action: String?
        /// Events at or after this instant.
        public var from: Instant?
        /// Events strictly before this instant, so consecutive windows do not overlap.
        public var to: Instant?

        /// A filter; with no argument, every event.
        public init(subjectType: String? = nil, subjectID: Int64? = nil, actor: Actor? = nil, action: String? = nil,
                    from: Instant? = nil, to: Instant? = nil) {
            self.subjectType = subjectType
            self.subjectID = subjectID
            self.actor = actor
            self.action = action
            self.from = from
            self.to = to
        }
    }

    /// An event with its sequence number in the trail (the order of the writes).
    public struct Entry: Sendable, Hashable {
        /// The position in the trail: increasing, never reused.
        public let sequence: Int64
        /// The event.
        public let event: AuditEvent
    }

    /// The events matching `filter`, newest first, from just before sequence `before` (the
    /// cursor of keyset pagination) when given, at most `limit` of them.
    public func entries(matching filter: Filter, before: Int64? = nil, limit: Int) throws -> [Entry] {
        precondition(limit > 0, "an audit page holds at least one event")
        var conditions: [String] = []
        var arguments: [any SQLiteBindable] = []
        func add(_ condition: String, _ value: (any SQLiteBindable)?) {
            guard let value else { return }
            conditions.append(condition)
            arguments.append(value)
        }
        // Bound parameters only: the filter's texts never become SQL.
        add("subject_type = ?", filter.subjectType)
        add("subject_id = ?", filter.subjectID)
        add("actor = ?", filter.actor?.description)
        add("action = ?", filter.action)
        add("at >= ?", filter.from)
        add("at < ?", filter.to)
        add("id < ?", before)
        let whereClause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        arguments.append(limit)
        // Keyset pagination on the primary key (https://www.sqlite.org/rowidtable.html): each
        // page is one range scan, however deep the client goes.
        return try connection.query("""
            SELECT at, actor, action, subject_type, subject_id, details, id FROM audit_events
            \(whereClause) ORDER BY id DESC LIMIT ?
            """, arguments: arguments) { row in
            Entry(sequence: try row.int64(6), event: try Self.event(row))
        }
    }
}
