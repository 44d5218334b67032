public import Domain

/// Where an agreement stands for the line manager who signs it for their agent: what
/// `/agents-encadres` and its filter show.
public enum SupervisedAgreementState: String, Sendable, CaseIterable {
    /// Awaiting signatures, the line manager's among them.
    case toSign = "to-sign"
    /// Signed by the line manager, awaiting the other signatures or the mission order.
    case signed
    /// Refused by the line manager for service needs.
    case refused
    /// Signed by the three parties with its mission order in force: the agent is on the mission.
    case running
    /// Interrupted by a party or the operator.
    case interrupted
    /// Completed.
    case completed

    /// The state of `view`'s agreement for its line manager.
    public init(_ view: AgreementView) {
        let agreement = view.agreement
        switch agreement.status {
        case .awaitingSignatures: self = agreement.signature(of: .lineManager) == nil ? .toSign : .signed
        case .signed: self = view.missionOrder == nil ? .signed : .running
        case .refused: self = .refused
        case .interrupted: self = .interrupted
        case .completed: self = .completed
        }
    }
}

/// One page of the agreements a line manager signs for (``Workflows/agreementsForLineManager(state:page:by:)``).
public struct SupervisedAgreementPage: Sendable {
    /// How many agreements a page holds.
    public static let size = 20
    /// The agreements of the page, each with its state.
    public let items: [(view: AgreementView, state: SupervisedAgreementState)]
    /// The page number, from 1.
    public let page: Int
    /// How many pages the list has (at least 1).
    public let pageCount: Int
    /// How many agreements the list holds in all.
    public let total: Int
}
