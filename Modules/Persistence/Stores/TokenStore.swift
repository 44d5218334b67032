public import Domain

/// Bearer tokens of the API. Only their SHA-256 hash is stored: the token itself is shown once,
/// when issued, and cannot be read back.
public struct TokenStore {
    /// A stored token, without the token (``TokenRecord``).
    public typealias Record = TokenRecord

    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records a token by its hash, with its audit event.
    public func insert(
        userID: UserID, hash: [UInt8], label: String, expiresAt: Instant,
        by actor: Actor, at instant: Instant
    ) throws -> Record {
        guard try UserStore(connection).find(userID) != nil else {
            throw NotFoundError("user", id: userID, field: "user")
        }
        try connection.run(
            """
            INSERT INTO api_tokens(user_id, token_hash, label, created_at, expires_at) VALUES (?, ?, ?, ?, ?)
            """, userID, hash, label, instant, expiresAt)
        let id = connection.lastInsertRowID
        try AuditLog(connection).append(
            AuditEvent(
                action: "token.issued", subjectType: "token", subjectID: id, actor: actor, at: instant,
                details: ["userID": String(userID.rawValue)]))
        return Record(id: id, userID: userID, label: label, createdAt: instant, expiresAt: expiresAt, revokedAt: nil)
    }

    /// Revokes token `id`, with its audit event; revoking twice changes nothing.
    /// - Throws: ``NotFoundError``.
    public func revoke(_ id: Int64, by actor: Actor, at instant: Instant) throws {
        guard let record = try find(id) else { throw NotFoundError("token", key: String(id)) }
        guard record.revokedAt == nil else { return }
        try connection.run("UPDATE api_tokens SET revoked_at = ? WHERE id = ?", instant, id)
        try AuditLog(connection).append(
            AuditEvent(
                action: "token.revoked", subjectType: "token", subjectID: id, actor: actor, at: instant,
                details: ["userID": String(record.userID.rawValue)]))
    }

    /// The token with `id`, or nil.
    public func find(_ id: Int64) throws -> Record? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: Self.record)
    }

    /// The token whose hash is `hash`, or nil.
    public func find(hash: [UInt8]) throws -> Record? {
        try connection.queryOne("\(Self.select) WHERE token_hash = ?", hash, map: Self.record)
    }

    /// The tokens of `userID`, newest first.
    public func all(userID: UserID) throws -> [Record] {
        try connection.query("\(Self.select) WHERE user_id = ? ORDER BY id DESC", userID, map: Self.record)
    }

    private static let select = "SELECT id, user_id, label, created_at, expires_at, revoked_at FROM api_tokens"

    private static func record(_ row: Row) throws -> Record {
        Record(
            id: try row.int64(0), userID: try row.decode(1), label: try row.string(2),
            createdAt: try row.decode(3), expiresAt: try row.decode(4), revokedAt: try row.decode(5))
    }
}
