extension Schema {
    /// Version 9: sign-in links by user and time, for the per-account limit on link requests
    /// (`Workflows.signInLinksPerLifetime`).
    static let version9 = Migration(
        version: 9, name: "sign-in link requests by user",
        sql: """
            CREATE INDEX web_sign_in_links_user ON web_sign_in_links(user_id, created_at);
            """)
}
