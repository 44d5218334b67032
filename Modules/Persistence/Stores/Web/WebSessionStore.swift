public import Domain

/// One-time sign-in links and browser sessions of the web front, by the SHA-256 hashes of
/// their secrets (the secrets themselves are never stored). Every change appends its audit event.
public struct WebSessionStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records a sign-in link for `userID`, valid until `expiresAt` (audit `web.sign-in-link.issued`).
    public func insertLink(userID: UserID, hash: [UInt8], expiresAt: Instant, at instant: Instant) throws {
        try connection.run(
            """
            INSERT INTO web_sign_in_links(user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)
            """, userID, hash, instant, expiresAt)
        try AuditLog(connection).append(
            AuditEvent(
                action: "web.sign-in-link.issued", subjectType: "user", subjectID: userID.rawValue,
                actor: .system("web sign-in"), at: instant))
    }

    /// How many links `userID` was sent after `instant`.
    public func linksIssued(to userID: UserID, after instant: Instant) throws -> Int {
        Int(
            try connection.scalar(
                """
                SELECT count(*) FROM web_sign_in_links WHERE user_id = ? AND created_at > ?
                """, userID, instant, as: Int64.self) ?? 0)
    }

    /// Marks the link whose hash is `hash` used and returns its user, when it exists, is unused
    /// and unexpired at `instant`; nil otherwise (audit `web.sign-in-link.used`).
    public func consumeLink(hash: [UInt8], at instant: Instant) throws -> UserID? {
        guard
            let (id, userID) = try connection.queryOne(
                """
                SELECT id, user_id FROM web_sign_in_links WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?
                """, hash, instant, map: { row in (try row.int64(0), try row.decode(1) as UserID) })
        else { return nil }
        try connection.run("UPDATE web_sign_in_links SET used_at = ? WHERE id = ?", instant, id)
        try AuditLog(connection).append(
            AuditEvent(
                action: "web.sign-in-link.used", subjectType: "user", subjectID: userID.rawValue,
                actor: .user(userID), at: instant))
        return userID
    }

    /// Opens a session for `userID` until `expiresAt` (audit `web.session.opened`); a sign-in is
    /// the account's activity (``AccountActivityStore/record(_:at:)``).
    public func openSession(userID: UserID, hash: [UInt8], expiresAt: Instant, at instant: Instant) throws {
        try AccountActivityStore(connection).record(userID, at: instant)
        try connection.run(
            """
            INSERT INTO web_sessions(user_id, session_hash, created_at, expires_at) VALUES (?, ?, ?, ?)
            """, userID, hash, instant, expiresAt)
        try AuditLog(connection).append(
            AuditEvent(
                action: "web.session.opened", subjectType: "web-session", subjectID: connection.lastInsertRowID,
                actor: .user(userID), at: instant, details: ["userID": String(userID.rawValue)]))
    }

    /// The user of the live session whose hash is `hash` at `instant`, or nil.
    public func user(session hash: [UInt8], at instant: Instant) throws -> UserID? {
        try connection.queryOne(
            """
            SELECT user_id FROM web_sessions WHERE session_hash = ? AND ended_at IS NULL AND expires_at > ?
            """, hash, instant, map: { row in try row.decode(0) as UserID })
    }

    /// Ends the live session whose hash is `hash` (audit `web.session.ended`); nothing when none.
    public func endSession(hash: [UInt8], at instant: Instant) throws {
        guard
            let (id, userID) = try connection.queryOne(
                """
                SELECT id, user_id FROM web_sessions WHERE session_hash = ? AND ended_at IS NULL
                """, hash, map: { row in (try row.int64(0), try row.decode(1) as UserID) })
        else { return }
        try connection.run("UPDATE web_sessions SET ended_at = ? WHERE id = ?", instant, id)
        try AuditLog(connection).append(
            AuditEvent(
                action: "web.session.ended", subjectType: "web-session", subjectID: id, actor: .user(userID),
                at: instant,
                details: ["userID": String(userID.rawValue)]))
    }
}
