public import Domain

/// What the in-memory matching indexes read (module `Matching`): the pool (`pool_skills`), the
/// published missions (`published_mission_skills`) and the changes since a given one
/// (`matching_changes`), as Domain values. Only consenting talents and published missions have
/// rows, so the indexes never see the others.
public struct MatchingFeed {
    let connection: Connection

    /// The feed seen through `connection` (inside the caller's read transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// The number of the last change committed in this snapshot (0 before any).
    public func latestChange() throws -> Int64 {
        try connection.queryOne("SELECT coalesce(max(seq), 0) FROM matching_changes") { try $0.int64(0) } ?? 0
    }

    /// The changes numbered after `sequence`, in order.
    public func changes(after sequence: Int64) throws -> [MatchingChange] {
        try connection.query(
            "SELECT subject, id, seq FROM matching_changes WHERE seq > ? ORDER BY seq",
            sequence
        ) { row in
            let id = try row.int64(1)
            return MatchingChange(
                sequence: try row.int64(2),
                subject: try row.string(0) == "talent" ? .talent(TalentID(id)) : .mission(MissionID(id)))
        }
    }

    /// Calls `body` with the entry of every talent of the pool, by increasing id, or of talent
    /// `id` only (nothing when they are not in the pool).
    public func poolEntries(of id: TalentID? = nil, _ body: (PoolEntry) throws -> Void) throws {
        // The condition is "1" or a number, never user text.
        let condition = id.map { "talent_id = \($0.rawValue)" } ?? "1"
        var current: PoolEntry?
        _ = try connection.query(
            """
            SELECT talent_id, skill_code, level, employer_id, departement, hours_per_month, from_day, until_day,
                families
            FROM pool_skills INDEXED BY pool_skills_talent WHERE \(condition) ORDER BY talent_id
            """
        ) { row in
            let id = TalentID(try row.int64(0))
            if current?.talentID != id {
                if let done = current { try body(done) }
                current = PoolEntry(
                    talentID: id, employerID: AdministrationID(try row.int64(3)), departement: try row.string(4),
                    hoursPerMonth: try row.int(5), availableFrom: try row.optionalInt(6),
                    availableUntil: try row.optionalInt(7), families: SkillFamilySet(rawValue: try row.int64(8)),
                    skills: [])
            }
            // A level outside 1 to 4 is no level the matching knows.
            if let level = SkillLevel(rawValue: try row.int(2)) {
                current?.skills.append(TalentSkill(SkillCode(try row.string(1)), level))
            }
        }
        if let done = current { try body(done) }
    }

    /// Calls `body` with the entry of every published mission, by increasing id, or of mission
    /// `id` only (nothing when it is not published).
    public func openMissions(of id: MissionID? = nil, _ body: (OpenMissionEntry) throws -> Void) throws {
        let condition = id.map { "mission_id = \($0.rawValue)" } ?? "1"
        var current: OpenMissionEntry?
        _ = try connection.query(
            """
            SELECT mission_id, skill_code, minimum_level, departement, remote, effort_hours, start_day, end_day,
                deadline_day, required_count, families, published_at
            FROM published_mission_skills INDEXED BY published_mission_skills_mission WHERE \(condition)
            ORDER BY mission_id
            """
        ) { row in
            let id = MissionID(try row.int64(0))
            if current?.missionID != id {
                if let done = current { try body(done) }
                current = OpenMissionEntry(
                    missionID: id, departement: try row.optionalString(3), remote: try row.bool(4),
                    effortHours: try row.int(5), startDay: try row.int(6), endDay: try row.int(7),
                    deadlineDay: try row.int(8), requiredCount: try row.int(9),
                    families: SkillFamilySet(rawValue: try row.int64(10)),
                    publishedAt: Instant(millisecondsSinceEpoch: try row.int64(11)), skills: [])
            }
            if let level = SkillLevel(rawValue: try row.int(2)) {
                current?.skills.append(SkillRequirement(SkillCode(try row.string(1)), minimumLevel: level))
            }
        }
        if let done = current { try body(done) }
    }
}
