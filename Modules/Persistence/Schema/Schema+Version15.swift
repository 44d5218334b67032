extension Schema {
    /// Version 15: a mission's co-owners (issue 22). A referent of the mission's administration (or
    /// above) or the operator adds another user, who then answers applications and signs for the
    /// owner like the owner; removing them leaves the mission as it is. The owner stays
    /// `missions.owner_id` (a transfer changes it).
    static let version15 = Migration(
        version: 15, name: "mission co-owners",
        sql: """
            CREATE TABLE mission_co_owners (
                mission_id INTEGER NOT NULL REFERENCES missions(id),
                user_id INTEGER NOT NULL REFERENCES users(id),
                added_at INTEGER NOT NULL,
                PRIMARY KEY (mission_id, user_id)
            ) WITHOUT ROWID;
            CREATE INDEX mission_co_owners_user ON mission_co_owners(user_id);
            """)
}
