import Domain

extension Schema {
    /// Version 6, matching and alerts (issue 9):
    /// - `pool_skills`: one row per skill of each talent in the pool, keyed by (skill, level,
    ///   talent) and carrying what the scoring reads (employer, place, hours, availability as
    ///   days since the epoch, the families of all the talent's skills as a bit mask). Candidates
    ///   for a mission are range scans of its primary key, with no join and no talent outside the
    ///   pool. Kept by triggers on `talents` and `talent_skills`.
    /// - `published_mission_skills`: the same for published missions, keyed by (skill, minimum
    ///   level, mission), for the recommendations to a talent. Kept by triggers on `missions`
    ///   and `mission_skills`.
    /// - `matching_changes`: the talents and missions whose matching rows changed, with an
    ///   increasing sequence number, so that a process's in-memory `MatchingIndex` (module `Matching`) reloads only
    ///   those. Written by the same triggers.
    /// - `saved_searches` and `alert_matches`: talents' saved searches and the queue of new
    ///   published missions that match them, read by the notification digest.
    /// - `missions_fts` rebuilt with prefix indexes of 2 to 4 characters, so `secu*` reads one
    ///   doclist instead of merging every term that starts with it
    ///   (https://www.sqlite.org/fts5.html#prefix_indexes).
    static let version6 = Migration(
        version: 6, name: "matching",
        sql: """
            CREATE TABLE matching_changes (
                subject TEXT NOT NULL CHECK (subject IN ('talent', 'mission')),
                id INTEGER NOT NULL,
                seq INTEGER NOT NULL,
                PRIMARY KEY (subject, id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX matching_changes_seq ON matching_changes(seq);

            CREATE TABLE pool_skills (
                skill_code TEXT NOT NULL,
                level INTEGER NOT NULL,
                talent_id INTEGER NOT NULL,
                employer_id INTEGER NOT NULL,
                departement TEXT NOT NULL,
                hours_per_month INTEGER NOT NULL,
                from_day INTEGER,
                until_day INTEGER,
                families INTEGER NOT NULL,
                PRIMARY KEY (skill_code, level, talent_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX pool_skills_talent ON pool_skills(talent_id);
            \(rebuildTriggers(table: "talents", key: "id", columns: "employer_id, departement, hours_per_month, "
                          + "available_from, available_until, pool_consent_at", rebuild: rebuildPoolSkills))
            \(rebuildTriggers(table: "talent_skills", key: "talent_id", columns: "skill_code, level",
                          rebuild: rebuildPoolSkills))
            \(fillPoolSkills(where: "1"))

            CREATE TABLE published_mission_skills (
                skill_code TEXT NOT NULL,
                minimum_level INTEGER NOT NULL,
                mission_id INTEGER NOT NULL,
                administration_id INTEGER NOT NULL,
                departement TEXT,
                remote INTEGER NOT NULL,
                effort_hours INTEGER NOT NULL,
                start_day INTEGER NOT NULL,
                end_day INTEGER NOT NULL,
                deadline_day INTEGER NOT NULL,
                published_at INTEGER NOT NULL,
                required_count INTEGER NOT NULL,
                families INTEGER NOT NULL,
                PRIMARY KEY (skill_code, minimum_level, mission_id)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX published_mission_skills_mission ON published_mission_skills(mission_id);
            \(rebuildTriggers(table: "missions", key: "id", columns: "state, departement, remote, effort_hours, "
                          + "window_start, window_end, application_deadline, published_at",
                          rebuild: rebuildPublishedMissionSkills))
            \(rebuildTriggers(table: "mission_skills", key: "mission_id", columns: "skill_code, minimum_level",
                          rebuild: rebuildPublishedMissionSkills))
            \(fillPublishedMissionSkills(where: "1"))

            CREATE TABLE saved_searches (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
                parameters TEXT NOT NULL CHECK (json_valid(parameters)),
                created_at INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX saved_searches_user ON saved_searches(user_id);

            CREATE TABLE alert_matches (
                id INTEGER PRIMARY KEY,
                saved_search_id INTEGER NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
                user_id INTEGER NOT NULL REFERENCES users(id),
                mission_id INTEGER NOT NULL REFERENCES missions(id),
                queued_at INTEGER NOT NULL,
                sent_at INTEGER,
                UNIQUE (saved_search_id, mission_id)
            ) STRICT;
            CREATE INDEX alert_matches_pending ON alert_matches(id) WHERE sent_at IS NULL;
            CREATE INDEX alert_matches_mission ON alert_matches(mission_id);

            DROP TABLE missions_fts;
            CREATE VIRTUAL TABLE missions_fts USING fts5(title, description, skills,
                tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
            INSERT INTO missions_fts(rowid, title, description, skills)
                SELECT m.id, m.title, m.description,
                    coalesce((SELECT group_concat(s.name, ' ') FROM mission_skills ms JOIN skills s ON s.code = ms.skill_code
                              WHERE ms.mission_id = m.id), '')
                FROM missions m;
            """)

