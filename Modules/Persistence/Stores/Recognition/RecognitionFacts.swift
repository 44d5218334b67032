public import Domain
public import Gamification

/// Read queries over the engagement tables (schema version 3: agreements, time reports) and the
/// applications, giving the recognition rules their facts. Reads only: the engagement's own
/// stores write those tables.
public struct RecognitionFacts {
    let connection: Connection

    /// The facts seen through `connection`.
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// A time report with the parties its credits move between.
    public struct TimeReport: Hashable, Sendable {
        /// The time report.
        public var id: Int64
        /// Its duration.
        public var minutes: Int
        /// Whether the owner validated it.
        public var isValidated: Bool
        /// The talent's user.
        public var talentUserID: UserID
        /// The administration of the mission (pays the credits).
        public var beneficiary: AdministrationID
        /// The talent's employing administration (earns them).
        public var employer: AdministrationID
    }

    /// An agreement with its mission and talent, as a diploma needs them.
    public struct Agreement: Hashable, Sendable {
        /// The agreement.
        public var id: Int64
        /// Whether the owner declared it completed.
        public var isCompleted: Bool
        /// The mission's nature.
        public var nature: MissionNature
        /// The mission's title.
        public var missionTitle: String
        /// The beneficiary administration's name.
        public var beneficiaryName: String
        /// The agreement's objectives.
        public var objectives: String
        /// The talent's user.
        public var talentUserID: UserID
        /// The talent's e-mail address (hashed into the diploma, never stored in clear there).
        public var talentEmail: String
        /// The validated minutes of the engagement.
        public var validatedMinutes: Int
    }

    /// The time report `id`, or nil.
    public func timeReport(_ id: Int64) throws -> TimeReport? {
        try connection.queryOne(
            """
            SELECT r.id, r.minutes, r.status = 'validated', t.user_id, a.beneficiary_id, a.employer_id
            FROM time_reports r JOIN agreements a ON a.id = r.agreement_id JOIN talents t ON t.id = a.talent_id
            WHERE r.id = ?
            """, id
        ) { row in
            TimeReport(
                id: try row.int64(0), minutes: try row.int(1), isValidated: try row.bool(2),
                talentUserID: try row.decode(3), beneficiary: try row.decode(4), employer: try row.decode(5))
        }
    }

    /// The agreement `id`, or nil.
    public func agreement(_ id: Int64) throws -> Agreement? {
        try connection.queryOne(
            """
            SELECT a.id, a.status = 'completed', m.nature, m.title, ad.name, a.objectives, t.user_id, u.email,
                   (SELECT coalesce(sum(minutes), 0) FROM time_reports WHERE agreement_id = a.id AND status = 'validated')
            FROM agreements a JOIN missions m ON m.id = a.mission_id JOIN administrations ad ON ad.id = a.beneficiary_id
            JOIN talents t ON t.id = a.talent_id JOIN users u ON u.id = t.user_id
            WHERE a.id = ?
            """, id
        ) { row in
            Agreement(
                id: try row.int64(0), isCompleted: try row.bool(1), nature: try row.code(2),
                missionTitle: try row.string(3), beneficiaryName: try row.string(4), objectives: try row.string(5),
                talentUserID: try row.decode(6), talentEmail: try row.string(7), validatedMinutes: try row.int(8))
        }
    }

    /// The owner of the mission application `id` was made to, or nil when there is no such application.
    public func owner(ofApplication id: Int64) throws -> UserID? {
        try connection.scalar(
            """
            SELECT m.owner_id FROM applications ap JOIN missions m ON m.id = ap.mission_id WHERE ap.id = ?
            """, id, as: UserID.self)
    }

    /// Everything `userID` did that the distinction rules look at, each list in order.
    public func history(of userID: UserID) throws -> RecognitionHistory {
        var ministries: [AdministrationID: AdministrationID] = [:]
        let completed = try connection.query(
            """
            SELECT a.id, m.nature, m.administration_id FROM agreements a
            JOIN talents t ON t.id = a.talent_id JOIN missions m ON m.id = a.mission_id
            WHERE t.user_id = ? AND a.status = 'completed'
            ORDER BY coalesce(a.ended_at, a.updated_at), a.id
            """, userID
        ) { row in
            (
                id: try row.int64(0), nature: try row.code(1, as: MissionNature.self),
                administration: try row.decode(2, as: AdministrationID.self)
            )
        }.map { mission in
            let ministry = try ministries[mission.administration] ?? ministry(of: mission.administration)
            ministries[mission.administration] = ministry
            return RecognitionHistory.CompletedMission(
                agreementID: mission.id, nature: mission.nature,
                ministryID: ministry)
        }
        let reports = try connection.query(
            """
            SELECT r.id, r.minutes FROM time_reports r
            JOIN agreements a ON a.id = r.agreement_id JOIN talents t ON t.id = a.talent_id
            WHERE t.user_id = ? AND r.status = 'validated' ORDER BY r.decided_at, r.id
            """, userID
        ) { row in
            RecognitionHistory.ValidatedReport(timeReportID: try row.int64(0), minutes: try row.int(1))
        }
        let answers = try connection.query(
            """
            SELECT ap.id, ap.submitted_at, ap.answered_at FROM applications ap JOIN missions m ON m.id = ap.mission_id
            WHERE m.owner_id = ? AND ap.answered_at IS NOT NULL ORDER BY ap.answered_at, ap.id
            """, userID
        ) { row in
            RecognitionHistory.AnsweredApplication(
                applicationID: try row.int64(0), submittedAt: try row.decode(1),
                answeredAt: try row.decode(2))
        }
        // Vis mon job days live with the Vis mon job feature; the ambassador distinction keeps its day.
        let days = try connection.query(
            """
            SELECT event_record_id FROM distinctions WHERE user_id = ? AND code = 'vis-mon-job-ambassador'
            """, userID
        ) { try $0.optionalInt64(0) }
        return RecognitionHistory(
            completedMissions: completed, validatedReports: reports,
            answeredApplications: answers, visMonJobDays: days)
    }

    /// Every user with something the rules look at, by id.
    public func usersWithHistory() throws -> [UserID] {
        try connection.query(
            """
            SELECT t.user_id FROM agreements a JOIN talents t ON t.id = a.talent_id WHERE a.status = 'completed'
            UNION SELECT t.user_id FROM time_reports r JOIN agreements a ON a.id = r.agreement_id
                JOIN talents t ON t.id = a.talent_id WHERE r.status = 'validated'
            UNION SELECT m.owner_id FROM applications ap JOIN missions m ON m.id = ap.mission_id
                WHERE ap.answered_at IS NOT NULL
            UNION SELECT user_id FROM distinctions
            ORDER BY 1
            """
        ) { try $0.decode(0) }
    }

    /// The ministry (root) above administration `id`.
    func ministry(of id: AdministrationID) throws -> AdministrationID {
        // https://www.sqlite.org/lang_with.html — walk up the parents to the root.
        try connection.scalar(
            """
            WITH RECURSIVE up(id, parent_id) AS (
                SELECT id, parent_id FROM administrations WHERE id = ?
                UNION ALL SELECT a.id, a.parent_id FROM administrations a JOIN up ON a.id = up.parent_id)
            SELECT id FROM up WHERE parent_id IS NULL
            """, id, as: AdministrationID.self) ?? id
    }
}
