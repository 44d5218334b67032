extension Schema {
    /// Version 16 (issue #22): the messages written to the programme team through the contact
    /// form, with their "handled" state, and the questions agents ask about a published mission
    /// with the owner's answer. The client address of a message is kept only as a hash, for the
    /// rate limit. Both are personal data (docs/privacy.md) and purged a year after their last
    /// message (``ContactStore/purge(before:)``).
    static let version16 = Migration(
        version: 16, name: "contact messages and mission questions",
        sql: """
            CREATE TABLE contact_messages (
                id INTEGER PRIMARY KEY,
                user_id INTEGER REFERENCES users(id),
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
                subject TEXT NOT NULL CHECK (subject IN ('dispositif', 'mission', 'compte', 'autre')),
                body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 5000),
                client_hash TEXT NOT NULL,
                received_at INTEGER NOT NULL,
                handled_at INTEGER,
                handled_by INTEGER REFERENCES users(id)
            ) STRICT;
            CREATE INDEX contact_messages_by_reception ON contact_messages(received_at);
            CREATE INDEX contact_messages_by_email ON contact_messages(email, received_at);
            CREATE INDEX contact_messages_by_client ON contact_messages(client_hash, received_at);
            CREATE TABLE mission_questions (
                id INTEGER PRIMARY KEY,
                mission_id INTEGER NOT NULL REFERENCES missions(id),
                asker_id INTEGER NOT NULL REFERENCES users(id),
                body TEXT NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
                asker_shares_email INTEGER NOT NULL CHECK (asker_shares_email IN (0, 1)),
                asked_at INTEGER NOT NULL,
                answer TEXT CHECK (answer IS NULL OR length(answer) BETWEEN 1 AND 2000),
                answered_by INTEGER REFERENCES users(id),
                answerer_shares_email INTEGER NOT NULL DEFAULT 0 CHECK (answerer_shares_email IN (0, 1)),
                answered_at INTEGER,
                CHECK ((answer IS NULL) = (answered_at IS NULL))
            ) STRICT;
            CREATE INDEX mission_questions_by_mission ON mission_questions(mission_id, answered_at);
            CREATE INDEX mission_questions_by_asker ON mission_questions(asker_id, asked_at);
            """)
}
