public import Domain

/// A recognition hook called for an event that did not happen.
public enum RecognitionError: DomainError, Equatable {
    /// The time report is not validated, so it earns nothing.
    case timeReportNotValidated(Int64)
    /// The agreement is not completed, so it earns no diploma.
    case agreementNotCompleted(Int64)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .timeReportNotValidated: "time-report-not-validated"
        case .agreementNotCompleted: "agreement-not-completed"
        }
    }

    /// Never a field: the state is at fault.
    public var field: String? { nil }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .timeReportNotValidated(let id): "Time report #\(id) is not validated; only validated hours earn credits."
        case .agreementNotCompleted(let id):
            "Agreement #\(id) is not completed; only a completed mission earns a diploma."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind { .conflict }
}
