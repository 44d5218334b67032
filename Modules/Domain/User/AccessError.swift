/// An action refused because of who asks, not of what is asked.
public enum AccessError: DomainError, Equatable {
    /// The action needs one of `roles`, which the user does not hold.
    case roleRequired(action: String, roles: [Role])
    /// The action is reserved to the record's owner (or the operator).
    case notOwner(action: String)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .roleRequired: "access-role-required"
        case .notOwner: "access-not-owner"
        }
    }

    /// Never a field: access is about the caller.
    public var field: String? { nil }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .roleRequired(let action, let roles):
            "To \(action), one needs the role \(roles.map { "'\($0.rawValue)'" }.joined(separator: " or "))."
        case .notOwner(let action):
            "Only the owner of this record (or the operator) may \(action)."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind { .forbidden }
}
