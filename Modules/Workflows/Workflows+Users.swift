public import Domain
import Persistence
import Support

extension Workflows {
    /// A token as issued: the secret, shown once, and its stored record.
    public struct IssuedToken: Sendable {
        /// The bearer token; only its SHA-256 hash is stored.
        public let token: String
        /// What is stored.
        public let record: TokenRecord
    }

    /// Adds a user with their roles: the operator anybody, a referent a user of their own
    /// administration (or one under it) with the line-manager or mission-owner role (``UserManagement/checkNewUser(_:by:)``).
    /// - Throws: ``AccessError``, ``UserManagementError``, ``UserError`` or ``NotFoundError``.
    public func addUser(_ new: NewUser, by caller: Caller) throws -> User {
        try UserManagement.requireManager(caller.user, to: "add a user")
        return try database.write { connection in
            let store = UserStore(connection)
            try UserManagement.checkNewUser(new, lineage: try store.lineage(of: new.administrationID), by: caller.user)
            return try store.insert(new, by: caller.actor, at: clock.now)
        }
    }

    /// Every user.
    public func users() throws -> [User] {
        try database.read { try UserStore($0).all() }
    }

    /// The user with `email`, or nil.
    public func user(email: EmailAddress) throws -> User? {
        try database.read { try UserStore($0).find(email: email) }
    }

    /// Issues a bearer token for `userID`, valid `days` days (1 to 366) (operator).
    /// - Throws: ``AccessError``, ``NotFoundError`` for an unknown user.
    public func issueToken(for userID: UserID, label: String, days: Int, by caller: Caller) throws -> IssuedToken {
        try caller.require(.operator, to: "issue a token")
        precondition((1...366).contains(days), "a token is valid 1 to 366 days")
        let token = SecureRandom.token()
        let now = clock.now
        let record = try database.write {
            try TokenStore($0).insert(
                userID: userID, hash: SHA256.hash(token).bytes, label: label,
                expiresAt: now.adding(days: days), by: caller.actor, at: now)
        }
        return IssuedToken(token: token, record: record)
    }

    /// Revokes token `id` (operator).
    /// - Throws: ``AccessError``, ``NotFoundError``.
    public func revokeToken(_ id: Int64, by caller: Caller) throws {
        try caller.require(.operator, to: "revoke a token")
        try database.write { try TokenStore($0).revoke(id, by: caller.actor, at: clock.now) }
    }

    /// The tokens of `userID`, newest first (never the secrets).
    public func tokens(of userID: UserID) throws -> [TokenRecord] {
        try database.read { try TokenStore($0).all(userID: userID) }
    }

    /// The user a bearer token belongs to; the use is the account's activity (inactivity, issue 19).
    /// - Throws: ``AuthenticationError/invalidToken`` when it is unknown, expired or revoked, or
    ///   its user is deactivated.
    ///
    /// A token checked since the last commit to the database is not read again (``TokenCache``):
    /// a revocation or a deactivation is a commit, so the next request reads the token anew.
    public func authenticate(token: String) throws -> User {
        let hash = SHA256.hash(token).bytes
        let now = clock.now
        // Read before the token: a change committed after this is seen by the next request.
        let version = try database.dataVersion()
        if let user = tokenCache.user(hash: hash, version: version, now: now) { return user }
        let (user, expiresAt, stale) = try database.read { connection in
            guard let record = try TokenStore(connection).find(hash: hash), record.isValid(at: now),
                let user = try UserStore(connection).find(record.userID), user.isActive
            else {
                throw AuthenticationError.invalidToken
            }
            return (user, record.expiresAt, try AccountActivityStore(connection).isStale(user.id, at: now))
        }
        // The account's activity, written at most once a day (the read tells when it is due); the
        // write is a commit, so the entry cached below is dropped at the next request and read anew.
        if stale { try database.write { try AccountActivityStore($0).record(user.id, at: now) } }
        tokenCache.store(TokenCache.Entry(user: user, expiresAt: expiresAt), hash: hash, version: version)
        return user
    }
}
