public import Domain

extension ReportingQueries {
    /// How fast one administration answered the applications to its missions.
    public struct AnswerTimeCounts: Sendable, Hashable {
        /// The acronym of the administration that proposed the missions.
        public var administration: String
        /// Applications answered (interview proposed, accepted or declined).
        public var answered: Int
        /// The sum of the answer times of ``answered``, in milliseconds.
        public var totalMilliseconds: Int64
        /// For each requested upper bound, the applications answered within it (cumulative).
        public var answeredWithin: [Int]
        /// Applications answered no later than their due date.
        public var answeredInTime: Int
        /// Applications whose answer was due by now: answered, or unanswered past their due
        /// date — except those the talent withdrew before it.
        public var due: Int

        /// Creates the counts.
        public init(
            administration: String, answered: Int, totalMilliseconds: Int64, answeredWithin: [Int],
            answeredInTime: Int, due: Int
        ) {
            self.administration = administration
            self.answered = answered
            self.totalMilliseconds = totalMilliseconds
            self.answeredWithin = answeredWithin
            self.answeredInTime = answeredInTime
            self.due = due
        }
    }

    /// Answer times of the applications submitted in `period`, per administration proposing
    /// the mission (administrations without applications left out).
    ///
    /// - Parameters:
    ///   - upperBounds: increasing answer times in milliseconds; ``AnswerTimeCounts/answeredWithin``
    ///     counts the answers at or below each.
    ///   - now: the instant that decides which unanswered applications are past due.
    public func answerTimes(
        upperBounds: [Int64], at now: Instant,
        submittedIn period: ReportingPeriod = .always
    ) throws -> [AnswerTimeCounts] {
        let answerTime = "applications.answered_at - applications.submitted_at"
        // ?1 now, ?2 and ?3 the period, ?4… the bounds. count() skips the NULLs of the unanswered.
        let within = upperBounds.indices.map { index in
            ", count(CASE WHEN \(answerTime) <= ?\(index + 4) THEN 1 END)"
        }.joined()
        let sql = """
            SELECT administrations.acronym, count(applications.answered_at), coalesce(sum(\(answerTime)), 0),
                count(CASE WHEN applications.answered_at <= applications.due_at THEN 1 END),
                count(CASE WHEN applications.answered_at IS NOT NULL
                    OR (applications.due_at < ?1
                        AND NOT (applications.status = 'withdrawn' AND applications.updated_at <= applications.due_at))
                    THEN 1 END)\(within)
            FROM applications JOIN missions ON missions.id = applications.mission_id
                JOIN administrations ON administrations.id = missions.administration_id
            WHERE \(Self.period("applications.submitted_at", parameter: 2))
            GROUP BY administrations.id ORDER BY administrations.acronym
            """
        let arguments: [any SQLiteBindable] = [now, period.from, period.until] + upperBounds
        return try connection.query(sql, arguments: arguments) { row in
            AnswerTimeCounts(
                administration: try row.string(0), answered: try row.int(1),
                totalMilliseconds: try row.int64(2),
                answeredWithin: try upperBounds.indices.map { try row.int(.index($0 + 5)) },
                answeredInTime: try row.int(3), due: try row.int(4))
        }
    }
}
