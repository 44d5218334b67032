/// Where a page of an application listing ended: the due date of its last application and that
/// application's id. The next page holds the applications strictly after it in the order
/// "oldest due first, then by id" (keyset pagination: no repeat, no skip when others arrive).
public struct ApplicationSearchPosition: Hashable, Sendable {
    /// The last application's due date.
    public var dueAt: Instant
    /// The last application's id, the tie-breaker.
    public var id: ApplicationID

    /// Creates a position.
    public init(dueAt: Instant, id: ApplicationID) {
        self.dueAt = dueAt
        self.id = id
    }
}
