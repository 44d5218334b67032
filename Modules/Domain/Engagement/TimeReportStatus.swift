/// Where a time report is: awaiting the owner's decision, validated or rejected.
public enum TimeReportStatus: String, Sendable, Codable, CaseIterable {
    /// Reported by the talent; the owner has to decide.
    case submitted
    /// Accepted by the owner: counts against the hours budget.
    case validated
    /// Refused by the owner, with a reason.
    case rejected
}
