public import Domain

/// The notification outbox (`notification_outbox`), seen through the caller's transaction.
///
/// Events queue their notifications with ``enqueue(_:at:)`` inside their own write transaction,
/// so a rolled-back change queues nothing. Workers claim one due row at a time with a lease,
/// each claim in its own short write transaction, and record the outcome afterwards.
public struct OutboxStore {
    let connection: Connection

    /// The outbox seen through `connection`.
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Queues `entry`, due at once. Returns its id, or nil when an entry with the same key is
    /// already queued (whatever its status): a scheduled step is queued once.
    @discardableResult
    public func enqueue(_ entry: NewOutboxEntry, at instant: Instant) throws -> Int64? {
        let changed = try connection.run(
            """
            INSERT INTO notification_outbox(kind, recipient_user_id, recipient_email, payload, dedupe_key, status,
                next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT(dedupe_key) DO NOTHING
            """, entry.kind, entry.recipientUserID, entry.recipientEmail.value, entry.payload, entry.key, instant,
            instant)
        return changed == 1 ? connection.lastInsertRowID : nil
    }

    /// Whether an entry with `key` was ever queued.
    public func contains(key: String) throws -> Bool {
        try connection.scalar("SELECT 1 FROM notification_outbox WHERE dedupe_key = ?", key, as: Int.self) != nil
    }

    /// Claims the oldest due row: a pending one whose attempt is due, or a sending one whose
    /// lease expired (its worker died). Marks it `sending` until `leaseUntil` and counts the attempt.
    /// Must run in a write transaction (the claim and the read are atomic).
    public func claimNext(now: Instant, leaseUntil: Instant) throws -> OutboxEntry? {
        precondition(connection.isInTransaction, "claimNext needs the write transaction")
        let candidate = try connection.scalar(
            """
            SELECT id FROM notification_outbox
            WHERE (status = 'pending' AND next_attempt_at <= ?1) OR (status = 'sending' AND lease_until <= ?1)
            ORDER BY next_attempt_at, id LIMIT 1
            """, now, as: Int64.self)
        guard let id = candidate else { return nil }
        try connection.run(
            """
            UPDATE notification_outbox SET status = 'sending', lease_until = ?, attempts = attempts + 1 WHERE id = ?
            """, leaseUntil, id)
        return try find(id)
    }

    /// Deletes the pending answer reminders and overdue notices of applications no longer
    /// awaiting an answer (answered, withdrawn or closed since they were queued): sent late,
    /// they would ask for an answer already given. Returns how many were deleted.
    @discardableResult
    public func discardAnsweredFollowUps() throws -> Int {
        precondition(connection.isInTransaction, "discardAnsweredFollowUps needs the write transaction")
        return try connection.run(
            """
            DELETE FROM notification_outbox
            WHERE status = 'pending' AND kind IN ('answer-reminder', 'answer-overdue')
              AND NOT EXISTS (SELECT 1 FROM applications a
                  WHERE a.id = coalesce(json_extract(payload, '$.answerReminder.applicationID'),
                                        json_extract(payload, '$.answerOverdue.applicationID'))
                    AND a.status = 'submitted' AND a.answered_at IS NULL)
            """)
    }

    /// Deletes the pending messages queued before `instant`: those of the demo seed's story,
    /// which happened in the past and tells nobody anything (its addresses look like real
    /// ones). Returns how many were deleted.
    @discardableResult
    public func discardPending(queuedBefore instant: Instant) throws -> Int {
        precondition(connection.isInTransaction, "discardPending needs the write transaction")
        return try connection.run(
            "DELETE FROM notification_outbox WHERE status = 'pending' AND created_at < ?", instant)
    }

    /// Records that the transport accepted the claimed row; false when the lease was lost
    /// (another worker claimed the row after it expired), then nothing changes.
    @discardableResult
    public func markSent(_ claimed: OutboxEntry, at instant: Instant) throws -> Bool {
        try connection.run(
            """
            UPDATE notification_outbox SET status = 'sent', sent_at = ?, lease_until = NULL, last_error = NULL
            WHERE id = ? AND status = 'sending' AND lease_until = ?
            """, instant, claimed.id, claimed.leaseUntil) == 1
    }

