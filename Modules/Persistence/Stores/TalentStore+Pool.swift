public import Domain

extension TalentStore {
    /// The pool profiles of the consenting talents matching `search`, by increasing id after
    /// `after`, at most `limit`.
    ///
    /// Talents outside the pool are excluded by the query itself, never filtered afterwards,
    /// so nothing about them (not even how many there are) can reach a mission owner. The page's
    /// ids are chosen first; their profiles, names and skills are then read in two queries.
    public func searchPool(_ search: PoolSearch, after: TalentID?, limit: Int) throws -> [PoolProfile] {
        precondition(limit > 0, "a page holds at least one talent")
        var conditions = ["t.pool_consent_at IS NOT NULL"]
        var arguments: [any SQLiteBindable] = []
        let level = search.minimumLevel?.rawValue ?? SkillLevel.notions.rawValue
        // Each skill criterion is an EXISTS over talent_skills, so the level applies to the
        // matching skill itself; served by the index talent_skills_skill(skill_code, level).
        if let skill = search.skill {
            conditions.append(
                """
                EXISTS (SELECT 1 FROM talent_skills ts WHERE ts.talent_id = t.id AND ts.skill_code = ? AND ts.level >= ?)
                """)
            arguments += [skill.rawValue, level]
        }
        if let family = search.family {
            conditions.append(
                """
                EXISTS (SELECT 1 FROM talent_skills ts JOIN skills s ON s.code = ts.skill_code
                        WHERE ts.talent_id = t.id AND s.family = ? AND ts.level >= ?)
                """)
            arguments += [family.rawValue, level]
        }
        if search.skill == nil, search.family == nil, search.minimumLevel != nil {
            conditions.append("EXISTS (SELECT 1 FROM talent_skills ts WHERE ts.talent_id = t.id AND ts.level >= ?)")
            arguments.append(level)
        }
        if let departement = search.departement {
            conditions.append("t.departement = ?")
            arguments.append(departement.code)
        }
        // Overlap of [available_from, available_until] (NULL = open) with the period asked;
        // dates are TEXT YYYY-MM-DD, which compare as dates.
        if let from = search.availableFrom {
            conditions.append("(t.available_until IS NULL OR t.available_until >= ?)")
            arguments.append(from)
        }
        if let until = search.availableUntil {
            conditions.append("(t.available_from IS NULL OR t.available_from <= ?)")
            arguments.append(until)
        }
        if let after {
            conditions.append("t.id > ?")
            arguments.append(after)
        }
        arguments.append(limit)
        let ids = try connection.query(
            """
            SELECT t.id FROM talents t WHERE \(conditions.joined(separator: " AND ")) ORDER BY t.id LIMIT ?
            """, arguments: arguments
        ) { try $0.decode(0, as: TalentID.self) }
        guard !ids.isEmpty else { return [] }
        let page = IDList(ids)
        var skills: [TalentID: [TalentSkill]] = [:]
        for (id, skill) in try connection.query(
            """
            SELECT s.skill_code, s.level, s.talent_id FROM json_each(?) j JOIN talent_skills s ON s.talent_id = j.value
            ORDER BY s.talent_id, s.position
            """, page, map: { (try $0.decode(2, as: TalentID.self), try Self.skill($0)) })
        {
            skills[id, default: []].append(skill)
        }
        return try connection.query(
            """
            SELECT \(Self.columns), (SELECT display_name FROM users u WHERE u.id = t.user_id) FROM talents t
            WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id
            """, page
        ) { row in
            PoolProfile(
                try Self.talent(row, skills: skills[try row.decode(0), default: []]),
                displayName: try row.string(16))
        }
    }
}
