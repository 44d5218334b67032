public import Domain

/// Talent profiles, their skills and their pool membership.
public struct TalentStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Validates (its availability within the ``DateHorizon`` of `instant`'s day) and records the
    /// talent profile of `userID`, outside the pool, with its audit event.
    /// - Throws: ``TalentError`` (including a user who already has a profile), ``DateHorizonError``
    ///   or ``NotFoundError``.
    public func insert(
        userID: UserID, profile: TalentProfile, taxonomy: SkillTaxonomy = .standard,
        by actor: Actor, at instant: Instant
    ) throws -> Talent {
        guard try UserStore(connection).find(userID) != nil else {
            throw NotFoundError("user", id: userID, field: "userID")
        }
        guard try AdministrationStore(connection).find(profile.employerID) != nil else {
            throw NotFoundError("administration", id: profile.employerID, field: "employerID")
        }
        if let existing = try find(userID: userID) { throw TalentError.profileExists(existing.id) }
        let talent = try Talent.create(
            id: try connection.nextID(in: "talents"), userID: userID, profile: profile,
            taxonomy: taxonomy, today: instant.utcDate)
        try write(talent, at: instant)
        try audit("talent.created", talent, by: actor, at: instant)
        return talent
    }

    /// Saves `talent` after a profile change, a pool move or a confirmation of employment, with its
    /// audit event (`talent.profile-updated`, `talent.pool-joined`, `talent.pool-left`,
    /// `talent.employment-confirmed`).
    /// - Parameters:
    ///   - expectedRevision: when given, the write is refused unless it is the stored revision.
    ///   - details: facts the event adds (the names of the fields changed, identifiers; never names
    ///     or addresses).
    /// - Returns: the new revision.
    /// - Throws: ``NotFoundError`` when the talent was never inserted or the employer does not exist,
    ///   ``StaleRevisionError``.
    @discardableResult
    public func update(
        _ talent: Talent, action: String, expectedRevision: Int? = nil, details: [String: String] = [:],
        by actor: Actor, at instant: Instant
    ) throws -> Int {
        let revision = try connection.bumpRevision(
            table: "talents", subject: "talent", id: talent.id.rawValue,
            expected: expectedRevision)
        // The profile may name another employer; checked here as in `insert`, so a missing one is
        // a NotFoundError rather than a bare foreign key violation.
        guard try AdministrationStore(connection).find(talent.profile.employerID) != nil else {
            throw NotFoundError("administration", id: talent.profile.employerID, field: "employerID")
        }
        try write(talent, at: instant)
        try audit(action, talent, details: details, by: actor, at: instant)
        return revision
    }

    /// The talent with `id`, or nil.
    public func find(_ id: TalentID) throws -> Talent? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: talent)
    }

    /// The talent with `id` and its revision, or nil.
    public func findVersioned(_ id: TalentID) throws -> Versioned<Talent>? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id) {
            Versioned(try talent($0), revision: try $0.int(12))
        }
    }

    /// The talent profile of `userID`, or nil.
    public func find(userID: UserID) throws -> Talent? {
        try connection.queryOne("\(Self.select) WHERE user_id = ?", userID, map: talent)
    }

    /// The talents whose declared employment awaits its confirmation, oldest profile first: those
    /// who declare `root` or an administration under it, or every one when `root` is nil.
    public func awaitingEmploymentConfirmation(under root: AdministrationID?) throws -> [Versioned<Talent>] {
        try connection.query(
            """
            \(root == nil ? "" : AdministrationStore.treeCTE)\(Self.select)
            WHERE (employment_confirmed_employer_id IS NULL OR employment_confirmed_employer_id <> employer_id)
                \(root == nil ? "" : "AND employer_id IN (SELECT id FROM tree)")
            ORDER BY id
            """, arguments: root.map { [$0] } ?? []
        ) {
            Versioned(try talent($0), revision: try $0.int(12))
        }
    }

    /// How many talents there are, and how many of them are in the pool.
    public func counts() throws -> (all: Int, inPool: Int) {
        try connection.queryOne("SELECT count(*), count(pool_consent_at) FROM talents") {
            (try $0.int(0), try $0.int(1))
        } ?? (0, 0)
    }

    private func write(_ talent: Talent, at instant: Instant) throws {
        let profile = talent.profile
        // One upsert for insert and update; created_at is only ever set by the insert.
        try connection.run(
            """
            INSERT INTO talents(id, user_id, employer_id, status, line_manager_name, line_manager_email, departement,
                hours_per_month, available_from, available_until, presentation, pool_consent_at, created_at, updated_at,
                employment_confirmed_employer_id, employment_confirmed_by, employment_confirmed_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?15, ?16)
            ON CONFLICT(id) DO UPDATE SET employer_id = ?3, status = ?4, line_manager_name = ?5,
                line_manager_email = ?6, departement = ?7, hours_per_month = ?8, available_from = ?9,
                available_until = ?10, presentation = ?11, pool_consent_at = ?12, updated_at = ?13,
                employment_confirmed_employer_id = ?14, employment_confirmed_by = ?15, employment_confirmed_at = ?16
            """, talent.id, talent.userID, profile.employerID, profile.status.rawValue, profile.lineManager.name,
            profile.lineManager.email.value, profile.departement.code, profile.availability.hoursPerMonth,
            profile.availability.from, profile.availability.until, profile.presentation, talent.poolConsentAt, instant,
            talent.employmentConfirmation?.employerID, talent.employmentConfirmation?.confirmedBy,
            talent.employmentConfirmation?.confirmedAt)
        try connection.run("DELETE FROM talent_skills WHERE talent_id = ?", talent.id)
        for (position, skill) in profile.skills.enumerated() {
            try connection.run(
                "INSERT INTO talent_skills(talent_id, position, skill_code, level) VALUES (?, ?, ?, ?)",
                talent.id, position, skill.code.rawValue, skill.level.rawValue)
        }
    }

    private func audit(
        _ action: String, _ talent: Talent, details: [String: String] = [:], by actor: Actor,
        at instant: Instant
    ) throws {
        var details = details
        details["employerID"] = String(talent.profile.employerID.rawValue)
        details["inPool"] = String(talent.isVisibleInPool)
        details["employmentConfirmed"] = String(talent.confirmedEmployerID != nil)
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "talent", subjectID: talent.id.rawValue, actor: actor, at: instant,
                details: details))
    }

    /// The columns ``talent(_:skills:)`` decodes, in its order.
    static let columns = """
        id, user_id, employer_id, status, line_manager_name, line_manager_email, departement,
            hours_per_month, available_from, available_until, presentation, pool_consent_at, revision,
            employment_confirmed_employer_id, employment_confirmed_by, employment_confirmed_at
        """

    private static let select = "SELECT \(columns) FROM talents"

    private func talent(_ row: Row) throws -> Talent {
        let skills = try connection.query(
            "SELECT skill_code, level FROM talent_skills WHERE talent_id = ? ORDER BY position",
            try row.decode(0, as: TalentID.self)
        ) { try Self.skill($0) }
        return try Self.talent(row, skills: skills)
    }

    /// The skill in the first two columns of `row`, `skill_code, level`.
    static func skill(_ row: Row) throws -> TalentSkill {
        guard let level = SkillLevel(rawValue: try row.int(1)) else {
            throw SQLiteError.mismatch("talent_skills.level out of range", sql: nil)
        }
        return TalentSkill(SkillCode(try row.string(0)), level)
    }

    /// The talent in `row` (the ``columns``) with its `skills`.
    static func talent(_ row: Row, skills: [TalentSkill]) throws -> Talent {
        let id: TalentID = try row.decode(0)
        let profile = TalentProfile(
            employerID: try row.decode(2), status: try row.code(3),
            lineManager: LineManager(name: try row.string(4), email: try EmailAddress(try row.string(5))),
            departement: try Departement(try row.string(6)), skills: skills,
            availability: Availability(
                hoursPerMonth: try row.int(7), from: try row.decode(8), until: try row.decode(9)),
            presentation: try row.string(10))
        let confirmation = try row.decode(13, as: AdministrationID?.self).map { employerID in
            EmploymentConfirmation(
                employerID: employerID, confirmedBy: try row.decode(14),
                confirmedAt: try row.decode(15))
        }
        return Talent(
            id: id, userID: try row.decode(1), profile: profile, poolConsentAt: try row.decode(11),
            employmentConfirmation: confirmation)
    }
}
