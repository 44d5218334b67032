public import Domain

extension AuditLog {
    /// Which audit events to read (``AuditFilter``).
    public typealias Filter = AuditFilter

    /// An event with its sequence number in the trail (``AuditEntry``).
    public typealias Entry = AuditEntry

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
        return try connection.query(
            """
            SELECT at, actor, action, subject_type, subject_id, details, id FROM audit_events
            \(whereClause) ORDER BY id DESC LIMIT ?
            """, arguments: arguments
        ) { row in
            Entry(sequence: try row.int64(6), event: try Self.event(row))
        }
    }
}
