/// One entry of the append-only audit trail: who did what to which subject, and when.
///
/// Details hold identifiers, states and codes — never personal data such as names, e-mail
/// addresses or free text, so the trail can be kept after an account is anonymised.
public struct AuditEvent: Hashable, Sendable, Codable {
    /// The subject's kind, e.g. `"mission"`; with ``subjectID`` it names the changed record.
    public var subjectType: String
    /// The subject's identifier, when it has one.
    public var subjectID: Int64?
    /// What happened, as `<subject>.<verb>`, e.g. `"mission.published"`.
    public var action: String
    /// Who did it.
    public var actor: Actor
    /// When.
    public var at: Instant
    /// Extra facts (ids, states, codes), sorted by key when stored.
    public var details: [String: String]

    /// Creates an event.
    public init(
        action: String, subjectType: String, subjectID: Int64?, actor: Actor, at: Instant,
        details: [String: String] = [:]
    ) {
        self.action = action
        self.subjectType = subjectType
        self.subjectID = subjectID
        self.actor = actor
        self.at = at
        self.details = details
    }
}
