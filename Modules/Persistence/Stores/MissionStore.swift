public import Domain

/// Missions and their required skills.
public struct MissionStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Validates and records a new draft mission, with its audit event.
    /// - Throws: ``MissionError`` or ``NotFoundError`` for an unknown administration or owner.
    public func insert(
        administrationID: AdministrationID, ownerID: UserID, details: MissionDetails,
        rules: MissionRules = MissionRules(), taxonomy: SkillTaxonomy = .standard,
        by actor: Actor, at instant: Instant
    ) throws -> Mission {
        guard try AdministrationStore(connection).find(administrationID) != nil else {
            throw NotFoundError("administration", id: administrationID, field: "administrationID")
        }
        guard try UserStore(connection).find(ownerID) != nil else {
            throw NotFoundError("user", id: ownerID, field: "ownerID")
        }
        let mission = try Mission.create(
            id: try connection.nextID(in: "missions"), administrationID: administrationID,
            ownerID: ownerID, details: details, rules: rules, taxonomy: taxonomy,
            at: instant)
        try write(mission)
        try audit("mission.created", mission, by: actor, at: instant)
        return mission
    }

    /// Saves `mission` after a transition or an edit, with its audit event (e.g. `mission.published`).
    /// - Parameter expectedRevision: when given, the write is refused unless it is the stored revision.
    /// - Returns: the new revision.
    /// - Throws: ``NotFoundError`` when the mission was never inserted, ``StaleRevisionError``.
    @discardableResult
    public func update(
        _ mission: Mission, action: String, expectedRevision: Int? = nil,
        by actor: Actor, at instant: Instant
    ) throws -> Int {
        let revision = try connection.bumpRevision(
            table: "missions", subject: "mission", id: mission.id.rawValue,
            expected: expectedRevision)
        try write(mission)
        try audit(action, mission, by: actor, at: instant)
        return revision
    }

    /// The mission with `id`, or nil.
    public func find(_ id: MissionID) throws -> Mission? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: mission)
    }

    /// The mission with `id` and its revision, or nil.
    public func findVersioned(_ id: MissionID) throws -> Versioned<Mission>? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id) { row in
            Versioned(try mission(row), revision: try row.int(21))
        }
    }

    /// The missions with `ids` that exist, in the order of `ids`: three queries however many there are.
    public func find(_ ids: [MissionID]) throws -> [Mission] {
        try findVersioned(ids).map(\.value)
    }

    /// The missions with `ids` that exist and their revisions, in the order of `ids`: the rows, the
    /// skills and the co-owners of them all, one query each (``IDList``, each id once). Each query walks the
    /// list and seeks each id (a join, not `IN (…)`, which would first copy the list into a
    /// temporary index); skills and co-owners are put in order here, a page's few rows.
    public func findVersioned(_ ids: [MissionID]) throws -> [Versioned<Mission>] {
        guard !ids.isEmpty else { return [] }
        let list = IDList(Set(ids))
        var skills: [MissionID: [(position: Int, skill: SkillRequirement)]] = [:]
        _ = try connection.query(
            """
            SELECT s.mission_id, s.position, s.skill_code, s.minimum_level
            FROM json_each(?) j JOIN mission_skills s ON s.mission_id = j.value
            """, list
        ) { row in skills[try row.decode(0), default: []].append((try row.int(1), try Self.skill(row, at: 2))) }
        var coOwners: [MissionID: [UserID]] = [:]
        _ = try connection.query(
            "SELECT c.mission_id, c.user_id FROM json_each(?) j JOIN mission_co_owners c ON c.mission_id = j.value",
            list
        ) { row in coOwners[try row.decode(0), default: []].append(try row.decode(1)) }
        var found: [MissionID: Versioned<Mission>] = [:]
        found.reserveCapacity(ids.count)
        _ = try connection.query("\(Self.columns) FROM json_each(?) j JOIN missions m ON m.id = j.value", list) {
            row in
            let id: MissionID = try row.decode(0)
            let mission = try Self.mission(
                row, skills: skills[id]?.sorted { $0.position < $1.position }.map(\.skill) ?? [],
                coOwnerIDs: coOwners[id]?.sorted() ?? [])
            found[id] = Versioned(mission, revision: try row.int(21))
        }
        return ids.compactMap { found[$0] }
    }

    /// The missions in `state`, oldest first.
    public func all(in state: MissionState) throws -> [Mission] {
        try find(
            connection.query("SELECT id FROM missions WHERE state = ? ORDER BY id", state.rawValue) { try $0.decode(0) }
        )
    }

    /// How many missions are in each state (states without missions left out).
    public func countsByState() throws -> [MissionState: Int] {
        let pairs = try connection.query("SELECT state, count(*) FROM missions GROUP BY state") {
            (try $0.code(0, as: MissionState.self), try $0.int(1))
        }
        return Dictionary(uniqueKeysWithValues: pairs)
    }

    private func write(_ mission: Mission) throws {
        let details = mission.details
        // One upsert for insert and update; the owner, administration and creation never change.
        try connection.run(
            """
            INSERT INTO missions(id, administration_id, owner_id, title, description, nature, effort_hours,
                window_start, window_end, departement, remote, talents_sought, application_deadline, crisis, state,
                rejection_reason, created_at, updated_at, submitted_at, published_at, closed_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21)
            ON CONFLICT(id) DO UPDATE SET title = ?4, description = ?5, nature = ?6, effort_hours = ?7,
                window_start = ?8, window_end = ?9, departement = ?10, remote = ?11, talents_sought = ?12,
                application_deadline = ?13, crisis = ?14, state = ?15, rejection_reason = ?16, updated_at = ?18,
                submitted_at = ?19, published_at = ?20, closed_at = ?21
            """,
            arguments: [
                mission.id, mission.administrationID, mission.ownerID, details.title, details.description,
                details.nature.rawValue, details.effortHours, details.window.start, details.window.end,
                details.departement?.code, details.remote, details.talentsSought, details.applicationDeadline,
                details.crisis, mission.state.rawValue, mission.rejectionReason, mission.createdAt, mission.updatedAt,
                mission.submittedAt, mission.publishedAt, mission.closedAt
            ])
        try connection.run("DELETE FROM mission_skills WHERE mission_id = ?", mission.id)
        for (position, skill) in details.requiredSkills.enumerated() {
            try connection.run(
                "INSERT INTO mission_skills(mission_id, position, skill_code, minimum_level) VALUES (?, ?, ?, ?)",
                mission.id, position, skill.code.rawValue, skill.minimumLevel.rawValue)
        }
        // The full-text row follows the mission (title, description and the skills' names).
        try connection.run("DELETE FROM missions_fts WHERE rowid = ?", mission.id)
        try connection.run(
            """
            INSERT INTO missions_fts(rowid, title, description, skills)
            SELECT ?1, ?2, ?3, coalesce((SELECT group_concat(s.name, ' ') FROM mission_skills ms
                JOIN skills s ON s.code = ms.skill_code WHERE ms.mission_id = ?1), '')
            """, mission.id, details.title, details.description)
    }

    private func audit(_ action: String, _ mission: Mission, by actor: Actor, at instant: Instant) throws {
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "mission", subjectID: mission.id.rawValue, actor: actor, at: instant,
                details: [
                    "state": mission.state.rawValue, "administrationID": String(mission.administrationID.rawValue)
                ]))
    }

    /// The columns every read of a mission decodes, from `missions m`.
    private static let columns = """
        SELECT m.id, m.administration_id, m.owner_id, m.title, m.description, m.nature, m.effort_hours,
            m.window_start, m.window_end, m.departement, m.remote, m.talents_sought, m.application_deadline, m.crisis,
            m.state, m.rejection_reason, m.created_at, m.updated_at, m.submitted_at, m.published_at, m.closed_at,
            m.revision
        """

    private static let select = "\(columns) FROM missions m"

    /// The mission of `row` (columns of ``select``), its skills and co-owners read one query each.
    private func mission(_ row: Row) throws -> Mission {
        let id: MissionID = try row.decode(0)
        let skills = try connection.query(
            "SELECT skill_code, minimum_level FROM mission_skills WHERE mission_id = ? ORDER BY position", id
        ) { try Self.skill($0, at: 0) }
        return try Self.mission(row, skills: skills, coOwnerIDs: try coOwners(of: id))
    }

    /// The mission of `row` (columns of ``select``) with its skills and co-owners.
    private static func mission(_ row: Row, skills: [SkillRequirement], coOwnerIDs: [UserID]) throws -> Mission {
        let details = MissionDetails(
            title: try row.string(3), description: try row.string(4), nature: try row.code(5), requiredSkills: skills,
            effortHours: try row.int(6), window: DateWindow(start: try row.decode(7), end: try row.decode(8)),
            departement: try row.optionalString(9).map { try Departement($0) }, remote: try row.bool(10),
            talentsSought: try row.int(11), applicationDeadline: try row.decode(12), crisis: try row.bool(13))
        var mission = Mission(
            id: try row.decode(0), administrationID: try row.decode(1), ownerID: try row.decode(2), details: details,
            state: try row.code(14), rejectionReason: try row.optionalString(15),
            createdAt: try row.decode(16), updatedAt: try row.decode(17), submittedAt: try row.decode(18),
            publishedAt: try row.decode(19), closedAt: try row.decode(20))
        mission.coOwnerIDs = coOwnerIDs
        return mission
    }

    /// A required skill from columns `column` (skill code) and `column + 1` (minimum level).
    private static func skill(_ row: Row, at column: Int) throws -> SkillRequirement {
        guard let level = SkillLevel(rawValue: try row.int(.index(column + 1))) else {
            throw SQLiteError.mismatch("mission_skills.minimum_level out of range", sql: nil)
        }
        return SkillRequirement(SkillCode(try row.string(.index(column))), minimumLevel: level)
    }
}
