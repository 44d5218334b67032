extension Schema {
    /// Version 11, user management (issue 18): an account may be deactivated (and reactivated);
    /// a deactivated account cannot sign in and its sessions and tokens are refused.
    static let version11 = Migration(
        version: 11, name: "deactivated accounts",
        sql: """
            ALTER TABLE users ADD COLUMN deactivated_at INTEGER;
            CREATE INDEX users_administration ON users(administration_id);
            """)
}
