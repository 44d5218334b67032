public import Domain

/// A message owed to one person because something happened: what happened (``event``), to
/// whom (``recipient``) and, for scheduled messages, the key that makes it unique.
///
/// Notifications are queued in the outbox in the same transaction as the event, and rendered
/// into an e-mail (``MessageCatalogue``) only when delivered.
public struct Notice: Hashable, Sendable {
    /// Who receives it.
    public var recipient: Recipient
    /// What happened.
    public var event: NotificationEvent
    /// For scheduled messages (reminders, digests), `kind:subject:step`: the outbox refuses a
    /// second notification with the same key, so a job run twice queues nothing twice.
    public var key: String?

    /// Creates a notification.
    public init(to recipient: Recipient, _ event: NotificationEvent, key: String? = nil) {
        self.recipient = recipient
        self.event = event
        self.key = key
    }

    /// The kind of the event.
    public var kind: NotificationKind { event.kind }
}

/// The person a notification goes to: an address, and the account when there is one (a line
/// manager may have none), for preferences.
public struct Recipient: Hashable, Sendable, Codable {
    /// The account, when the person has one.
    public var userID: UserID?
    /// Where to write.
    public var email: EmailAddress

    /// Creates a recipient.
    public init(userID: UserID?, email: EmailAddress) {
        self.userID = userID
        self.email = email
    }

    /// The recipient of a user's notifications.
    public init(_ user: User) {
        self.init(userID: user.id, email: user.email)
    }
}
