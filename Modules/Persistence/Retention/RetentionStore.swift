public import Domain

/// The purges of the daily retention job (issue 19), each one statement over the caller's write
/// transaction, returning how many rows it removed or emptied; and the job's own bookkeeping
/// (`retention_totals`, `retention_runs`). docs/privacy.md says what each purge keeps and for how long.
public struct RetentionStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Empties the secret token of the sign-in links and *Vis mon job* private links whose
    /// message has left the outbox (sent or parked): the e-mail was its only use. Delivery
    /// empties it as the message leaves (``NotificationEvent/delivered``); this catches the parked
    /// ones and the rows sent before that.
    public func dropDeliveredTokens() throws -> Int {
        var dropped = 0
        for (kind, path) in [
            ("sign-in-link", "$.signInLink.token"),
            ("vis-mon-job-student-registered", "$.visMonJobStudentRegistered.token")
        ] {
            dropped += try connection.run(
                """
                UPDATE notification_outbox SET payload = json_set(payload, '\(path)', '')
                WHERE kind = ? AND status IN ('sent', 'parked') AND json_extract(payload, '\(path)') <> ''
                """, kind)
        }
        return dropped
    }

    /// The outbox rows finished before `cutoff`: sent then, or parked and queued then.
    public func finishedMessages(before cutoff: Instant, limit: Int) throws -> [Int64] {
        try connection.query(
            """
            SELECT id FROM notification_outbox
            WHERE (status = 'sent' AND sent_at < ?) OR (status = 'parked' AND created_at < ?) ORDER BY id LIMIT ?
            """, cutoff, cutoff, limit
        ) { try $0.int64(0) }
    }

    /// Deletes the outbox rows `ids` still finished before `cutoff`.
    public func deleteMessages(_ ids: [Int64], finishedBefore cutoff: Instant) throws -> Int {
        var deleted = 0
        for id in ids {
            deleted += try connection.run(
                """
                DELETE FROM notification_outbox
                WHERE id = ? AND ((status = 'sent' AND sent_at < ?) OR (status = 'parked' AND created_at < ?))
                """, id, cutoff, cutoff)
        }
        return deleted
    }

    /// Deletes the sign-in links used or expired before `cutoff`.
    public func deleteSignInLinks(before cutoff: Instant) throws -> Int {
        try connection.run(
            "DELETE FROM web_sign_in_links WHERE (used_at IS NOT NULL AND used_at < ?) OR expires_at < ?",
            cutoff, cutoff)
    }

    /// Deletes the browser sessions ended or expired before `cutoff`.
    public func deleteSessions(before cutoff: Instant) throws -> Int {
        try connection.run(
            "DELETE FROM web_sessions WHERE (ended_at IS NOT NULL AND ended_at < ?) OR expires_at < ?",
            cutoff, cutoff)
    }

    /// Deletes the API tokens revoked or expired before `cutoff`.
    public func deleteAPITokens(before cutoff: Instant) throws -> Int {
        try connection.run(
            "DELETE FROM api_tokens WHERE (revoked_at IS NOT NULL AND revoked_at < ?) OR expires_at < ?",
            cutoff, cutoff)
    }

    /// Deletes the idempotency records made before `cutoff`.
    public func deleteIdempotencyRecords(before cutoff: Instant) throws -> Int {
        try connection.run("DELETE FROM idempotency_keys WHERE created_at < ?", cutoff)
    }

    /// Deletes the matching changes numbered `sequence` or less, always keeping the latest (the
    /// next change is numbered after it, so an index never misses one).
    public func deleteMatchingChanges(through sequence: Int64) throws -> Int {
        try connection.run(
            "DELETE FROM matching_changes WHERE seq <= ? AND seq < (SELECT max(seq) FROM matching_changes)",
            sequence)
    }

    /// The number of the latest matching change (0 before any).
    public func latestMatchingChange() throws -> Int64 {
        try connection.scalar("SELECT coalesce(max(seq), 0) FROM matching_changes", as: Int64.self) ?? 0
    }

    /// Erases the registrations of the *Vis mon job* students whose edition's day was before
    /// `day`, as a withdrawal does (only the row's id, edition and status stay), and the comments
    /// of their feedback; returns the registrations erased.
    public func eraseStudents(ofEditionsBefore day: LocalDate, at instant: Instant) throws -> Int {
        let editions = "SELECT id FROM vmj_editions WHERE event_day < ?"
        try connection.run(
            """
            UPDATE vmj_feedback SET comment = '' WHERE side = 'student' AND comment <> ''
                AND pair_id IN (SELECT id FROM vmj_pairs WHERE edition_id IN (\(editions)))
            """, day.description)
        return try connection.run(
            """
            UPDATE vmj_students SET status = 'withdrawn', token_hash = NULL, email = NULL, school = NULL,
                study_level = NULL, wishes = NULL, departements = NULL, administrations = NULL,
                unmatched_reason = NULL, updated_at = ?, revision = revision + 1
            WHERE status = 'registered' AND edition_id IN (\(editions))
            """, instant, day.description)
    }

    // MARK: Bookkeeping

    /// The last run and the matching change reached then; nil before the first run.
    public func lastRun() throws -> (at: Instant, matchingSequence: Int64)? {
        try connection.queryOne("SELECT last_run_at, matching_seq FROM retention_runs WHERE id = 1") { row in
            (try row.decode(0) as Instant, try row.int64(1))
        }
    }

    /// Records a run at `instant`, having reached matching change `sequence`.
    public func recordRun(at instant: Instant, matchingSequence sequence: Int64) throws {
        try connection.run(
            """
            INSERT INTO retention_runs(id, last_run_at, matching_seq) VALUES (1, ?, ?)
            ON CONFLICT(id) DO UPDATE SET last_run_at = excluded.last_run_at, matching_seq = excluded.matching_seq
            """, instant, sequence)
    }

    /// Adds `counts` to the totals of their categories.
    public func add(_ counts: [String: Int]) throws {
        for (category, count) in counts.sorted(by: { $0.key < $1.key }) {
            try connection.run(
                """
                INSERT INTO retention_totals(category, purged) VALUES (?, ?)
                ON CONFLICT(category) DO UPDATE SET purged = purged + excluded.purged
                """, category, count)
        }
    }

    /// Every category's total since the beginning, by category.
    public func totals() throws -> [(category: String, purged: Int)] {
        try connection.query("SELECT category, purged FROM retention_totals ORDER BY category") { row in
            (try row.string(0), try row.int(1))
        }
    }
}
