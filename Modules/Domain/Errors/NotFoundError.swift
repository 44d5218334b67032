/// A record that the input names does not exist (or is not visible to the caller).
public struct NotFoundError: DomainError, Equatable {
    /// The kind of record, e.g. `"mission"`.
    public let subject: String
    /// The identifier or key that was looked up.
    public let key: String
    /// The input field that named it, when there is one.
    public let field: String?

    /// Creates the error for `subject` looked up by `key`.
    public init(_ subject: String, key: String, field: String? = nil) {
        self.subject = subject
        self.key = key
        self.field = field
    }

    /// Creates the error for a record looked up by its identifier.
    public init<Tag>(_ subject: String, id: ID<Tag>, field: String? = nil) {
        self.init(subject, key: String(id.rawValue), field: field)
    }

    /// `"<subject>-not-found"`.
    public var code: String { "\(subject)-not-found" }

    /// See ``DomainError/message``.
    public var message: String { "No \(subject) '\(key)' was found." }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind { .notFound }
}
