/// A rule refusing the closure of an account (``AccountClosure``).
public enum AccountClosureError: DomainError, Equatable {
    /// The person is a party (talent, line manager or mission owner) to an agreement under
    /// signature or running: they interrupt it first. Names the agreement and its mission.
    case agreementInProgress(AgreementID, missionTitle: String, status: AgreementStatus)
    /// The account is already closed.
    case alreadyClosed

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .agreementInProgress: "account-closure-agreement-in-progress"
        case .alreadyClosed: "account-already-closed"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? { nil }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .agreementInProgress(let id, _, let status):
            "The account cannot be closed while agreement \(id.rawValue) is \(status == .signed ? "running" : "awaiting signatures"): interrupt it first."
        case .alreadyClosed:
            "The account is already closed."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind { .conflict }
}
