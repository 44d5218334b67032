extension Schema {
    /// Version 20 (issue 21): `agreements(owner_id)`, so that the agreements where a user is a
    /// party are found through indexes only ("Mon espace", `GET /v1/agreements`): the talent's
    /// (`agreements_talent`), the line manager's (`agreements_line_manager`), the owner of record's
    /// (this one) and those of the missions the user owns or co-owns (`agreements_mission`). The
    /// query was a scan of every agreement (9 ms per "Mon espace" at national scale).
    static let version20 = Migration(
        version: 20, name: "agreements by owner",
        sql: """
            CREATE INDEX agreements_owner ON agreements(owner_id);
            """)
}
