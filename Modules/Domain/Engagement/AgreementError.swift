/// A rule broken by an agreement's terms or by a refused action on an agreement.
public enum AgreementError: DomainError, Equatable {
    /// Objectives or deliverables empty or longer than ``AgreementTerms/maximumTextLength``.
    case textLength(field: String, count: Int)
    /// Conditions longer than ``AgreementTerms/maximumTextLength``.
    case conditionsTooLong(count: Int)
    /// An hours budget outside 1…``AgreementTerms/maximumHoursBudget``.
    case hoursBudgetOutOfRange(Int)
    /// The dates end before they start.
    case datesReversed(DateWindow)
    /// The dates are not inside the mission's window.
    case datesOutsideMissionWindow(DateWindow, window: DateWindow)
    /// A refusal or interruption without a reason, or with one too long.
    case reasonLength(count: Int)
    /// An agreement made from an application that is not accepted.
    case applicationNotAccepted(ApplicationStatus)
    /// The application already has its agreement.
    case alreadyExists(AgreementID)
    /// Fixing the parties again names the same people and administrations.
    case partiesUnchanged
    /// The party already signed the current terms.
    case alreadySigned(AgreementParty)
    /// The action needs a mission order in force.
    case missionOrderRequired(AgreementAction)
    /// The action is not allowed from the agreement's status.
    case invalidTransition(action: AgreementAction, from: AgreementStatus)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .textLength: "agreement-text-length"
        case .conditionsTooLong: "agreement-conditions-too-long"
        case .hoursBudgetOutOfRange: "agreement-hours-budget-out-of-range"
        case .datesReversed: "agreement-dates-reversed"
        case .datesOutsideMissionWindow: "agreement-dates-outside-mission-window"
        case .reasonLength: "agreement-reason-length"
        case .applicationNotAccepted: "agreement-application-not-accepted"
        case .alreadyExists: "agreement-already-exists"
        case .partiesUnchanged: "agreement-parties-unchanged"
        case .alreadySigned: "agreement-already-signed"
        case .missionOrderRequired: "agreement-mission-order-required"
        case .invalidTransition: "agreement-invalid-transition"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .textLength(let field, _): field
        case .conditionsTooLong: "conditions"
        case .hoursBudgetOutOfRange: "hoursBudget"
        case .datesReversed, .datesOutsideMissionWindow: "dates"
        case .reasonLength: "reason"
        case .applicationNotAccepted, .alreadyExists, .partiesUnchanged, .alreadySigned, .missionOrderRequired,
            .invalidTransition:
            nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .textLength(let field, let count):
            "The agreement's \(field) must have 1 to \(AgreementTerms.maximumTextLength) characters, not \(count)."
        case .conditionsTooLong(let count):
            "The agreement's conditions must have at most \(AgreementTerms.maximumTextLength) characters, not \(count)."
        case .hoursBudgetOutOfRange(let hours):
            "The hours budget must be 1 to \(AgreementTerms.maximumHoursBudget) hours, not \(hours)."
        case .datesReversed(let dates):
            "The agreement's dates end (\(dates.end)) before they start (\(dates.start))."
        case .datesOutsideMissionWindow(let dates, let window):
            "The agreement's dates (\(dates.start) to \(dates.end)) must fall inside the mission's window "
                + "(\(window.start) to \(window.end))."
        case .reasonLength(let count):
            "A reason must have 1 to \(Agreement.maximumReasonLength) characters, not \(count)."
        case .applicationNotAccepted(let status):
            "An agreement is made from an accepted application; this one is '\(status.rawValue)'."
        case .alreadyExists(let id):
            "The application already has its agreement (\(id))."
        case .partiesUnchanged:
            "The talent's profile names the same line manager and employing administration as the agreement."
        case .alreadySigned(let party):
            "The \(party.rawValue) already signed the current terms."
        case .missionOrderRequired(let action):
            "The action '\(action.verb)' needs a mission order in force for the agreement."
        case .invalidTransition(let action, let status):
            "The action '\(action.verb)' is not allowed on an agreement in status '\(status.rawValue)'; "
                + "it is allowed from: "
                + action.allowedStatuses.map(\.rawValue).joined(separator: ", ") + "."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        switch self {
        case .applicationNotAccepted, .alreadyExists, .partiesUnchanged, .alreadySigned, .missionOrderRequired,
            .invalidTransition:
            .conflict
        default: .invalidValue
        }
    }
}
