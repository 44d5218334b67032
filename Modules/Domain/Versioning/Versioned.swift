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
