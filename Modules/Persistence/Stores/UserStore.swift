public import Domain

/// People with an account and the roles they hold (one person may hold several).
public struct UserStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Validates and records a new user with their roles and the audit event (`action`:
    /// `user.created` by an operator, `user.signed-up` when the person created it).
    /// - Throws: ``UserError`` (including a taken e-mail address) or ``NotFoundError`` for an
    ///   unknown administration.
    public func insert(
        _ new: NewUser, by actor: Actor, at instant: Instant,
        action: String = "user.created"
    ) throws -> User {
        let user = try User.create(id: try connection.nextID(in: "users"), new)
        if let administrationID = user.administrationID,
            try AdministrationStore(connection).find(administrationID) == nil
        {
            throw NotFoundError("administration", id: administrationID, field: "administrationID")
        }
        do {
            try connection.run(
                """
                INSERT INTO users(id, display_name, email, administration_id, created_at) VALUES (?, ?, ?, ?, ?)
                """, user.id, user.displayName, user.email.value, user.administrationID, instant)
        } catch {
            guard error.isViolation(of: .unique, on: "users.email") else { throw error }
            throw UserError.emailTaken
        }
        for role in user.roles {
            try connection.run("INSERT INTO user_roles(user_id, role) VALUES (?, ?)", user.id, role.rawValue)
        }
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "user", subjectID: user.id.rawValue, actor: actor, at: instant,
                details: ["roles": user.roles.sorted().map(\.rawValue).joined(separator: ",")]))
        return user
    }

    /// The user with `id`, or nil.
    public func find(_ id: UserID) throws -> User? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: user)
    }

    /// The user with `email` (compared after normalisation), or nil.
    public func find(email: EmailAddress) throws -> User? {
        try connection.queryOne("\(Self.select) WHERE email = ?", email.value, map: user)
    }

    /// Every user, by identifier.
    public func all() throws -> [User] {
        try connection.query("\(Self.select) ORDER BY id", map: user)
    }

    /// How many users hold `role`.
    public func count(holding role: Role) throws -> Int {
        try connection.scalar("SELECT count(*) FROM user_roles WHERE role = ?", role.rawValue, as: Int.self) ?? 0
    }

    /// Replaces the roles of `user` with `roles`, with the audit event `user.roles-changed`
    /// (the roles added and removed); nothing when they are the same.
    public func changeRoles(of user: User, to roles: Set<Role>, by actor: Actor, at instant: Instant) throws -> User {
        let added = roles.subtracting(user.roles)
        let removed = user.roles.subtracting(roles)
        guard !added.isEmpty || !removed.isEmpty else { return user }
        for role in removed {
            try connection.run("DELETE FROM user_roles WHERE user_id = ? AND role = ?", user.id, role.rawValue)
        }
        for role in added {
            try connection.run("INSERT INTO user_roles(user_id, role) VALUES (?, ?)", user.id, role.rawValue)
        }
        func list(_ roles: Set<Role>) -> String { roles.sorted().map(\.rawValue).joined(separator: ",") }
        try AuditLog(connection).append(
            AuditEvent(
                action: "user.roles-changed", subjectType: "user", subjectID: user.id.rawValue, actor: actor,
                at: instant, details: ["added": list(added), "removed": list(removed), "roles": list(roles)]))
        var changed = user
        changed.roles = roles
        return changed
    }

    /// Deactivates `user` (audit `user.deactivated`): ends their live browser sessions, revokes
    /// their tokens and unused sign-in links, at once, in the caller's transaction.
    public func deactivate(_ user: User, by actor: Actor, at instant: Instant) throws -> User {
        try connection.run("UPDATE users SET deactivated_at = ? WHERE id = ?", instant, user.id)
        let sessions = try connection.run(
            "UPDATE web_sessions SET ended_at = ? WHERE user_id = ? AND ended_at IS NULL", instant, user.id)
        let tokens = try connection.run(
            "UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", instant, user.id)
        try connection.run(
            "UPDATE web_sign_in_links SET used_at = ? WHERE user_id = ? AND used_at IS NULL", instant, user.id)
        try AuditLog(connection).append(
            AuditEvent(
                action: "user.deactivated", subjectType: "user", subjectID: user.id.rawValue, actor: actor,
                at: instant, details: ["sessionsEnded": String(sessions), "tokensRevoked": String(tokens)]))
        var changed = user
        changed.deactivatedAt = instant
        return changed
    }

    /// Reactivates `user` (audit `user.reactivated`); their old sessions and tokens stay ended.
    public func reactivate(_ user: User, by actor: Actor, at instant: Instant) throws -> User {
        try connection.run("UPDATE users SET deactivated_at = NULL WHERE id = ?", user.id)
        try AuditLog(connection).append(
            AuditEvent(
                action: "user.reactivated", subjectType: "user", subjectID: user.id.rawValue, actor: actor,
                at: instant))
        var changed = user
        changed.deactivatedAt = nil
        return changed
    }

    /// A page of users matching `filter`, by name then id, and how many match in all.
    public func search(_ filter: UserFilter) throws -> (users: [User], total: Int) {
        var conditions: [String] = []
        var values: [any SQLiteBindable] = []
        if let text = filter.text?.lowercased(), !text.isEmpty {
            conditions.append("(lower(display_name) LIKE ? ESCAPE '\\' OR email LIKE ? ESCAPE '\\')")
            let pattern =
                "%"
                + text.replacing("\\", with: "\\\\").replacing("%", with: "\\%")
                .replacing("_", with: "\\_") + "%"
            values += [pattern, pattern]
        }
        if let role = filter.role {
            conditions.append("id IN (SELECT user_id FROM user_roles WHERE role = ?)")
            values.append(role.rawValue)
        }
        if let administrationID = filter.administrationID {
            conditions.append("administration_id = ?")
            values.append(administrationID.rawValue)
        }
        var prefix = ""
        if let within = filter.withinAdministrationID {
            prefix = AdministrationStore.treeCTE
            values.insert(within.rawValue, at: 0)
            conditions.append("administration_id IN (SELECT id FROM tree)")
        }
        if let active = filter.active {
            conditions.append(active ? "deactivated_at IS NULL" : "deactivated_at IS NOT NULL")
        }
        let whereClause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        let total =
            try connection.scalar(
                "\(prefix)SELECT count(*) FROM users\(whereClause)", arguments: values, as: Int.self) ?? 0
        let users = try connection.query(
            "\(prefix)\(Self.select)\(whereClause) ORDER BY lower(display_name), id LIMIT ? OFFSET ?",
            arguments: values + [Int64(filter.limit), Int64(filter.offset)], map: user)
        return (users, total)
    }

    /// `administrationID` and its ancestors' identifiers, up to its ministry (empty for nil).
    public func lineage(of administrationID: AdministrationID?) throws -> [AdministrationID] {
        var lineage: [AdministrationID] = []
        var next = administrationID
        while let id = next, lineage.count < 32 {
            lineage.append(id)
            next = try connection.scalar("SELECT parent_id FROM administrations WHERE id = ?", id, as: Int64.self)
                .map { AdministrationID($0) }
        }
        return lineage
    }

    private static let select = "SELECT id, display_name, email, administration_id, deactivated_at FROM users"

    private func user(_ row: Row) throws -> User {
        let id: UserID = try row.decode(0)
        let roles = try connection.query("SELECT role FROM user_roles WHERE user_id = ?", id) {
            try $0.code(0, as: Role.self)
        }
        return User(
            id: id, displayName: try row.string(1), email: try EmailAddress(try row.string(2)),
            roles: Set(roles), administrationID: try row.decode(3), deactivatedAt: try row.decode(4))
    }
}
