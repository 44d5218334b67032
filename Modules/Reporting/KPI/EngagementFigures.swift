public import Domain
public import Persistence

/// The engagement after an accepted application: agreements, mission orders and validated time.
public struct EngagementFigures: Sendable, Hashable {
    /// Agreements by current status, every ``AgreementStatus`` listed in the order of its life (0 included).
    /// Refusals are counted, not broken down by reason: the line manager's reason
    /// (`agreements.end_reason`) is free text, not a code.
    public let agreements: [Status]
    /// Agreements signed by all three parties, including those completed or interrupted since
    /// (an agreement may also be interrupted before its signatures: `signed_at` tells).
    public let signedAgreements: Int
    /// Mission orders by issuing ministry, in force or cancelled, sorted by ministry.
    public let missionOrders: [ReportingQueries.MissionOrderCount]
    /// Validated time by employing and beneficiary ministry, sorted by both.
    public let validatedTime: [ReportingQueries.ValidatedTime]

    /// A number of agreements in one status.
    public struct Status: Sendable, Hashable {
        /// The status.
        public let status: AgreementStatus
        /// How many agreements.
        public let count: Int
    }

    /// Creates the figures; `agreements` are the counts by stored status (absent statuses count 0).
    public init(
        agreements: [String: Int], signedAgreements: Int, missionOrders: [ReportingQueries.MissionOrderCount],
        validatedTime: [ReportingQueries.ValidatedTime]
    ) {
        self.agreements = AgreementStatus.allCases.map { Status(status: $0, count: agreements[$0.rawValue] ?? 0) }
        self.signedAgreements = signedAgreements
        self.missionOrders = missionOrders.sorted {
            ($0.ministry, $0.cancelled ? 1 : 0) < ($1.ministry, $1.cancelled ? 1 : 0)
        }
        self.validatedTime = validatedTime.sorted {
            ($0.employerMinistry, $0.beneficiaryMinistry) < ($1.employerMinistry, $1.beneficiaryMinistry)
        }
    }
}