    /// Puts the claimed row back to pending until `nextAttempt`, with the failure; false when the lease was lost.
    @discardableResult
    public func reschedule(_ claimed: OutboxEntry, nextAttempt: Instant, error: String) throws -> Bool {
        try connection.run(
            """
            UPDATE notification_outbox SET status = 'pending', next_attempt_at = ?, lease_until = NULL, last_error = ?
            WHERE id = ? AND status = 'sending' AND lease_until = ?
            """, nextAttempt, String(error.prefix(500)), claimed.id, claimed.leaseUntil) == 1
    }

    /// Parks the claimed row with the failure; false when the lease was lost.
    @discardableResult
    public func park(_ claimed: OutboxEntry, error: String, at instant: Instant) throws -> Bool {
        let parked =
            try connection.run(
                """
                UPDATE notification_outbox SET status = 'parked', lease_until = NULL, last_error = ?
                WHERE id = ? AND status = 'sending' AND lease_until = ?
                """, String(error.prefix(500)), claimed.id, claimed.leaseUntil) == 1
        if parked {
            try audit(
                "notification.parked", id: claimed.id, by: .system("notifications"), at: instant,
                details: ["kind": claimed.kind, "error": String(error.prefix(200))])
        }
        return parked
    }

    /// Puts a parked row back to pending, due now, with its attempts reset, and audits it.
    /// - Throws: ``NotFoundError`` when no parked row has `id`.
    public func retry(_ id: Int64, by actor: Actor, at instant: Instant) throws -> OutboxEntry {
        let changed = try connection.run(
            """
            UPDATE notification_outbox SET status = 'pending', attempts = 0, next_attempt_at = ?
            WHERE id = ? AND status = 'parked'
            """, instant, id)
        guard changed == 1, let entry = try find(id) else {
            throw NotFoundError("parked notification", key: String(id))
        }
        try audit("notification.retried", id: id, by: actor, at: instant, details: ["kind": entry.kind])
        return entry
    }

    /// The row with `id`, or nil.
    public func find(_ id: Int64) throws -> OutboxEntry? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: Self.entry)
    }

    /// The rows in `status` (every row when nil), oldest first, at most `limit`.
    public func list(status: OutboxEntry.Status?, limit: Int = 1000) throws -> [OutboxEntry] {
        guard let status else {
            return try connection.query("\(Self.select) ORDER BY id LIMIT ?", limit, map: Self.entry)
        }
        return try connection.query(
            "\(Self.select) WHERE status = ? ORDER BY id LIMIT ?", status.rawValue, limit,
            map: Self.entry)
    }

    /// How many rows are in each status.
    public func counts() throws -> [OutboxEntry.Status: Int] {
        var counts = Dictionary(uniqueKeysWithValues: OutboxEntry.Status.allCases.map { ($0, 0) })
        for (status, count) in try connection.query(
            "SELECT status, count(*) FROM notification_outbox GROUP BY status",
            map: {
                (try $0.code(0, as: OutboxEntry.Status.self), try $0.int(1))
            })
        { counts[status] = count }
        return counts
    }

    private func audit(
        _ action: String, id: Int64, by actor: Actor, at instant: Instant,
        details: [String: String]
    ) throws {
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "notification", subjectID: id,
                actor: actor, at: instant, details: details))
    }

    private static let select = """
        SELECT id, kind, recipient_user_id, recipient_email, payload, dedupe_key, status, attempts, next_attempt_at,
            lease_until, last_error, created_at, sent_at FROM notification_outbox
        """

    private static func entry(_ row: Row) throws -> OutboxEntry {
        OutboxEntry(
            id: try row.int64(0), kind: try row.string(1), recipientUserID: try row.decode(2),
            recipientEmail: try row.string(3), payload: try row.string(4), key: try row.optionalString(5),
            status: try row.code(6), attempts: try row.int(7), nextAttemptAt: try row.decode(8),
            leaseUntil: try row.decode(9), lastError: try row.optionalString(10), createdAt: try row.decode(11),
            sentAt: try row.decode(12))
    }
}
