public import Domain

/// The reads the notification scheduler needs: applications awaiting an answer with their
/// owner, the operators, and the time reports awaiting validation per owner.
public struct NotificationQueries {
    let connection: Connection

    /// The queries seen through `connection`.
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// An application still awaiting its owner's answer.
    public struct AwaitingAnswer: Hashable, Sendable {
        /// The application.
        public let applicationID: ApplicationID
        /// When the talent applied.
        public let submittedAt: Instant
        /// The mission and its title.
        public let missionID: MissionID
        /// The mission's title.
        public let missionTitle: String
        /// The owner, who must answer.
        public let ownerID: UserID
        /// The owner's address.
        public let ownerEmail: EmailAddress
    }

    /// The applications awaiting an answer submitted at or before `instant`, oldest first.
    public func awaitingAnswer(submittedAtOrBefore instant: Instant) throws -> [AwaitingAnswer] {
        try connection.query(
            """
            SELECT a.id, a.submitted_at, m.id, m.title, u.id, u.email FROM applications a
            JOIN missions m ON m.id = a.mission_id JOIN users u ON u.id = m.owner_id
            WHERE a.status = 'submitted' AND a.answered_at IS NULL AND a.submitted_at <= ?
            ORDER BY a.submitted_at, a.id
            """, instant
        ) { row in
            AwaitingAnswer(
                applicationID: try row.decode(0), submittedAt: try row.decode(1), missionID: try row.decode(2),
                missionTitle: try row.string(3), ownerID: try row.decode(4),
                ownerEmail: try EmailAddress(try row.string(5)))
        }
    }

    /// The users holding `role`, by identifier, with their address.
    public func users(holding role: Role) throws -> [(id: UserID, email: EmailAddress)] {
        try connection.query(
            """
            SELECT u.id, u.email FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = ? ORDER BY u.id
            """, role.rawValue
        ) { (try $0.decode(0, as: UserID.self), try EmailAddress(try $0.string(1))) }
    }

    /// Time reports awaiting validation on one engagement, for its mission owner.
    public struct PendingTimeReports: Hashable, Sendable {
        /// The owner of the mission, who validates.
        public let ownerID: UserID
        /// The owner's address.
        public let ownerEmail: EmailAddress
        /// The mission.
        public let missionID: MissionID
        /// The mission's title.
        public let missionTitle: String
        /// The agreement the reports belong to.
        public let agreementID: Int64
        /// How many reports await validation.
        public let reports: Int
        /// Their total, in minutes.
        public let minutes: Int
    }

    /// The submitted time reports, grouped by agreement, by owner then agreement.
    public func timeReportsAwaitingValidation() throws -> [PendingTimeReports] {
        try connection.query(
            """
            SELECT u.id, u.email, m.id, m.title, g.id, count(*), sum(t.minutes) FROM time_reports t
            JOIN agreements g ON g.id = t.agreement_id JOIN missions m ON m.id = g.mission_id
            JOIN users u ON u.id = m.owner_id
            WHERE t.status = 'submitted'
            GROUP BY g.id ORDER BY u.id, g.id
            """
        ) { row in
            PendingTimeReports(
                ownerID: try row.decode(0), ownerEmail: try EmailAddress(try row.string(1)),
                missionID: try row.decode(2), missionTitle: try row.string(3),
                agreementID: try row.int64(4), reports: try row.int(5), minutes: try row.int(6))
        }
    }
}
