/// Identifies a ``ContactMessage``.
public typealias ContactMessageID = ID<ContactMessage>

/// A message written to the programme team through the contact form (issue #22), read by the
/// operators in their console and marked handled once answered (by e-mail, outside the platform).
public struct ContactMessage: Hashable, Sendable {
    public var id: ContactMessageID
    /// The account of the writer when they were signed in; nil for a visitor.
    public var userID: UserID?
    /// The name the writer gave.
    public var name: String
    /// The address the team answers to.
    public var email: EmailAddress
    public var subject: ContactSubject
    /// The message itself.
    public var text: String
    public var receivedAt: Instant
    /// When an operator marked it handled; nil while it waits.
    public var handledAt: Instant?

    public init(
        id: ContactMessageID, userID: UserID?, name: String, email: EmailAddress, subject: ContactSubject,
        text: String, receivedAt: Instant, handledAt: Instant?
    ) {
        self.id = id
        self.userID = userID
        self.name = name
        self.email = email
        self.subject = subject
        self.text = text
        self.receivedAt = receivedAt
        self.handledAt = handledAt
    }
}

/// A message as typed on the contact form, before it is checked (``validated()``).
public struct NewContactMessage: Sendable, Equatable {
    /// The longest name kept.
    public static let maximumNameLength = 200
    /// The longest message kept.
    public static let maximumTextLength = 5000
    /// How many messages one client address may send within ``rateWindowMinutes``.
    public static let maximumPerClient = 5
    /// How many messages one e-mail address may send within ``rateWindowMinutes``.
    public static let maximumPerEmail = 3
    /// The window of the two limits above.
    public static let rateWindowMinutes = 60

    public var name: String
    public var email: String
    public var subject: String
    public var text: String

    public init(name: String, email: String, subject: String, text: String) {
        self.name = name
        self.email = email
        self.subject = subject
        self.text = text
    }

    /// Every rule the message breaks, in the form's order (empty when it may be sent).
    public var problems: [ContactError] {
        var problems: [ContactError] = []
        let name = name.trimmingWhitespace()
        if name.isEmpty {
            problems.append(.nameRequired)
        } else if name.count > Self.maximumNameLength {
            problems.append(.nameTooLong)
        }
        if (try? EmailAddress(email)) == nil { problems.append(.emailInvalid) }
        if ContactSubject(rawValue: subject) == nil { problems.append(.subjectUnknown) }
        problems += MissionQuestion.textProblems(text, maximum: Self.maximumTextLength)
        return problems
    }

    /// The checked parts: the trimmed name, the address, the subject and the trimmed text.
    /// - Throws: the first of ``problems``.
    public func validated() throws -> (name: String, email: EmailAddress, subject: ContactSubject, text: String) {
        if let problem = problems.first { throw problem }
        return (
            name.trimmingWhitespace(), try EmailAddress(email), ContactSubject(rawValue: subject) ?? .other,
            text.trimmingWhitespace()
        )
    }
}
