/// One row of the notification outbox: a message owed to one recipient, and where its
/// delivery stands.
public struct OutboxEntry: Hashable, Sendable {
    /// Where a row is in its life.
    public enum Status: String, Sendable, Codable, CaseIterable {
        /// Waiting for its next attempt.
        case pending
        /// Claimed by a worker until the lease expires.
        case sending
        /// Accepted by the mail transport.
        case sent
        /// Given up: a permanent failure or too many attempts; the operator may retry it.
        case parked
    }

    /// The row's identifier, from which the `Message-ID` derives.
    public let id: Int64
    /// The notification kind, e.g. `answer-reminder`.
    public let kind: String
    /// The recipient's account, when there is one.
    public let recipientUserID: UserID?
    /// The recipient's address.
    public let recipientEmail: String
    /// The event as JSON.
    public let payload: String
    /// The uniqueness key of scheduled messages.
    public let key: String?
    /// Where delivery stands.
    public let status: Status
    /// Attempts so far, the one in progress included.
    public let attempts: Int
    /// When a pending row may be tried.
    public let nextAttemptAt: Instant
    /// Until when the worker that claimed the row owns it.
    public let leaseUntil: Instant?
    /// The last failure, as the transport reported it.
    public let lastError: String?
    /// When the notification was queued.
    public let createdAt: Instant
    /// When the transport accepted it.
    public let sentAt: Instant?

    /// Creates the value.
    public init(
        id: Int64,
        kind: String,
        recipientUserID: UserID?,
        recipientEmail: String,
        payload: String,
        key: String?,
        status: Status,
        attempts: Int,
        nextAttemptAt: Instant,
        leaseUntil: Instant?,
        lastError: String?,
        createdAt: Instant,
        sentAt: Instant?
    ) {
        self.id = id
        self.kind = kind
        self.recipientUserID = recipientUserID
        self.recipientEmail = recipientEmail
        self.payload = payload
        self.key = key
        self.status = status
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.leaseUntil = leaseUntil
        self.lastError = lastError
        self.createdAt = createdAt
        self.sentAt = sentAt
    }
}
