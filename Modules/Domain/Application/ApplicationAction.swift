/// An action that changes an application's state, with the statuses it is allowed from.
public enum ApplicationAction: String, Sendable, Codable, CaseIterable {
    /// The owner proposes (or reschedules) an exchange.
    case proposeInterview = "propose-interview"
    /// The owner accepts the talent.
    case accept
    /// The owner declines, with a reason.
    case decline
    /// The talent withdraws, with a reason, at any time before the agreement.
    case withdraw
    /// The operator reopens an application declined by mistake, with a reason.
    case reopen

    /// The statuses from which the action is allowed.
    public var allowedStatuses: [ApplicationStatus] {
        switch self {
        case .proposeInterview, .accept, .decline: [.submitted, .interviewProposed]
        case .withdraw: [.submitted, .interviewProposed, .accepted]
        case .reopen: [.declined]
        }
    }

    /// Whether the action is allowed from `status`.
    public func isAllowed(from status: ApplicationStatus) -> Bool {
        allowedStatuses.contains(status)
    }

    /// The action in words, for messages: "propose interview".
    public var verb: String {
        rawValue.split(separator: "-").joined(separator: " ")
    }
}
