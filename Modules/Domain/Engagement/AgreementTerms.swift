/// What the three parties agree on: objectives, deliverables, hours, dates, work mode and conditions.
/// Validated by ``validated(within:)`` against the mission's window.
public struct AgreementTerms: Hashable, Sendable, Codable {
    /// Maximum length of each text, in characters.
    public static let maximumTextLength = 5000
    /// Largest hours budget one agreement may grant.
    public static let maximumHoursBudget = 1000

    /// What the mission must achieve (1 to 5000 characters).
    public var objectives: String
    /// What the talent hands over (1 to 5000 characters).
    public var deliverables: String
    /// Hours the talent may spend, 1 to ``maximumHoursBudget``; validated time never exceeds it.
    public var hoursBudget: Int
    /// The first and last days of the engagement, inside the mission's window.
    public var dates: DateWindow
    /// Remote, on site or hybrid.
    public var workMode: WorkMode
    /// Practical conditions (place, equipment, confidentiality…); may be empty.
    public var conditions: String

    /// Creates unvalidated terms.
    public init(
        objectives: String, deliverables: String, hoursBudget: Int, dates: DateWindow, workMode: WorkMode,
        conditions: String = ""
    ) {
        self.objectives = objectives
        self.deliverables = deliverables
        self.hoursBudget = hoursBudget
        self.dates = dates
        self.workMode = workMode
        self.conditions = conditions
    }

    /// The hours budget in minutes, the unit of time reports.
    public var budgetMinutes: Int {
        hoursBudget * 60
    }

    /// The normalised terms (texts trimmed), or the first rule they break.
    /// - Parameter window: the mission's window, which the dates must fall in.
    /// - Throws: ``AgreementError``.
    public func validated(within window: DateWindow) throws -> AgreementTerms {
        if let first = problems(within: window).first { throw first }
        return normalised
    }

    /// Every rule the terms break, in the order of the fields; empty when they hold. A form
    /// shows them all at once.
    public func problems(within window: DateWindow) -> [AgreementError] {
        let terms = normalised
        var problems: [AgreementError] = []
        if !(1...Self.maximumTextLength).contains(terms.objectives.count) {
            problems.append(.textLength(field: "objectives", count: terms.objectives.count))
        }
        if !(1...Self.maximumTextLength).contains(terms.deliverables.count) {
            problems.append(.textLength(field: "deliverables", count: terms.deliverables.count))
        }
        if terms.conditions.count > Self.maximumTextLength {
            problems.append(.conditionsTooLong(count: terms.conditions.count))
        }
        if !(1...Self.maximumHoursBudget).contains(hoursBudget) {
            problems.append(.hoursBudgetOutOfRange(hoursBudget))
        }
        if dates.start > dates.end {
            problems.append(.datesReversed(dates))
        } else if !window.contains(dates.start) || !window.contains(dates.end) {
            problems.append(.datesOutsideMissionWindow(dates, window: window))
        }
        return problems
    }

    /// The terms with their texts trimmed.
    private var normalised: AgreementTerms {
        var terms = self
        terms.objectives = objectives.trimmingWhitespace()
        terms.deliverables = deliverables.trimmingWhitespace()
        terms.conditions = conditions.trimmingWhitespace()
        return terms
    }
}
