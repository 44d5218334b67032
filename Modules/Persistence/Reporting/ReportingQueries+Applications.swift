public import Domain

extension ReportingQueries {
    /// Applications submitted in `period`, counted by status (statuses without any left out).
    public func applicationCounts(submittedIn period: ReportingPeriod = .always) throws -> [ApplicationStatus: Int] {
        let pairs = try connection.query(
            """
            SELECT status, count(*) FROM applications WHERE \(Self.period("submitted_at", parameter: 1))
            GROUP BY status
            """, period.from, period.until
        ) { (try $0.code(0, as: ApplicationStatus.self), try $0.int(1)) }
        return Dictionary(uniqueKeysWithValues: pairs)
    }

    /// For every administration that has proposed a mission, how many applications to its
    /// missions still await an answer strictly after their due date at `now` (0 included).
    public func overdueCounts(at now: Instant) throws -> [String: Int] {
        // Driven by the partial index applications_awaiting (due_at), then missions by key.
        let pairs = try connection.query(
            """
            SELECT administrations.acronym, coalesce(overdue.count, 0) FROM administrations
                LEFT JOIN (SELECT missions.administration_id AS id, count(*) AS count FROM applications
                           JOIN missions ON missions.id = applications.mission_id
                           WHERE applications.status = 'submitted' AND applications.answered_at IS NULL
                               AND applications.due_at < ?1
                           GROUP BY missions.administration_id) AS overdue ON overdue.id = administrations.id
            WHERE EXISTS (SELECT 1 FROM missions WHERE missions.administration_id = administrations.id)
            """, now
        ) { (try $0.string(0), try $0.int(1)) }
        return Dictionary(uniqueKeysWithValues: pairs)
    }
}
