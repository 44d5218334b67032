extension ReportingQueries {
    /// Registrations or pairs of one *Vis mon job* edition in one status.
    public struct VisMonJobCount: Sendable, Hashable {
        /// The edition's id and event day.
        public var edition: Int64, eventDay: String
        /// `student`, `ambassador` or `pair`.
        public var subject: String
        /// Students `registered` or `withdrawn`, ambassadors `registered`, pairs `paired` or `done`.
        public var status: String
        /// How many.
        public var count: Int

        /// Creates a count.
        public init(edition: Int64, eventDay: String, subject: String, status: String, count: Int) {
            self.edition = edition
            self.eventDay = eventDay
            self.subject = subject
            self.status = status
            self.count = count
        }
    }

    /// Registrations and pairs of every edition, sorted by edition, subject and status. Pairs of
    /// an edition still in `matching` are the operator's preview and are left out.
    public func visMonJobCounts() throws -> [VisMonJobCount] {
        try connection.query(
            """
            SELECT e.id, e.event_day, 'student', s.status, count(*) FROM vmj_students s
                JOIN vmj_editions e ON e.id = s.edition_id GROUP BY e.id, s.status
            UNION ALL
            SELECT e.id, e.event_day, 'ambassador', 'registered', count(*) FROM vmj_ambassadors a
                JOIN vmj_editions e ON e.id = a.edition_id GROUP BY e.id
            UNION ALL
            SELECT e.id, e.event_day, 'pair', p.status, count(*) FROM vmj_pairs p
                JOIN vmj_editions e ON e.id = p.edition_id WHERE e.state IN ('paired', 'done') GROUP BY e.id, p.status
            ORDER BY 1, 3, 4
            """
        ) {
            VisMonJobCount(
                edition: try $0.int64(0), eventDay: try $0.string(1), subject: try $0.string(2),
                status: try $0.string(3), count: try $0.int(4))
        }
    }
}
