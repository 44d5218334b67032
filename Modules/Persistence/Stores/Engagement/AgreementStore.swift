public import Domain

/// Tripartite agreements: one per accepted application, with its signatures.
public struct AgreementStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// The identifier the next agreement gets (inside the write transaction that inserts it).
    public func nextID() throws -> AgreementID {
        try connection.nextID(in: "agreements")
    }

    /// Records a new agreement (built by ``Agreement/create(id:application:mission:parties:terms:at:)``),
    /// with its audit event `agreement.created`.
    public func insert(_ agreement: Agreement, by actor: Actor, at instant: Instant) throws {
        try write(agreement)
        try audit("agreement.created", agreement, by: actor, at: instant)
    }

    /// Saves `agreement` after a transition, with its audit event (e.g. `agreement.signed`).
    /// - Parameters:
    ///   - expectedRevision: when given, the write is refused unless it is the stored revision.
    ///   - details: facts the event adds (e.g. the party who signed).
    /// - Returns: the new revision.
    /// - Throws: ``NotFoundError``, ``StaleRevisionError``.
    @discardableResult
    public func update(
        _ agreement: Agreement, action: String, expectedRevision: Int? = nil,
        details: [String: String] = [:], by actor: Actor, at instant: Instant
    ) throws -> Int {
        let revision = try touch(agreement.id, expectedRevision: expectedRevision)
        try write(agreement)
        try audit(action, agreement, details: details, by: actor, at: instant)
        return revision
    }

    /// Increments the revision of agreement `id` when its representation changes without its
    /// row (a mission order issued, feedback left); returns the new revision.
    /// - Throws: ``NotFoundError``, ``StaleRevisionError``.
    @discardableResult
    public func touch(_ id: AgreementID, expectedRevision: Int? = nil) throws -> Int {
        try connection.bumpRevision(
            table: "agreements", subject: "agreement", id: id.rawValue,
            expected: expectedRevision)
    }

    /// The agreement with `id`, or nil.
    public func find(_ id: AgreementID) throws -> Agreement? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: Self.agreement)
    }

    /// The agreement with `id` and its revision, or nil.
    public func findVersioned(_ id: AgreementID) throws -> Versioned<Agreement>? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id) {
            Versioned(try Self.agreement($0), revision: try $0.int(19))
        }
    }

    /// The agreement made from `applicationID`, or nil.
    public func find(applicationID: ApplicationID) throws -> Agreement? {
        try connection.queryOne("\(Self.select) WHERE application_id = ?", applicationID, map: Self.agreement)
    }

    /// The agreements where `user` is a party fixed in the agreement (the talent, the owner, or
    /// the line manager while the user holds that role), or signs for the owner as the mission's
    /// present owner or a co-owner (issue 22), oldest first.
    public func all(partyOf user: User) throws -> [Agreement] {
        try connection.query(
            """
            \(Self.select) WHERE id IN (
                SELECT id FROM agreements WHERE talent_id IN (SELECT id FROM talents WHERE user_id = ?1)
                UNION ALL SELECT id FROM agreements WHERE owner_id = ?1
                UNION ALL SELECT id FROM agreements WHERE line_manager_id = ?1 AND ?2
                UNION ALL SELECT a.id FROM missions m JOIN agreements a ON a.mission_id = m.id WHERE m.owner_id = ?1
                UNION ALL SELECT a.id FROM mission_co_owners c JOIN agreements a ON a.mission_id = c.mission_id
                    WHERE c.user_id = ?1)
            ORDER BY id
            """, user.id, user.has(.lineManager), map: Self.agreement)
    }

    /// The agreements in `status` whose employing administration (fixed in each) is `root` or one
    /// under it, oldest first.
    public func all(status: AgreementStatus, employedUnder root: AdministrationID) throws -> [Agreement] {
        try connection.query(
            "\(AdministrationStore.treeCTE)\(Self.select) WHERE status = ? AND employer_id IN (SELECT id FROM tree) ORDER BY id",
            root, status.rawValue, map: Self.agreement)
    }

    /// Every agreement, optionally in `status` only, oldest first.
    public func all(status: AgreementStatus? = nil) throws -> [Agreement] {
        try connection.query(
            "\(Self.select) WHERE ?1 IS NULL OR status = ?1 ORDER BY id", status?.rawValue,
            map: Self.agreement)
    }

    private func write(_ agreement: Agreement) throws {
        let terms = agreement.terms
        let parties = agreement.parties
        // One upsert for insert and update; the application, mission, talent and creation never change.
        try connection.run(
            """
            INSERT INTO agreements(id, application_id, mission_id, talent_id, objectives, deliverables, hours_budget,
                start_date, end_date, work_mode, conditions, status, talent_signed_at, manager_signed_at,
                owner_signed_at, end_reason, ended_by, created_at, updated_at, signed_at, ended_at,
                line_manager_id, owner_id, employer_id, beneficiary_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21,
                ?22, ?23, ?24, ?25)
            ON CONFLICT(id) DO UPDATE SET objectives = ?5, deliverables = ?6, hours_budget = ?7, start_date = ?8,
                end_date = ?9, work_mode = ?10, conditions = ?11, status = ?12, talent_signed_at = ?13,
                manager_signed_at = ?14, owner_signed_at = ?15, end_reason = ?16, ended_by = ?17, updated_at = ?19,
                signed_at = ?20, ended_at = ?21, line_manager_id = ?22, owner_id = ?23, employer_id = ?24,
                beneficiary_id = ?25
            """,
            arguments: [
                agreement.id, agreement.applicationID, agreement.missionID, agreement.talentID, terms.objectives,
                terms.deliverables, terms.hoursBudget, terms.dates.start, terms.dates.end, terms.workMode.rawValue,
                terms.conditions, agreement.status.rawValue, agreement.talentSignedAt, agreement.lineManagerSignedAt,
                agreement.ownerSignedAt, agreement.endReason, agreement.endedBy?.rawValue, agreement.createdAt,
                agreement.updatedAt, agreement.signedAt, agreement.endedAt, parties.lineManagerID, parties.ownerID,
                parties.employerID, parties.beneficiaryID
            ])
    }

    private func audit(
        _ action: String, _ agreement: Agreement, details: [String: String] = [:], by actor: Actor,
        at instant: Instant
    ) throws {
        // Identifiers and codes only: terms and reasons are free text.
        var details = details
        details["status"] = agreement.status.rawValue
        details["missionID"] = String(agreement.missionID.rawValue)
        details["applicationID"] = String(agreement.applicationID.rawValue)
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "agreement", subjectID: agreement.id.rawValue, actor: actor, at: instant,
                details: details))
    }

    private static let select = """
        SELECT id, application_id, mission_id, talent_id, objectives, deliverables, hours_budget, start_date, end_date,
            work_mode, conditions, status, talent_signed_at, manager_signed_at, owner_signed_at, end_reason, ended_by,
            created_at, updated_at, revision, signed_at, ended_at, line_manager_id, owner_id, employer_id,
            beneficiary_id, (SELECT user_id FROM talents WHERE talents.id = agreements.talent_id) FROM agreements
        """

    private static func agreement(_ row: Row) throws -> Agreement {
        let terms = AgreementTerms(
            objectives: try row.string(4), deliverables: try row.string(5), hoursBudget: try row.int(6),
            dates: DateWindow(start: try row.decode(7), end: try row.decode(8)), workMode: try row.code(9),
            conditions: try row.string(10))
        let parties = AgreementParties(
            talentUserID: try row.decode(26), lineManagerID: try row.decode(22), ownerID: try row.decode(23),
            employerID: try row.decode(24), beneficiaryID: try row.decode(25))
        return Agreement(
            id: try row.decode(0), applicationID: try row.decode(1), missionID: try row.decode(2),
            talentID: try row.decode(3), parties: parties, terms: terms, status: try row.code(11),
            talentSignedAt: try row.decode(12),
            lineManagerSignedAt: try row.decode(13), ownerSignedAt: try row.decode(14),
            endReason: try row.optionalString(15),
            endedBy: try row.optionalString(16).map { try Self.ender($0) }, createdAt: try row.decode(17),
            updatedAt: try row.decode(18), signedAt: try row.decode(20), endedAt: try row.decode(21))
    }

    private static func ender(_ raw: String) throws -> AgreementEnder {
        guard let ender = AgreementEnder(rawValue: raw) else {
            throw SQLiteError.mismatch("column ended_by holds '\(raw)', which is not an AgreementEnder", sql: nil)
        }
        return ender
    }
}
