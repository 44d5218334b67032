public import Domain

/// Time reports of agreements and the owners' decisions on them.
public struct TimeReportStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records `new` on `agreement`, with its audit event.
    /// - Throws: ``AgreementError``, ``TimeReportError``.
    public func insert(
        _ new: NewTimeReport, on agreement: Agreement, by actor: Actor,
        at instant: Instant
    ) throws -> TimeReport {
        let inForce = try MissionOrderStore(connection).inForce(agreementID: agreement.id) != nil
        // What the talent reported that day on all their agreements, rejected reports left out.
        let dayMinutes =
            try connection.scalar(
                """
                SELECT coalesce(sum(minutes), 0) FROM time_reports JOIN agreements ON agreements.id = time_reports.agreement_id
                WHERE agreements.talent_id = ? AND time_reports.work_date = ? AND time_reports.status <> 'rejected'
                """, agreement.talentID, new.date, as: Int.self) ?? 0
        let report = try TimeReport.report(
            id: try connection.nextID(in: "time_reports"), new, on: agreement,
            missionOrderInForce: inForce, dayMinutes: dayMinutes, at: instant)
        try write(report)
        try audit("time-report.submitted", report, by: actor, at: instant)
        return report
    }

    /// Saves `report` after a decision, with its audit event (`time-report.validated` or `.rejected`).
    /// - Returns: the new revision.
    /// - Throws: ``NotFoundError``, ``StaleRevisionError``.
    @discardableResult
    public func update(
        _ report: TimeReport, action: String, expectedRevision: Int? = nil, by actor: Actor,
        at instant: Instant
    ) throws -> Int {
        let revision = try connection.bumpRevision(
            table: "time_reports", subject: "time-report",
            id: report.id.rawValue, expected: expectedRevision)
        try write(report)
        try audit(action, report, by: actor, at: instant)
        return revision
    }

    /// The report with `id` and its revision, or nil.
    public func findVersioned(_ id: TimeReportID) throws -> Versioned<TimeReport>? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id) {
            Versioned(try Self.report($0), revision: try $0.int(10))
        }
    }

    /// The reports of `agreementID` with their revisions, by day then report.
    public func all(agreementID: AgreementID) throws -> [Versioned<TimeReport>] {
        try connection.query("\(Self.select) WHERE agreement_id = ? ORDER BY work_date, id", agreementID) {
            Versioned(try Self.report($0), revision: try $0.int(10))
        }
    }

    /// The minutes validated so far on `agreementID`.
    public func validatedMinutes(agreementID: AgreementID) throws -> Int {
        try connection.scalar(
            """
            SELECT coalesce(sum(minutes), 0) FROM time_reports WHERE agreement_id = ? AND status = 'validated'
            """, agreementID, as: Int.self) ?? 0
    }

    private func write(_ report: TimeReport) throws {
        try connection.run(
            """
            INSERT INTO time_reports(id, agreement_id, work_date, minutes, note, status, rejection_reason, reported_at,
                decided_at, decided_by)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
            ON CONFLICT(id) DO UPDATE SET status = ?6, rejection_reason = ?7, decided_at = ?9, decided_by = ?10
            """, report.id, report.agreementID, report.date, report.minutes, report.note, report.status.rawValue,
            report.rejectionReason, report.reportedAt, report.decidedAt, report.decidedBy)
    }

    private func audit(_ action: String, _ report: TimeReport, by actor: Actor, at instant: Instant) throws {
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "time-report", subjectID: report.id.rawValue, actor: actor, at: instant,
                details: [
                    "agreementID": String(report.agreementID.rawValue), "minutes": String(report.minutes),
                    "status": report.status.rawValue
                ]))
    }

    private static let select = """
        SELECT id, agreement_id, work_date, minutes, note, status, rejection_reason, reported_at, decided_at,
            decided_by, revision FROM time_reports
        """

    private static func report(_ row: Row) throws -> TimeReport {
        TimeReport(
            id: try row.decode(0), agreementID: try row.decode(1), date: try row.decode(2),
            minutes: try row.int(3), note: try row.string(4), status: try row.code(5),
            rejectionReason: try row.optionalString(6), reportedAt: try row.decode(7),
            decidedAt: try row.decode(8), decidedBy: try row.decode(9))
    }
}