    /// Triggers that run `rebuild` for the row's key after an insert, a delete, or an update of
    /// `columns` on `table` (https://www.sqlite.org/lang_createtrigger.html).
    private static func rebuildTriggers(
        table: String, key: String, columns: String,
        rebuild: (String) -> String
    ) -> String {
        """
        CREATE TRIGGER \(table)_matching_insert AFTER INSERT ON \(table) BEGIN
            \(rebuild("NEW.\(key)"))
        END;
        CREATE TRIGGER \(table)_matching_update AFTER UPDATE OF \(columns) ON \(table) BEGIN
            \(rebuild("OLD.\(key)"))
            \(rebuild("NEW.\(key)"))
        END;
        CREATE TRIGGER \(table)_matching_delete AFTER DELETE ON \(table) BEGIN
            \(rebuild("OLD.\(key)"))
        END;
        """
    }

    /// Days since the epoch of a `YYYY-MM-DD` column (NULL stays NULL).
    private static func day(_ column: String) -> String {
        "CAST(julianday(\(column)) - 2440587.5 AS INTEGER)"
    }

    /// The families of the skills of `owner` in `table`, as the bits of ``SkillFamily/bit``.
    private static func families(_ table: String, owner: String) -> String {
        let bits = SkillFamily.allCases.map { "WHEN '\($0.rawValue)' THEN \($0.bit)" }.joined(separator: " ")
        return """
            (SELECT coalesce(sum(DISTINCT 1 << CASE s.family \(bits) END), 0)
                FROM \(table) x JOIN skills s ON s.code = x.skill_code WHERE x.\(owner) = ts.\(owner))
            """
    }

    private static func rebuildPoolSkills(_ talent: String) -> String {
        "DELETE FROM pool_skills WHERE talent_id = \(talent);\n" + fillPoolSkills(where: "ts.talent_id = \(talent)")
            + logChange("talent", talent)
    }

    /// Records that the matching rows of `subject` `id` changed, with the next sequence number.
    private static func logChange(_ subject: String, _ id: String) -> String {
        """
        INSERT INTO matching_changes(subject, id, seq)
                VALUES ('\(subject)', \(id), (SELECT coalesce(max(seq), 0) + 1 FROM matching_changes))
                ON CONFLICT(subject, id) DO UPDATE SET seq = excluded.seq;
        """
    }

    /// Writes the pool skills of the talents `condition` selects (on `talent_skills ts`).
    private static func fillPoolSkills(where condition: String) -> String {
        """
        INSERT OR REPLACE INTO pool_skills(skill_code, level, talent_id, employer_id, departement, hours_per_month,
                from_day, until_day, families)
            SELECT ts.skill_code, ts.level, t.id, t.employer_id, t.departement, t.hours_per_month,
                \(day("t.available_from")), \(day("t.available_until")), \(families("talent_skills", owner: "talent_id"))
            FROM talent_skills ts JOIN talents t ON t.id = ts.talent_id
            WHERE \(condition) AND t.pool_consent_at IS NOT NULL;
        """
    }

    private static func rebuildPublishedMissionSkills(_ mission: String) -> String {
        "DELETE FROM published_mission_skills WHERE mission_id = \(mission);\n"
            + fillPublishedMissionSkills(where: "ts.mission_id = \(mission)") + logChange("mission", mission)
    }

    /// Writes the skills of the published missions `condition` selects (on `mission_skills ts`).
    private static func fillPublishedMissionSkills(where condition: String) -> String {
        """
        INSERT OR REPLACE INTO published_mission_skills(skill_code, minimum_level, mission_id, administration_id,
                departement, remote, effort_hours, start_day, end_day, deadline_day, published_at, required_count,
                families)
            SELECT ts.skill_code, ts.minimum_level, m.id, m.administration_id, m.departement, m.remote, m.effort_hours,
                \(day("m.window_start")), \(day("m.window_end")), \(day("m.application_deadline")),
                coalesce(m.published_at, 0),
                (SELECT count(*) FROM mission_skills c WHERE c.mission_id = m.id),
                \(families("mission_skills", owner: "mission_id"))
            FROM mission_skills ts JOIN missions m ON m.id = ts.mission_id
            WHERE \(condition) AND m.state = 'published';
        """
    }
}
