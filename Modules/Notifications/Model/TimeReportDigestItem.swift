/// One line of the weekly time-report digest: an engagement and what awaits validation there.
public struct TimeReportDigestItem: Hashable, Sendable, Codable {
    /// The mission of the engagement.
    public var mission: MissionReference
    /// The agreement the reports belong to (for the link).
    public var agreementID: Int64
    /// How many reports await validation.
    public var reports: Int
    /// Their total duration, in minutes.
    public var minutes: Int

    /// Creates an item.
    public init(mission: MissionReference, agreementID: Int64, reports: Int, minutes: Int) {
        self.mission = mission
        self.agreementID = agreementID
        self.reports = reports
        self.minutes = minutes
    }
}
