/// An action on an agreement (or that needs it in a given status), with the statuses it is allowed from.
public enum AgreementAction: String, Sendable, Codable, CaseIterable {
    /// The owner changes the terms, which clears the signatures.
    case editTerms = "edit-terms"
    /// The parties are fixed again from the talent's profile, which clears the signatures.
    case changeParties = "change-parties"
    /// A party signs.
    case sign
    /// The line manager refuses for service needs.
    case refuse
    /// A referent issues the mission order.
    case issueMissionOrder = "issue-mission-order"
    /// The talent reports time.
    case reportTime = "report-time"
    /// The owner declares the mission completed.
    case complete
    /// A party stops the engagement.
    case interrupt
    /// The talent or the owner leaves feedback.
    case giveFeedback = "give-feedback"

    /// The statuses from which the action is allowed.
    public var allowedStatuses: [AgreementStatus] {
        switch self {
        case .editTerms, .changeParties, .sign, .refuse: [.awaitingSignatures]
        case .issueMissionOrder, .reportTime, .complete: [.signed]
        // Any party may stop it, before the signatures (a talent who changes their mind) or after.
        case .interrupt: [.awaitingSignatures, .signed]
        case .giveFeedback: [.completed, .interrupted]
        }
    }

    /// Whether the action is allowed from `status`.
    public func isAllowed(from status: AgreementStatus) -> Bool {
        allowedStatuses.contains(status)
    }

    /// The action in words, for messages: "edit terms".
    public var verb: String {
        rawValue.split(separator: "-").joined(separator: " ")
    }
}
