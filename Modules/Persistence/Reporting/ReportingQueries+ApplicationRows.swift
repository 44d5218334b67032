public import Domain

extension ReportingQueries {
    /// The columns of one application that the answer-time and status figures depend on.
    public struct ApplicationRow: Sendable, Hashable {
        /// The application's id.
        public var id: Int64
        /// The administration that proposed the mission (missions never change administration).
        public var administrationID: Int64
        /// The current status.
        public var status: ApplicationStatus
        /// Epoch milliseconds of submission, due date (submission + 14 days), first answer, last change.
        public var submittedAt: Int64, dueAt: Int64, answeredAt: Int64?, updatedAt: Int64

        /// Creates a row.
        public init(
            id: Int64, administrationID: Int64, status: ApplicationStatus, submittedAt: Int64, dueAt: Int64,
            answeredAt: Int64?, updatedAt: Int64
        ) {
            self.id = id
            self.administrationID = administrationID
            self.status = status
            self.submittedAt = submittedAt
            self.dueAt = dueAt
            self.answeredAt = answeredAt
            self.updatedAt = updatedAt
        }
    }

    /// Answer figures of the applications whose answer-time contribution can no longer change
    /// (answered, or withdrawn unanswered), per administration proposing the mission.
    public struct SettledAnswerCounts: Sendable, Hashable {
        /// The administration's id.
        public var administrationID: Int64
        /// Applications answered, and the sum of their answer times in milliseconds.
        public var answered: Int, totalMilliseconds: Int64
        /// For each requested upper bound, the answers at or below it (cumulative).
        public var answeredWithin: [Int]
        /// Answered no later than the due date.
        public var answeredInTime: Int
        /// Answered, or withdrawn unanswered after the due date.
        public var due: Int

        /// Creates the counts.
        public init(
            administrationID: Int64, answered: Int, totalMilliseconds: Int64, answeredWithin: [Int],
            answeredInTime: Int, due: Int
        ) {
            self.administrationID = administrationID
            self.answered = answered
            self.totalMilliseconds = totalMilliseconds
            self.answeredWithin = answeredWithin
            self.answeredInTime = answeredInTime
            self.due = due
        }
    }

    private static let applicationRowSelect = """
        SELECT applications.id, missions.administration_id, applications.status, applications.submitted_at,
            applications.due_at, applications.answered_at, applications.updated_at
        FROM applications JOIN missions ON missions.id = applications.mission_id
        """

    /// The live applications (submitted, interview proposed, accepted): the only ones whose
    /// status may still change. Read through the partial index `applications_live`.
    public func liveApplicationRows() throws -> [ApplicationRow] {
        try connection.query(
            """
            \(Self.applicationRowSelect)
            WHERE applications.status IN ('submitted', 'interview-proposed', 'accepted')
            """, map: Self.applicationRow)
    }

    /// The applications that audit events `(after, through]` are about: every store write
    /// appends its event in the same transaction, so these are all the rows changed in between.
    ///
    /// The unary `+` keeps SQLite from reading every application event through the index
    /// `audit_events_subject`: the events are found by their rowid range
    /// (https://www.sqlite.org/optoverview.html#disqualifying_where_clause_terms_using_unary_).
    public func applicationRows(changedAfter after: Int64, through: Int64) throws -> [ApplicationRow] {
        try connection.query(
            """
            \(Self.applicationRowSelect)
            WHERE applications.id IN (SELECT subject_id FROM audit_events
                                      WHERE id > ?1 AND id <= ?2 AND +subject_type = 'application')
            """, after, through, map: Self.applicationRow)
    }

    /// The highest application id, 0 when there is none (ids grow: `max(id) + 1`).
    public func lastApplicationID() throws -> Int64 {
        try connection.scalar("SELECT coalesce(max(id), 0) FROM applications", as: Int64.self) ?? 0
    }

    /// Answer figures of every answered, or withdrawn unanswered, application, per administration
    /// proposing the mission; `upperBounds` in milliseconds, increasing.
    public func settledAnswerCounts(upperBounds: [Int64]) throws -> [SettledAnswerCounts] {
        let answerTime = "applications.answered_at - applications.submitted_at"
        let within = upperBounds.indices.map { ", count(CASE WHEN \(answerTime) <= ?\($0 + 1) THEN 1 END)" }.joined()
        return try connection.query(
            """
            SELECT missions.administration_id, count(applications.answered_at),
                coalesce(sum(\(answerTime)), 0),
                count(CASE WHEN applications.answered_at <= applications.due_at THEN 1 END),
                count(CASE WHEN applications.answered_at IS NOT NULL OR applications.updated_at > applications.due_at
                    THEN 1 END)\(within)
            FROM applications JOIN missions ON missions.id = applications.mission_id
            WHERE applications.answered_at IS NOT NULL OR applications.status = 'withdrawn'
            GROUP BY missions.administration_id
            """, arguments: upperBounds
        ) { row in
            SettledAnswerCounts(
                administrationID: try row.int64(0), answered: try row.int(1),
                totalMilliseconds: try row.int64(2),
                answeredWithin: try upperBounds.indices.map { try row.int(.index($0 + 5)) },
                answeredInTime: try row.int(3), due: try row.int(4))
        }
    }

    private static func applicationRow(_ row: Row) throws -> ApplicationRow {
        ApplicationRow(
            id: try row.int64(0), administrationID: try row.int64(1), status: try row.code(2),
            submittedAt: try row.int64(3), dueAt: try row.int64(4), answeredAt: try row.optionalInt64(5),
            updatedAt: try row.int64(6))
    }
}
