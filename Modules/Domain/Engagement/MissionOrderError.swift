/// A rule broken by a mission order.
public enum MissionOrderError: DomainError, Equatable {
    /// The dates end before they start.
    case datesReversed(DateWindow)
    /// The dates are not inside the agreement's dates.
    case datesOutsideAgreement(DateWindow, agreement: DateWindow)
    /// The agreement already has a mission order in force.
    case alreadyInForce(MissionOrderReference)
    /// Cancelling an order already cancelled.
    case alreadyCancelled(MissionOrderReference)
    /// A cancellation without a reason, or with one too long.
    case reasonLength(count: Int)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .datesReversed: "mission-order-dates-reversed"
        case .datesOutsideAgreement: "mission-order-dates-outside-agreement"
        case .alreadyInForce: "mission-order-already-in-force"
        case .alreadyCancelled: "mission-order-already-cancelled"
        case .reasonLength: "mission-order-reason-length"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .datesReversed, .datesOutsideAgreement: "dates"
        case .reasonLength: "reason"
        case .alreadyInForce, .alreadyCancelled: nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .datesReversed(let dates):
            "The mission order's dates end (\(dates.end)) before they start (\(dates.start))."
        case .datesOutsideAgreement(let dates, let agreement):
            "The mission order's dates (\(dates.start) to \(dates.end)) must fall inside the agreement's dates "
                + "(\(agreement.start) to \(agreement.end))."
        case .alreadyInForce(let reference):
            "The agreement already has a mission order in force (\(reference)); cancel it before issuing another."
        case .alreadyCancelled(let reference):
            "The mission order \(reference) is already cancelled."
        case .reasonLength(let count):
            "A cancellation reason must have 1 to \(MissionOrder.maximumReasonLength) characters, not \(count)."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        switch self {
        case .alreadyInForce, .alreadyCancelled: .conflict
        case .datesReversed, .datesOutsideAgreement, .reasonLength: .invalidValue
        }
    }
}
