public import Domain

/// Who calls a use case: a signed-in user (the API), or an administrator at the server's
/// command line, who may do everything.
public enum Caller: Sendable {
    /// A user authenticated by the API, acting with their roles.
    case user(User)
    /// `talents-admin` on the server.
    case commandLine

    /// The actor written in audit events.
    public var actor: Actor {
        switch self {
        case .user(let user): .user(user.id)
        case .commandLine: .commandLine
        }
    }

    /// The user, when the caller is one.
    public var user: User? {
        if case .user(let user) = self { user } else { nil }
    }

    /// Checks that the caller holds one of `roles` (the command line always does).
    /// - Throws: ``AccessError/roleRequired(action:roles:)``.
    public func require(_ roles: Role..., to action: String) throws {
        guard case .user(let user) = self else { return }
        guard roles.contains(where: user.has) else { throw AccessError.roleRequired(action: action, roles: roles) }
    }
}
