/// A rule broken by a user's input.
public enum UserError: DomainError, Equatable {
    /// The display name is empty or longer than ``NewUser/maximumDisplayNameLength``.
    case displayNameLength(count: Int)
    /// No role was given.
    case noRole
    /// A role that acts for an administration was given without one.
    case administrationRequired(Role)
    /// Another user already has this e-mail address.
    case emailTaken

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .displayNameLength: "user-display-name-length"
        case .noRole: "user-roles-empty"
        case .administrationRequired: "user-administration-required"
        case .emailTaken: "user-email-taken"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .displayNameLength: "displayName"
        case .noRole: "roles"
        case .administrationRequired: "administrationID"
        case .emailTaken: "email"
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .displayNameLength(let count):
            "A display name must have 1 to \(NewUser.maximumDisplayNameLength) characters, not \(count)."
        case .noRole:
            "A user must hold at least one role."
        case .administrationRequired(let role):
            "The role '\(role.rawValue)' acts for an administration, so the user needs one."
        case .emailTaken:
            "Another user already has this e-mail address."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        self == .emailTaken ? .conflict : .invalidValue
    }
}
