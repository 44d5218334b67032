public import Domain

/// Everything a user did that the distinction rules look at, each list in the order it happened
/// (ties broken by record id), so that the event crossing a threshold is well defined.
public struct RecognitionHistory: Hashable, Sendable {
    /// An engagement the user completed as a talent.
    public struct CompletedMission: Hashable, Sendable {
        /// The agreement.
        public var agreementID: Int64
        /// The nature of its mission.
        public var nature: MissionNature
        /// The ministry (root administration) of the beneficiary.
        public var ministryID: AdministrationID

        /// A completed engagement.
        public init(agreementID: Int64, nature: MissionNature, ministryID: AdministrationID) {
            self.agreementID = agreementID
            self.nature = nature
            self.ministryID = ministryID
        }
    }

    /// A time report of the user validated by the mission owner.
    public struct ValidatedReport: Hashable, Sendable {
        /// The time report.
        public var timeReportID: Int64
        /// Its duration.
        public var minutes: Int

        /// A validated report.
        public init(timeReportID: Int64, minutes: Int) {
            self.timeReportID = timeReportID
            self.minutes = minutes
        }
    }

    /// An application to one of the user's missions (as owner) that was answered.
    public struct AnsweredApplication: Hashable, Sendable {
        /// The application.
        public var applicationID: Int64
        /// When the talent applied.
        public var submittedAt: Instant
        /// When the owner answered.
        public var answeredAt: Instant

        /// An answered application.
        public init(applicationID: Int64, submittedAt: Instant, answeredAt: Instant) {
            self.applicationID = applicationID
            self.submittedAt = submittedAt
            self.answeredAt = answeredAt
        }
    }

    /// Completed engagements, by completion.
    public var completedMissions: [CompletedMission]
    /// Validated time reports, by validation.
    public var validatedReports: [ValidatedReport]
    /// Answered applications to the user's missions, by answer.
    public var answeredApplications: [AnsweredApplication]
    /// Vis mon job days done as an ambassador (the record of each, when known), in order.
    public var visMonJobDays: [Int64?]

    /// A history; every list defaults to empty.
    public init(
        completedMissions: [CompletedMission] = [], validatedReports: [ValidatedReport] = [],
        answeredApplications: [AnsweredApplication] = [], visMonJobDays: [Int64?] = []
    ) {
        self.completedMissions = completedMissions
        self.validatedReports = validatedReports
        self.answeredApplications = answeredApplications
        self.visMonJobDays = visMonJobDays
    }
}
