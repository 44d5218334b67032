public import Domain

/// A ledger operation refused by a rule of the ledger.
public enum LedgerError: DomainError, Equatable {
    /// The longest reversal reason accepted.
    public static let maximumReasonLength = 500

    /// No transfer has this number.
    case transferNotFound(Int64)
    /// A reversing transfer cannot itself be reversed (post the correction as new work instead).
    case reversalOfReversal(Int64)
    /// The transfer was already reversed, by the transfer named.
    case alreadyReversed(Int64, by: Int64)
    /// A reversal needs a reason.
    case reasonRequired
    /// The reason is longer than ``maximumReasonLength`` characters.
    case reasonTooLong(Int)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .transferNotFound: "credit-transfer-not-found"
        case .reversalOfReversal: "credit-reversal-not-reversible"
        case .alreadyReversed: "credit-transfer-already-reversed"
        case .reasonRequired: "credit-reversal-reason-required"
        case .reasonTooLong: "credit-reversal-reason-too-long"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .reasonRequired, .reasonTooLong: "reason"
        default: nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .transferNotFound(let id): "No credit transfer #\(id) exists."
        case .reversalOfReversal(let id):
            "Transfer #\(id) is a reversal; a reversal cannot be reversed."
        case .alreadyReversed(let id, let by): "Transfer #\(id) was already reversed by transfer #\(by)."
        case .reasonRequired: "A reversal needs a reason."
        case .reasonTooLong(let count):
            "A reversal reason has at most \(Self.maximumReasonLength) characters, got \(count)."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        switch self {
        case .transferNotFound: .notFound
        case .reversalOfReversal, .alreadyReversed: .conflict
        case .reasonRequired, .reasonTooLong: .invalidValue
        }
    }
}
