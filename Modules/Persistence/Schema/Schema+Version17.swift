extension Schema {
    /// Version 17 (issue 21): indexes for the application listings, which took seconds at
    /// national scale. `applications_mission` serves a mission's applications, oldest due first
    /// (the owners' and co-owners' listings, one mission's, the quick-answer distinction);
    /// `applications_due` walks every application oldest due first (the operator's listing), the
    /// id (rowid) following the due instant in each entry.
    static let version17 = Migration(
        version: 17, name: "application listing indexes",
        sql: """
            CREATE INDEX applications_mission ON applications(mission_id, due_at);
            CREATE INDEX applications_due ON applications(due_at);
            """)
}
