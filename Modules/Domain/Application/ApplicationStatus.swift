/// The name of an ``ApplicationState``, stored as a string.
public enum ApplicationStatus: String, Sendable, Codable, CaseIterable {
    /// See ``ApplicationState/submitted``.
    case submitted
    /// See ``ApplicationState/interviewProposed(_:)``.
    case interviewProposed = "interview-proposed"
    /// See ``ApplicationState/accepted``.
    case accepted
    /// See ``ApplicationState/declined(_:)``.
    case declined
    /// See ``ApplicationState/withdrawn(_:)``.
    case withdrawn

    /// Whether an application in this status still counts: a talent has at most one live
    /// application per mission.
    public var isLive: Bool {
        switch self {
        case .submitted, .interviewProposed, .accepted: true
        case .declined, .withdrawn: false
        }
    }
}
