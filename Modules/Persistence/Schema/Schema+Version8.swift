extension Schema {
    /// Version 8, web front: one-time sign-in links and browser sessions. Only SHA-256 hashes
    /// of their secrets are stored; a link is used once (`used_at`), a session ends at its
    /// expiry or when signed out (`ended_at`).
    static let version8 = Migration(
        version: 8, name: "web front",
        sql: """
            CREATE TABLE web_sign_in_links (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                token_hash BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
                created_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL CHECK (expires_at > created_at),
                used_at INTEGER
            ) STRICT;
            CREATE TABLE web_sessions (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                session_hash BLOB NOT NULL UNIQUE CHECK (length(session_hash) = 32),
                created_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL CHECK (expires_at > created_at),
                ended_at INTEGER
            ) STRICT;
            """)
}
