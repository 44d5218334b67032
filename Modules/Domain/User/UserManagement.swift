/// Who may manage whose account (issue 18): grant and revoke roles, deactivate and reactivate,
/// add users. The operator (and the command line, a nil manager) manages every account; a
/// referent manages the users of their own administration, and only their line-manager and
/// mission-owner roles — as everywhere, a referent acts for their administration and those under
/// it; only the operator grants or revokes the referent and operator roles;
/// nobody removes their own operator role nor deactivates themselves.
public enum UserManagement {
    /// The roles a referent grants and revokes, to users of their own administration.
    public static let referentRoles: Set<Role> = [.lineManager, .missionOwner]

    /// Whether `manager` may see and manage `target` at all: the operator every account, a
    /// referent the accounts of their administration and those under it; `lineage` is the
    /// target's administration and its ancestors, up to its ministry (empty without one).
    public static func manages(_ target: User, lineage: [AdministrationID], by manager: User?) -> Bool {
        guard let manager else { return true }
        if manager.has(.operator) { return true }
        guard manager.has(.referent), let own = manager.administrationID else { return false }
        return lineage.contains(own)
    }

    /// The roles `manager` may grant or revoke (to a user they manage): all for the operator,
    /// ``referentRoles`` for a referent, none otherwise.
    public static func grantableRoles(by manager: User?) -> Set<Role> {
        guard let manager else { return Set(Role.allCases) }
        if manager.has(.operator) { return Set(Role.allCases) }
        return manager.has(.referent) ? referentRoles : []
    }

    /// Checks that `manager` may manage accounts at all (operator or referent).
    /// - Throws: ``AccessError/roleRequired(action:roles:)``.
    public static func requireManager(_ manager: User?, to action: String) throws {
        guard let manager, !manager.has(.operator), !manager.has(.referent) else { return }
        throw AccessError.roleRequired(action: action, roles: [.operator, .referent])
    }

    /// The roles of `target` after adding `adding` and removing `removing`, when `manager` may.
    /// - Throws: ``AccessError``, ``UserManagementError``, ``UserError`` (no role left, or a
    ///   referent without an administration).
    public static func changedRoles(
        of target: User, lineage: [AdministrationID], adding: Set<Role>, removing: Set<Role>, by manager: User?
    ) throws -> Set<Role> {
        try requireManager(manager, to: "change a user's roles")
        guard manages(target, lineage: lineage, by: manager) else { throw UserManagementError.outsideAdministration }
        let allowed = grantableRoles(by: manager)
        let changed = adding.subtracting(target.roles).union(removing.intersection(target.roles))
        if let role = changed.sorted().first(where: { !allowed.contains($0) }) {
            throw UserManagementError.roleReserved(role)
        }
        if let manager, manager.id == target.id, removing.contains(.operator), target.has(.operator) {
            throw UserManagementError.ownOperatorRole
        }
        let roles = target.roles.subtracting(removing).union(adding)
        guard !roles.isEmpty else { throw UserError.noRole }
        if target.administrationID == nil, let role = roles.sorted().first(where: \.requiresAdministration) {
            throw UserError.administrationRequired(role)
        }
        return roles
    }

    /// Checks that `manager` may deactivate or reactivate `target`: not themselves; a referent
    /// only a user of their administration holding no role beyond talent and ``referentRoles``.
    /// - Throws: ``AccessError``, ``UserManagementError``.
    public static func checkActivation(of target: User, lineage: [AdministrationID], by manager: User?) throws {
        try requireManager(manager, to: "deactivate or reactivate a user")
        guard manages(target, lineage: lineage, by: manager) else { throw UserManagementError.outsideAdministration }
        if let manager, manager.id == target.id { throw UserManagementError.selfDeactivation }
        let allowed = grantableRoles(by: manager).union([.talent])
        if let role = target.roles.sorted().first(where: { !allowed.contains($0) }) {
            throw UserManagementError.roleReserved(role)
        }
    }

    /// Checks that `manager` may add `new`: the operator anybody; a referent a user of their own
    /// administration (or one under it: `lineage` is the new user's administration and its
    /// ancestors) with only ``referentRoles``.
    /// - Throws: ``AccessError``, ``UserManagementError``.
    public static func checkNewUser(_ new: NewUser, lineage: [AdministrationID], by manager: User?) throws {
        try requireManager(manager, to: "add a user")
        guard let manager, !manager.has(.operator) else { return }
        guard let own = manager.administrationID, lineage.contains(own) else {
            throw UserManagementError.outsideAdministration
        }
        if let role = new.roles.sorted().first(where: { !referentRoles.contains($0) }) {
            throw UserManagementError.roleReserved(role)
        }
    }
}

/// A change of account refused by the rules of ``UserManagement``.
public enum UserManagementError: DomainError, Equatable {
    /// Only the operator grants or revokes this role (or manages a user who holds it).
    case roleReserved(Role)
    /// A referent manages only the users of their own administration (and those under it).
    case outsideAdministration
    /// Nobody removes their own operator role.
    case ownOperatorRole
    /// Nobody deactivates themselves.
    case selfDeactivation
    /// The account is already deactivated (or already active, for a reactivation).
    case alreadyInState(active: Bool)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .roleReserved: "user-role-reserved"
        case .outsideAdministration: "user-outside-administration"
        case .ownOperatorRole: "user-own-operator-role"
        case .selfDeactivation: "user-self-deactivation"
        case .alreadyInState: "user-activation-unchanged"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .roleReserved, .ownOperatorRole: "roles"
        default: nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .roleReserved(let role): "Only the operator grants, revokes or manages the role '\(role.rawValue)'."
        case .outsideAdministration: "A referent manages only the users of their own administration and those under it."
        case .ownOperatorRole: "Nobody removes their own operator role."
        case .selfDeactivation: "Nobody deactivates their own account."
        case .alreadyInState(let active):
            active ? "The account is already active." : "The account is already deactivated."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        if case .alreadyInState = self { return .conflict }
        return .forbidden
    }
}
