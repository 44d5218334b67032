/// An event with its sequence number in the trail (the order of the writes).
public struct AuditEntry: Sendable, Hashable {
    /// The position in the trail: increasing, never reused.
    public let sequence: Int64
    /// The event.
    public let event: AuditEvent

    /// Creates the value.
    public init(sequence: Int64, event: AuditEvent) {
        self.sequence = sequence
        self.event = event
    }
}
