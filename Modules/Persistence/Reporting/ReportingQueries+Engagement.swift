extension ReportingQueries {
    /// Mission orders issued under one ministry, in force or cancelled.
    public struct MissionOrderCount: Sendable, Hashable {
        /// The acronym of the ministry at the root of the issuing administration (the talent's).
        public var ministry: String
        /// Whether the orders were cancelled (a cancelled order keeps its number).
        public var cancelled: Bool
        /// How many orders.
        public var count: Int

        /// Creates a count.
        public init(ministry: String, cancelled: Bool, count: Int) {
            self.ministry = ministry
            self.cancelled = cancelled
            self.count = count
        }
    }

    /// Validated time between the ministry employing the talents and the ministry proposing the missions.
    public struct ValidatedTime: Sendable, Hashable {
        /// The ministry of the talents' employer, and the ministry of the missions' administration.
        public var employerMinistry: String, beneficiaryMinistry: String
        /// Validated minutes.
        public var minutes: Int

        /// Creates a sum.
        public init(employerMinistry: String, beneficiaryMinistry: String, minutes: Int) {
            self.employerMinistry = employerMinistry
            self.beneficiaryMinistry = beneficiaryMinistry
            self.minutes = minutes
        }
    }

    /// Agreements created in `period`, counted by current status (statuses without any left out).
    public func agreementCounts(createdIn period: ReportingPeriod = .always) throws -> [String: Int] {
        let pairs = try connection.query(
            """
            SELECT status, count(*) FROM agreements WHERE \(Self.period("created_at", parameter: 1)) GROUP BY status
            """, period.from, period.until
        ) { (try $0.string(0), try $0.int(1)) }
        return Dictionary(uniqueKeysWithValues: pairs)
    }

    /// Agreements created in `period` that the three parties signed, whatever happened since.
    public func signedAgreementCount(createdIn period: ReportingPeriod = .always) throws -> Int {
        try connection.scalar(
            """
            SELECT count(*) FROM agreements WHERE signed_at IS NOT NULL AND \(Self.period("created_at", parameter: 1))
            """, period.from, period.until, as: Int.self) ?? 0
    }

    /// Mission orders issued in `period`, by issuing ministry and cancellation (empty groups left out).
    public func missionOrderCounts(issuedIn period: ReportingPeriod = .always) throws -> [MissionOrderCount] {
        try connection.query(
            """
            \(Self.ministryCTE)
            SELECT ministry.acronym, mission_orders.cancelled_at IS NOT NULL, count(*) FROM mission_orders
                JOIN ministry ON ministry.id = mission_orders.administration_id
            WHERE \(Self.period("mission_orders.issued_at", parameter: 1))
            GROUP BY 1, 2
            """, period.from, period.until
        ) {
            MissionOrderCount(ministry: try $0.string(0), cancelled: try $0.bool(1), count: try $0.int(2))
        }
    }

    /// Minutes of the time reports validated in `period`, by the ministry employing the talent
    /// and the ministry proposing the mission of the agreement (empty pairs left out).
    public func validatedTime(decidedIn period: ReportingPeriod = .always) throws -> [ValidatedTime] {
        try connection.query(
            """
            \(Self.ministryCTE)
            SELECT employer.acronym, beneficiary.acronym, sum(time_reports.minutes) FROM time_reports
                JOIN agreements ON agreements.id = time_reports.agreement_id
                JOIN ministry AS employer ON employer.id = agreements.employer_id
                JOIN ministry AS beneficiary ON beneficiary.id = agreements.beneficiary_id
            WHERE time_reports.status = 'validated' AND \(Self.period("time_reports.decided_at", parameter: 1))
            GROUP BY 1, 2
            """, period.from, period.until
        ) {
            ValidatedTime(
                employerMinistry: try $0.string(0), beneficiaryMinistry: try $0.string(1),
                minutes: try $0.int(2))
        }
    }
}
