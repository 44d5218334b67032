/// Which audit events to read; every criterion that is set must hold (AND).
public struct AuditFilter: Sendable, Hashable {
    /// The subject's kind, e.g. `"mission"`.
    public var subjectType: String?
    /// The subject's identifier.
    public var subjectID: Int64?
    /// Who made the change.
    public var actor: Actor?
    /// What happened, e.g. `"mission.published"`.
    public var action: String?
    /// Events at or after this instant.
    public var from: Instant?
    /// Events strictly before this instant, so consecutive windows do not overlap.
    public var to: Instant?

    /// A filter; with no argument, every event.
    public init(
        subjectType: String? = nil, subjectID: Int64? = nil, actor: Actor? = nil, action: String? = nil,
        from: Instant? = nil, to: Instant? = nil
    ) {
        self.subjectType = subjectType
        self.subjectID = subjectID
        self.actor = actor
        self.action = action
        self.from = from
        self.to = to
    }
}
