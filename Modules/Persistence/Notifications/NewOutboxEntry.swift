public import Domain

/// A notification to queue.
public struct NewOutboxEntry: Hashable, Sendable {
    /// The notification kind.
    public var kind: String
    /// The recipient's account, when there is one.
    public var recipientUserID: UserID?
    /// The recipient's address.
    public var recipientEmail: EmailAddress
    /// The event as JSON.
    public var payload: String
    /// The uniqueness key, for scheduled messages.
    public var key: String?

    /// Creates an entry.
    public init(kind: String, recipientUserID: UserID?, recipientEmail: EmailAddress, payload: String, key: String?) {
        self.kind = kind
        self.recipientUserID = recipientUserID
        self.recipientEmail = recipientEmail
        self.payload = payload
        self.key = key
    }
}
