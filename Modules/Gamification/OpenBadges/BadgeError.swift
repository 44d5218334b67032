public import Domain

/// A diploma operation refused.
public enum BadgeError: DomainError, Equatable {
    /// The longest revocation reason accepted.
    public static let maximumReasonLength = 500

    /// The assertion was already revoked.
    case alreadyRevoked(String)
    /// A revocation needs a reason.
    case reasonRequired
    /// The reason is longer than ``maximumReasonLength`` characters.
    case reasonTooLong(Int)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .alreadyRevoked: "badge-already-revoked"
        case .reasonRequired: "badge-revocation-reason-required"
        case .reasonTooLong: "badge-revocation-reason-too-long"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .alreadyRevoked: nil
        case .reasonRequired, .reasonTooLong: "reason"
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .alreadyRevoked(let id): "The badge assertion '\(id)' is already revoked; a revocation is final."
        case .reasonRequired: "A revocation needs a reason."
        case .reasonTooLong(let count):
            "A revocation reason has at most \(Self.maximumReasonLength) characters, got \(count)."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        switch self {
        case .alreadyRevoked: .conflict
        case .reasonRequired, .reasonTooLong: .invalidValue
        }
    }

    /// `reason` trimmed, when it is an acceptable revocation reason.
    /// - Throws: ``reasonRequired`` or ``reasonTooLong(_:)``.
    public static func validatedReason(_ reason: String) throws -> String {
        let trimmed = reason.trimmingWhitespace()
        guard !trimmed.isEmpty else { throw BadgeError.reasonRequired }
        guard trimmed.count <= maximumReasonLength else { throw BadgeError.reasonTooLong(trimmed.count) }
        return trimmed
    }
}
