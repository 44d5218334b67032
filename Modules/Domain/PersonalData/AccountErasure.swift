/// What the erasure of an account did (``AccountClosure``): counts only, never personal data,
/// and the outbox messages whose copies in the mail folder must go too.
public struct AccountErasure: Sendable, Hashable, Encodable {
    /// The erased account, now named ``AccountClosure/pseudonym``.
    public let userID: UserID
    /// Why it was closed.
    public let reason: AccountClosureReason
    /// When.
    public let closedAt: Instant
    /// The outbox messages sent to the person or about them, emptied: their files in a maildir
    /// are removed (``MaildirTransport`` names them after `notification-<id>@…`).
    public let erasedMessageIDs: [Int64]
    /// Rows changed or removed, by table, for the audit event and the report.
    public let rows: [String: Int]

    /// Creates the value.
    public init(
        userID: UserID, reason: AccountClosureReason, closedAt: Instant, erasedMessageIDs: [Int64],
        rows: [String: Int]
    ) {
        self.userID = userID
        self.reason = reason
        self.closedAt = closedAt
        self.erasedMessageIDs = erasedMessageIDs
        self.rows = rows
    }

    private enum CodingKeys: String, CodingKey {
        case userID, reason, closedAt, erasedMessages, rows
    }

    /// Encodes the closure: `closedAt` in RFC 3339, the count of emptied messages, rows by table.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(userID, forKey: .userID)
        try container.encode(reason, forKey: .reason)
        try container.encode(closedAt.rfc3339, forKey: .closedAt)
        try container.encode(erasedMessageIDs.count, forKey: .erasedMessages)
        try container.encode(rows.filter { $0.value > 0 }, forKey: .rows)
    }
}
