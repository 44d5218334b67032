extension Schema {
    /// Version 19 (issue 21): `missions_fts` rebuilt with prefix indexes of 2 to 16 characters
    /// (version 6 had 2 to 4). The search takes the last word typed as a prefix (`mesure` →
    /// `"mesure"*`); without an index of that length FTS5 merges the whole doclist of every term
    /// that starts with it before the first row, about 10 ms for a word in every mission at
    /// national scale, where the prefix index is walked like one term, newest first, stopping
    /// when the page is full (https://www.sqlite.org/fts5.html#prefix_indexes). The index is
    /// about twice as large.
    static let version19 = Migration(
        version: 19, name: "mission search prefixes up to 16 characters",
        sql: """
            DROP TABLE missions_fts;
            CREATE VIRTUAL TABLE missions_fts USING fts5(title, description, skills,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4 5 6 7 8 9 10 11 12 13 14 15 16');
            INSERT INTO missions_fts(rowid, title, description, skills)
                SELECT m.id, m.title, m.description,
                    coalesce((SELECT group_concat(s.name, ' ') FROM mission_skills ms JOIN skills s ON s.code = ms.skill_code
                              WHERE ms.mission_id = m.id), '')
                FROM missions m;
            """)
}
