extension Schema {
    /// Version 2, for the web API: bearer tokens (hashes only), idempotency records, revisions
    /// for `ETag`/`If-Match`, pool invitations, and the full-text index of missions.
    static let version2 = Migration(
        version: 2, name: "api",
        sql: """
            CREATE TABLE api_tokens (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                token_hash BLOB NOT NULL UNIQUE CHECK (length(token_hash) = 32),
                label TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                expires_at INTEGER NOT NULL,
                revoked_at INTEGER
            ) STRICT;
            CREATE INDEX api_tokens_user ON api_tokens(user_id);

            -- A POST retried with the same Idempotency-Key replays the first response.
            CREATE TABLE idempotency_keys (
                user_id INTEGER NOT NULL REFERENCES users(id),
                key TEXT NOT NULL,
                fingerprint BLOB NOT NULL,
                status INTEGER NOT NULL,
                location TEXT,
                etag TEXT,
                body BLOB NOT NULL,
                created_at INTEGER NOT NULL,
                PRIMARY KEY (user_id, key)
            ) STRICT, WITHOUT ROWID;

            -- Incremented by every write: the ETag of the resource, checked against If-Match.
            ALTER TABLE missions ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE talents ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE applications ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;

            CREATE TABLE invitations (
                id INTEGER PRIMARY KEY,
                mission_id INTEGER NOT NULL REFERENCES missions(id),
                talent_id INTEGER NOT NULL REFERENCES talents(id),
                invited_by INTEGER NOT NULL REFERENCES users(id),
                message TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                UNIQUE (mission_id, talent_id)
            ) STRICT;
            CREATE INDEX invitations_talent ON invitations(talent_id);

            -- Accents folded (https://www.sqlite.org/fts5.html#unicode61_tokenizer): "securite"
            -- finds "sécurité". Rows are written by MissionStore with the mission.
            CREATE VIRTUAL TABLE missions_fts USING fts5(title, description, skills,
                tokenize = 'unicode61 remove_diacritics 2');
            INSERT INTO missions_fts(rowid, title, description, skills)
                SELECT m.id, m.title, m.description,
                    coalesce((SELECT group_concat(s.name, ' ') FROM mission_skills ms JOIN skills s ON s.code = ms.skill_code
                              WHERE ms.mission_id = m.id), '')
                FROM missions m;
            """)
}
