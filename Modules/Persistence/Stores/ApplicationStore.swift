public import Domain

/// Applications of talents to missions, with the 14-day answer clock.
public struct ApplicationStore {
    /// The connection the store reads and writes through (inside the caller's transaction).
    public let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// The identifier the next application gets (inside the write transaction that inserts it).
    public func nextID() throws -> ApplicationID {
        try connection.nextID(in: "applications")
    }

    /// The live applications (submitted, interview proposed, accepted) of `talentID` to `missionID`.
    public func live(missionID: MissionID, talentID: TalentID) throws -> [Application] {
        try connection.query(
            """
            \(Self.select) WHERE mission_id = ? AND talent_id = ?
                AND status IN ('submitted', 'interview-proposed', 'accepted')
            """, missionID, talentID, map: Self.application)
    }

    /// Records a submitted application (built by ``Application/submit(id:to:by:motivation:existing:at:)``),
    /// with its audit event `application.submitted`.
    /// - Throws: ``ApplicationError/alreadyApplied(_:)`` when a concurrent live application to the
    ///   same mission by the same talent won the race (the unique index).
    public func insert(_ application: Application, by actor: Actor, at instant: Instant) throws {
        try write(application)
        try audit("application.submitted", application, by: actor, at: instant)
    }

    /// Saves `application` after a transition, with its audit event (e.g. `application.accepted`).
    /// - Parameter expectedRevision: when given, the write is refused unless it is the stored revision.
    /// - Returns: the new revision.
    /// - Throws: ``NotFoundError`` when the application was never submitted, ``StaleRevisionError``.
    @discardableResult
    public func update(
        _ application: Application, action: String, expectedRevision: Int? = nil,
        by actor: Actor, at instant: Instant
    ) throws -> Int {
        let revision = try connection.bumpRevision(
            table: "applications", subject: "application",
            id: application.id.rawValue, expected: expectedRevision)
        try write(application)
        try audit(action, application, by: actor, at: instant)
        return revision
    }

    /// The application with `id` and its revision, or nil.
    public func findVersioned(_ id: ApplicationID) throws -> Versioned<Application>? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id) {
            Versioned(try Self.application($0), revision: try $0.int(12))
        }
    }

    /// The application with `id`, or nil.
    public func find(_ id: ApplicationID) throws -> Application? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: Self.application)
    }

    /// The applications to `missionID`, oldest due first.
    public func all(missionID: MissionID) throws -> [Application] {
        try connection.query(
            "\(Self.select) WHERE mission_id = ? ORDER BY due_at, id", missionID,
            map: Self.application)
    }

    /// The applications still awaiting the owner's answer whose due date is before `instant`, oldest first.
    public func awaitingAnswer(dueBefore instant: Instant) throws -> [Application] {
        try connection.query(
            """
            \(Self.select) WHERE status = 'submitted' AND answered_at IS NULL AND due_at < ? ORDER BY due_at, id
            """, instant, map: Self.application)
    }

    private func write(_ application: Application) throws {
        var interview: Interview?
        var reason: CodedReason?
        switch application.state {
        case .submitted, .accepted: break
        case .interviewProposed(let proposed): interview = proposed
        case .declined(let given), .withdrawn(let given): reason = given
        }
        do {
            try connection.run(
                """
                INSERT INTO applications(id, mission_id, talent_id, motivation, status, interview_at, interview_means,
                    reason_code, reason_text, submitted_at, due_at, answered_at, updated_at, reopening_reason)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                ON CONFLICT(id) DO UPDATE SET status = ?5, interview_at = ?6, interview_means = ?7, reason_code = ?8,
                    reason_text = ?9, answered_at = ?12, updated_at = ?13, reopening_reason = ?14
                """,
                arguments: [
                    application.id, application.missionID, application.talentID, application.motivation,
                    application.state.status.rawValue, interview?.at, interview?.means, reason?.code.rawValue,
                    reason?.text, application.submittedAt, application.dueAt, application.answeredAt,
                    application.updatedAt, application.reopeningReason
                ])
        } catch {
            guard error.isViolation(of: .unique) else { throw error }
            // The partial unique index applications_live: a concurrent second live application.
            let live = try connection.scalar(
                """
                SELECT id FROM applications WHERE mission_id = ? AND talent_id = ?
                    AND status IN ('submitted', 'interview-proposed', 'accepted')
                """, application.missionID, application.talentID, as: ApplicationID.self)
            throw ApplicationError.alreadyApplied(live ?? application.id)
        }
    }

    private func audit(_ action: String, _ application: Application, by actor: Actor, at instant: Instant) throws {
        var details = [
            "status": application.state.status.rawValue,
            "missionID": String(application.missionID.rawValue)
        ]
        if case .declined(let reason) = application.state { details["reason"] = reason.code.rawValue }
        if case .withdrawn(let reason) = application.state { details["reason"] = reason.code.rawValue }
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "application", subjectID: application.id.rawValue, actor: actor,
                at: instant, details: details))
    }

    static let select = """
        SELECT id, mission_id, talent_id, motivation, status, interview_at, interview_means, reason_code, reason_text,
            submitted_at, answered_at, updated_at, revision, reopening_reason FROM applications
        """

    static func application(_ row: Row) throws -> Application {
        let status: ApplicationStatus = try row.code(4)
        let state: ApplicationState
        switch status {
        case .submitted: state = .submitted
        case .accepted: state = .accepted
        case .interviewProposed:
            state = .interviewProposed(Interview(at: try row.decode(5), means: try row.string(6)))
        case .declined: state = .declined(try reason(row))
        case .withdrawn: state = .withdrawn(try reason(row))
        }
        return Application(
            id: try row.decode(0), missionID: try row.decode(1), talentID: try row.decode(2),
            motivation: try row.string(3), state: state, submittedAt: try row.decode(9),
            answeredAt: try row.decode(10), updatedAt: try row.decode(11),
            reopeningReason: try row.optionalString(13))
    }

    private static func reason(_ row: Row) throws -> CodedReason {
        try CodedReason(try row.code(7), text: try row.optionalString(8))
    }
}
