import Domain

/// A stored value with its revision: incremented by every write, it is the resource's `ETag`
/// and what `If-Match` is checked against (optimistic concurrency).
public struct Versioned<Value: Sendable>: Sendable {
    /// The value.
    public var value: Value
    /// The revision, from 1.
    public var revision: Int

    /// Pairs a value with its revision.
    public init(_ value: Value, revision: Int) {
        self.value = value
        self.revision = revision
    }
}

extension Versioned: Equatable where Value: Equatable {}

/// A write that expected another revision of the record than the stored one: someone changed
/// it in between (HTTP 412 Precondition Failed).
public struct StaleRevisionError: Error, Equatable, CustomStringConvertible {
    /// The kind of record, e.g. `"mission"`.
    public let subject: String
    /// The revision the caller had.
    public let expected: Int
    /// The stored revision.
    public let current: Int

    /// A sentence naming both revisions.
    public var description: String {
        "The \(subject) changed since it was read (revision \(current), not \(expected)); read it again and retry."
    }
}

extension Connection {
    /// Checks `expected` against the stored revision of row `id` of `table` and increments it.
    /// Runs inside the write transaction, so the check and the write are atomic.
    /// - Returns: the new revision.
    func bumpRevision(table: String, subject: String, id: Int64, expected: Int?) throws -> Int {
        guard let current = try scalar("SELECT revision FROM \(table) WHERE id = ?", id, as: Int.self) else {
            throw NotFoundError(subject, key: String(id))
        }
        if let expected, expected != current {
            throw StaleRevisionError(subject: subject, expected: expected, current: current)
        }
        try run("UPDATE \(table) SET revision = revision + 1 WHERE id = ?", id)
        return current + 1
    }
}
