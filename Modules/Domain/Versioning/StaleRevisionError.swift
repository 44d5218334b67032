/// A write that expected another revision of the record than the stored one: someone changed
/// it in between (HTTP 412 Precondition Failed).
public struct StaleRevisionError: Error, Equatable, CustomStringConvertible {
    /// The kind of record, e.g. `"mission"`.
    public let subject: String
    /// The revision the caller had.
    public let expected: Int
    /// The stored revision.
    public let current: Int

    /// The error for a write that expected `expected` when `current` is stored.
    public init(subject: String, expected: Int, current: Int) {
        self.subject = subject
        self.expected = expected
        self.current = current
    }

    /// A sentence naming both revisions.
    public var description: String {
        "The \(subject) changed since it was read (revision \(current), not \(expected)); read it again and retry."
    }
}
