public import Domain
import Notifications
import Persistence
import Support

extension Workflows {
    /// How long messages to the team and questions about missions are kept after their last
    /// message (docs/privacy.md).
    public static let contactRetentionDays = 365

    /// Records a message to the programme team (issue #22), from anybody, signed in (`user`) or
    /// not, and announces it to the team's mailbox (``Configuration/contactMailbox``) without
    /// its text; audit `contact-message.received`. At most ``NewContactMessage/maximumPerClient``
    /// messages per client address and ``NewContactMessage/maximumPerEmail`` per e-mail address
    /// within ``NewContactMessage/rateWindowMinutes`` minutes.
    /// - Parameter clientAddress: the sender's network address, kept only as a hash.
    /// - Throws: ``ContactError`` (the first problem of the form, or ``ContactError/tooManyMessages``).
    public func sendContactMessage(_ new: NewContactMessage, clientAddress: String, user: User?) throws
        -> ContactMessage
    {
        let checked = try new.validated()
        let now = clock.now
        let hash = Base64URL.encode(SHA256.hash(Array("contact-client:\(clientAddress)".utf8)).bytes)
        let mailbox = configuration.contactMailbox
        return try database.write { connection in
            let store = ContactMessageStore(connection)
            let recent = try store.countSince(
                now.adding(minutes: -NewContactMessage.rateWindowMinutes), clientHash: hash, email: checked.email)
            guard recent.client < NewContactMessage.maximumPerClient, recent.email < NewContactMessage.maximumPerEmail
            else { throw ContactError.tooManyMessages }
            let message = try store.insert(
                name: checked.name, email: checked.email, subject: checked.subject, text: checked.text,
                userID: user?.id, clientHash: hash, by: user.map { .user($0.id) } ?? .system("contact-form"), at: now)
            if let mailbox {
                try Outbox(connection).enqueue(
                    Notice(
                        to: Recipient(userID: nil, email: mailbox),
                        .contactMessageReceived(messageID: message.id.rawValue, subject: checked.subject.rawValue)),
                    at: now)
            }
            return message
        }
    }

    /// One page of the messages to the team (the operator): those waiting first, oldest first;
    /// `handled` keeps only the handled (true) or waiting (false) ones.
    /// - Returns: the page and how many messages the list holds.
    /// - Throws: ``AccessError``.
    public func contactMessages(handled: Bool?, limit: Int, offset: Int, by caller: Caller) throws -> (
        messages: [ContactMessage], total: Int
    ) {
        try caller.require(.operator, to: "read the messages to the programme team")
        return try database.read { connection in
            let store = ContactMessageStore(connection)
            return (
                try store.page(handled: handled, limit: limit, offset: max(0, offset)),
                try store.count(handled: handled)
            )
        }
    }

    /// Marks a message to the team handled, or waiting again (the operator; audit
    /// `contact-message.handled` or `contact-message.reopened`).
    /// - Throws: ``AccessError``, ``NotFoundError``.
    public func markContactMessage(_ id: ContactMessageID, handled: Bool, by caller: Caller) throws -> ContactMessage {
        try caller.require(.operator, to: "mark a message to the programme team")
        let now = clock.now
        return try database.write { connection in
            let store = ContactMessageStore(connection)
            guard var message = try store.find(id) else { throw NotFoundError("contact-message", id: id) }
            guard (message.handledAt != nil) != handled else { return message }
            try store.mark(id, handled: handled, by: caller.actor, at: now)
            message.handledAt = handled ? now : nil
            return message
        }
    }

    /// Erases the messages to the team received before `instant` and the questions about
    /// missions whose last message (the answer, else the question) is older: the register's
    /// retention, for the daily retention job (audit `contact-message.purged`,
    /// `mission-question.purged`, counts only).
    /// - Returns: how many messages and questions were erased.
    @discardableResult
    public func purgeMessagesAndQuestions(before instant: Instant) throws -> (messages: Int, questions: Int) {
        let now = clock.now
        return try database.write { connection in
            (
                try ContactMessageStore(connection).purge(before: instant, by: .system("retention"), at: now),
                try MissionQuestionStore(connection).purge(before: instant, by: .system("retention"), at: now)
            )
        }
    }

    /// ``purgeMessagesAndQuestions(before:)`` for what is older than ``contactRetentionDays``.
    @discardableResult
    public func purgeExpiredMessagesAndQuestions() throws -> (messages: Int, questions: Int) {
        try purgeMessagesAndQuestions(before: clock.now.adding(days: -Self.contactRetentionDays))
    }
}
