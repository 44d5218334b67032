public import Domain

/// An action on an engagement refused because of who asks: not the right party, not a referent
/// of the talent's administration.
public enum AgreementAccessError: DomainError, Equatable {
    /// The action belongs to some parties of the agreement only.
    case notParty(action: String, parties: [AgreementParty])
    /// The action belongs to the referents of the talent's employing administration (or its ancestors).
    case notReferent(action: String)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .notParty: "access-not-party"
        case .notReferent: "access-not-referent"
        }
    }

    /// Never a field: access is about the caller.
    public var field: String? { nil }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .notParty(let action, let parties):
            "Only the " + parties.map(\.rawValue).joined(separator: " or ") + " of this agreement may \(action)."
        case .notReferent(let action):
            "Only a referent of the talent's employing administration (or of one above it) may \(action)."
        }
    }

    /// Always ``DomainErrorKind/forbidden``.
    public var kind: DomainErrorKind { .forbidden }
}
