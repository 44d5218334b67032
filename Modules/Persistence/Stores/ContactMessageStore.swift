public import Domain

/// The messages written to the programme team (`contact_messages`, migration 16).
public struct ContactMessageStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records a checked message, with its audit event `contact-message.received` (ids only).
    /// - Parameter clientHash: the hash of the sender's network address, for the rate limit.
    public func insert(
        name: String, email: EmailAddress, subject: ContactSubject, text: String, userID: UserID?,
        clientHash: String, by actor: Actor, at instant: Instant
    ) throws -> ContactMessage {
        let message = ContactMessage(
            id: try connection.nextID(in: "contact_messages"), userID: userID, name: name, email: email,
            subject: subject, text: text, receivedAt: instant, handledAt: nil)
        try connection.run(
            """
            INSERT INTO contact_messages(id, user_id, name, email, subject, body, client_hash, received_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, message.id, userID, name, email.value, subject.rawValue, text, clientHash, instant)
        try AuditLog(connection).append(
            AuditEvent(
                action: "contact-message.received", subjectType: "contact-message", subjectID: message.id.rawValue,
                actor: actor, at: instant, details: ["subject": subject.rawValue]))
        return message
    }

    /// How many messages came from `clientHash` or from `email` since `instant`.
    public func countSince(_ instant: Instant, clientHash: String, email: EmailAddress) throws -> (
        client: Int, email: Int
    ) {
        let client =
            try connection.scalar(
                "SELECT count(*) FROM contact_messages WHERE client_hash = ? AND received_at >= ?",
                clientHash, instant, as: Int.self) ?? 0
        let address =
            try connection.scalar(
                "SELECT count(*) FROM contact_messages WHERE email = ? AND received_at >= ?", email.value,
                instant, as: Int.self) ?? 0
        return (client, address)
    }

    /// The message with `id`, or nil.
    public func find(_ id: ContactMessageID) throws -> ContactMessage? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: Self.message)
    }

    /// One page of messages: those waiting first (oldest first), then the handled ones (newest
    /// first); `handled` keeps only one of the two when given.
    public func page(handled: Bool?, limit: Int, offset: Int) throws -> [ContactMessage] {
        try connection.query(
            """
            \(Self.select) \(Self.filter(handled))
            ORDER BY handled_at IS NOT NULL, CASE WHEN handled_at IS NULL THEN received_at ELSE -handled_at END, id
            LIMIT ? OFFSET ?
            """, limit, offset, map: Self.message)
    }

    /// How many messages ``page(handled:limit:offset:)`` pages through.
    public func count(handled: Bool?) throws -> Int {
        try connection.scalar("SELECT count(*) FROM contact_messages \(Self.filter(handled))", as: Int.self) ?? 0
    }

    /// Marks a message handled (or waiting again), with its audit event
    /// `contact-message.handled` or `contact-message.reopened`.
    public func mark(_ id: ContactMessageID, handled: Bool, by actor: Actor, at instant: Instant) throws {
        try connection.run(
            "UPDATE contact_messages SET handled_at = ?, handled_by = ? WHERE id = ?", handled ? instant : nil,
            handled ? Self.userID(of: actor) : nil, id)
        try AuditLog(connection).append(
            AuditEvent(
                action: handled ? "contact-message.handled" : "contact-message.reopened",
                subjectType: "contact-message", subjectID: id.rawValue, actor: actor, at: instant))
    }

    /// Erases the messages received before `instant` (the register's retention), with one audit
    /// event `contact-message.purged` counting them.
    /// - Returns: how many were erased.
    public func purge(before instant: Instant, by actor: Actor, at now: Instant) throws -> Int {
        let erased = try connection.run("DELETE FROM contact_messages WHERE received_at < ?", instant)
        if erased > 0 {
            try AuditLog(connection).append(
                AuditEvent(
                    action: "contact-message.purged", subjectType: "contact-message", subjectID: nil, actor: actor,
                    at: now, details: ["count": String(erased)]))
        }
        return erased
    }

    private static func userID(of actor: Actor) -> UserID? {
        if case .user(let id) = actor { id } else { nil }
    }

    private static let select =
        "SELECT id, user_id, name, email, subject, body, received_at, handled_at FROM contact_messages"

    private static func filter(_ handled: Bool?) -> String {
        switch handled {
        case nil: ""
        case true?: "WHERE handled_at IS NOT NULL"
        case false?: "WHERE handled_at IS NULL"
        }
    }

    private static func message(_ row: Row) throws -> ContactMessage {
        ContactMessage(
            id: try row.decode(0), userID: try row.decode(1), name: try row.string(2),
            email: try EmailAddress(try row.string(3)),
            subject: ContactSubject(rawValue: try row.string(4)) ?? .other, text: try row.string(5),
            receivedAt: try row.decode(6), handledAt: try row.decode(7))
    }
}
