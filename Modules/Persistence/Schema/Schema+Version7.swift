extension Schema {
    /// Version 7, notifications: the outbox, written in the same transaction as the event that
    /// causes each message, and the users' notification preferences.
    ///
    /// An outbox row is `pending` until a worker claims it (`sending`, with a lease), then
    /// `sent`, or back to `pending` with a later `next_attempt_at` after a transient failure, or
    /// `parked` for the operator after a permanent failure or too many attempts. A `sending` row
    /// whose lease has expired belongs to a worker that died: the next worker claims it again.
    /// `dedupe_key` makes scheduled messages (reminders, digests) unique per kind, subject and step.
    static let version7 = Migration(
        version: 7, name: "notifications",
        sql: """
            CREATE TABLE notification_outbox (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 60),
                recipient_user_id INTEGER REFERENCES users(id),
                recipient_email TEXT NOT NULL,
                payload TEXT NOT NULL CHECK (json_valid(payload)),
                dedupe_key TEXT UNIQUE,
                status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'parked')),
                attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                next_attempt_at INTEGER NOT NULL,
                lease_until INTEGER,
                last_error TEXT,
                created_at INTEGER NOT NULL,
                sent_at INTEGER,
                CHECK ((status = 'sending') = (lease_until IS NOT NULL)),
                CHECK ((status = 'sent') = (sent_at IS NOT NULL))
            ) STRICT;
            CREATE INDEX notification_outbox_due ON notification_outbox(next_attempt_at) WHERE status = 'pending';
            CREATE INDEX notification_outbox_leased ON notification_outbox(lease_until) WHERE status = 'sending';
            CREATE INDEX notification_outbox_status ON notification_outbox(status, id);

            -- A user without a row has the defaults (digests on) at revision 1.
            CREATE TABLE notification_preferences (
                user_id INTEGER PRIMARY KEY REFERENCES users(id),
                digests_muted INTEGER NOT NULL CHECK (digests_muted IN (0, 1)),
                updated_at INTEGER NOT NULL,
                revision INTEGER NOT NULL CHECK (revision >= 2)
            ) STRICT;
            """)
}
