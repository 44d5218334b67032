/// The time of an agreement's reports, in minutes.
public struct TimeTotals: Hashable, Sendable, Codable {
    /// The hours budget, in minutes.
    public let budgetMinutes: Int
    /// Reported and not rejected (awaiting or validated).
    public let reportedMinutes: Int
    /// Validated by the owner.
    public let validatedMinutes: Int

    /// Adds up `reports` against `budgetMinutes`.
    public init(budgetMinutes: Int, reports: [TimeReport]) {
        self.budgetMinutes = budgetMinutes
        reportedMinutes = reports.filter { $0.status != .rejected }.reduce(0) { $0 + $1.minutes }
        validatedMinutes = reports.filter { $0.status == .validated }.reduce(0) { $0 + $1.minutes }
    }

    /// What is left of the budget to validate.
    public var remainingMinutes: Int {
        budgetMinutes - validatedMinutes
    }
}
