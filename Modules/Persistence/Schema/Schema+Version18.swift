extension Schema {
    /// Version 18 (issue 21): indexes in the listings' default order, the newest publication
    /// first (``MissionSearchSQL/publishedAt``, then the id, which ends every index), so that a
    /// page reads its rows in order instead of sorting every match (16 ms for the catalogue at
    /// national scale): by state alone and with each of the catalogue's filters (nature,
    /// département, remote) for published missions; without the state for the listing of a
    /// signed-in user (published missions or their own, an `OR` no prefix serves).
    /// The expression is the query's own, character for character, or SQLite does not use it.
    static let version18 = Migration(
        version: 18, name: "listing order indexes",
        sql: """
            CREATE INDEX missions_published ON missions(coalesce(published_at, 0));
            CREATE INDEX missions_state_published ON missions(state, coalesce(published_at, 0));
            CREATE INDEX missions_nature_published ON missions(state, nature, coalesce(published_at, 0));
            CREATE INDEX missions_departement_published ON missions(state, departement, coalesce(published_at, 0));
            CREATE INDEX missions_remote_published ON missions(state, remote, coalesce(published_at, 0));
            """)
}
