/// Where a tripartite agreement is in its life.
public enum AgreementStatus: String, Sendable, Codable, CaseIterable {
    /// Terms proposed; some of the three parties have not signed yet.
    case awaitingSignatures = "awaiting-signatures"
    /// All three parties signed: a mission order may be issued, then work starts.
    case signed
    /// The line manager refused for service needs; the agreement is over.
    case refused
    /// The owner declared the mission done.
    case completed
    /// A party (or the operator) stopped the engagement before its end, with a reason.
    case interrupted

    /// Whether the engagement is over (refused, completed or interrupted).
    public var isEnded: Bool {
        switch self {
        case .awaitingSignatures, .signed: false
        case .refused, .completed, .interrupted: true
        }
    }
}
