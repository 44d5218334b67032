extension Schema {
    /// Version 13, retention and inactivity (issue 19):
    /// - `users.last_active_at`: the last sign-in or API use of the account, written at most once
    ///   a day per account; filled here from the sessions and tokens already recorded. Nil until
    ///   then: the retention job stamps such an account with its first run that sees it (its
    ///   period of inactivity starts there, never earlier than the rule's announcement).
    /// - `users.inactivity_warnings`, `users.inactivity_warned_at`: how many of the two warnings
    ///   before anonymisation were sent for the current stretch of inactivity, and when the last
    ///   one was; both reset by the next activity.
    /// - `retention_totals`: how many rows and files each purge of the daily retention job removed
    ///   since the beginning (the metrics' counters); `retention_runs`: its last run, so it runs at
    ///   most once a day, and the matching change reached then (changes at or before it are
    ///   consumed by every index, which polls far more often).
    static let version13 = Migration(
        version: 13, name: "retention and inactivity",
        sql: """
            ALTER TABLE users ADD COLUMN last_active_at INTEGER;
            ALTER TABLE users ADD COLUMN inactivity_warnings INTEGER NOT NULL DEFAULT 0
                CHECK (inactivity_warnings BETWEEN 0 AND 2);
            ALTER TABLE users ADD COLUMN inactivity_warned_at INTEGER;
            UPDATE users SET last_active_at = (SELECT max(opened) FROM (
                SELECT max(created_at) AS opened FROM web_sessions WHERE user_id = users.id
                UNION ALL SELECT max(created_at) FROM api_tokens WHERE user_id = users.id));

            CREATE TABLE retention_totals (
                category TEXT PRIMARY KEY CHECK (length(category) BETWEEN 1 AND 60),
                purged INTEGER NOT NULL CHECK (purged >= 0)
            ) STRICT, WITHOUT ROWID;
            CREATE TABLE retention_runs (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                last_run_at INTEGER NOT NULL,
                matching_seq INTEGER NOT NULL
            ) STRICT;
            """)
}
