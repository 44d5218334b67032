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

    private static let select = "SELECT id, display_name, email, administration_id FROM users"

    private func user(_ row: Row) throws -> User {
        let id: UserID = try row.decode(0)
        let roles = try connection.query("SELECT role FROM user_roles WHERE user_id = ?", id) {
            try $0.code(0, as: Role.self)
        }
        return User(
            id: id, displayName: try row.string(1), email: try EmailAddress(try row.string(2)),
            roles: Set(roles), administrationID: try row.decode(3))
    }
}
