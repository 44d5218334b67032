/// A rule broken by a time report or by a decision on it.
public enum TimeReportError: DomainError, Equatable {
    /// The day is not inside the agreement's dates.
    case dateOutsideAgreement(LocalDate, agreement: DateWindow)
    /// The day is after today.
    case dateInFuture(LocalDate, today: LocalDate)
    /// Minutes outside 1…1440.
    case minutesOutOfRange(Int)
    /// With what the talent already reported that day (on any agreement), the day would count more than 24 hours.
    case dayExceeded(LocalDate, reportedMinutes: Int, minutes: Int)
    /// A note or a rejection reason empty or too long.
    case textLength(field: String, count: Int)
    /// Validating would take the validated time past the hours budget.
    case budgetExceeded(budgetMinutes: Int, validatedMinutes: Int, reportMinutes: Int)
    /// The report was already validated or rejected.
    case alreadyDecided(TimeReportStatus)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .dateOutsideAgreement: "time-report-date-outside-agreement"
        case .dateInFuture: "time-report-date-in-future"
        case .minutesOutOfRange: "time-report-minutes-out-of-range"
        case .dayExceeded: "time-report-day-exceeded"
        case .textLength: "time-report-text-length"
        case .budgetExceeded: "time-report-budget-exceeded"
        case .alreadyDecided: "time-report-already-decided"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .dateOutsideAgreement, .dateInFuture: "date"
        case .minutesOutOfRange, .dayExceeded: "minutes"
        case .textLength(let field, _): field
        case .budgetExceeded, .alreadyDecided: nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .dateOutsideAgreement(let date, let agreement):
            "Time is reported for a day inside the agreement's dates (\(agreement.start) to \(agreement.end)), "
                + "not \(date)."
        case .dateInFuture(let date, let today):
            "Time is reported for a past day or today (\(today)), not \(date)."
        case .minutesOutOfRange(let minutes):
            "A time report must count 1 to \(TimeReport.maximumMinutes) minutes, not \(minutes)."
        case .dayExceeded(let date, let reported, let minutes):
            "A day counts at most 24 hours: \(reported) minutes are already reported on \(date), "
                + "so \(minutes) more are too many."
        case .textLength(let field, let count):
            "A time report's \(field) must have 1 to \(TimeReport.maximumNoteLength) characters, not \(count)."
        case .budgetExceeded(let budget, let validated, let report):
            "Validated time may not exceed the agreed hours budget: budget \(budget) minutes, validated so far "
                + "\(validated) minutes, this report \(report) minutes."
        case .alreadyDecided(let status):
            "The time report is already \(status.rawValue); only a submitted report is validated or rejected."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        switch self {
        case .budgetExceeded, .alreadyDecided: .conflict
        default: .invalidValue
        }
    }
}
