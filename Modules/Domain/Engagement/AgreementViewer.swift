/// Who looks at an agreement, as far as what they may do on it goes: a signed-in user (the sides
/// they stand for and the roles that act on it) or the command line.
public enum AgreementViewer: Hashable, Sendable {
    /// A signed-in user: the sides they stand for (``AgreementAccess/parties(of:)``), whether they
    /// are a referent of the agreement's employer or above it (``AgreementAccess/isReferent(_:)``:
    /// they issue its mission orders), whether they hold the operator role.
    case user(parties: [AgreementParty], isReferent: Bool, isOperator: Bool)
    /// The command line (`talents-admin`): it acts for the programme on any agreement, issues
    /// mission orders in the employer's name, and neither signs nor leaves feedback (no account).
    case commandLine

    /// The sides the viewer stands for; none for the command line.
    public var parties: [AgreementParty] {
        switch self {
        case .user(let parties, _, _): parties
        case .commandLine: []
        }
    }

    /// Whether the viewer issues the agreement's mission orders: a referent of its employer, the command line.
    public var issuesMissionOrders: Bool {
        switch self {
        case .user(_, let isReferent, _): isReferent
        case .commandLine: true
        }
    }

    /// The side the viewer leaves feedback as: the talent's, else the owner's; nil for anyone else.
    public var feedbackSide: FeedbackSide? {
        parties.contains(.talent) ? .talent : parties.contains(.owner) ? .owner : nil
    }

    /// Whether the viewer acts as one of `parties`; the command line passes every party check of
    /// the use cases (it acts for nobody in particular).
    func actsAs(_ parties: AgreementParty...) -> Bool {
        switch self {
        case .user(let mine, _, _): mine.contains(where: parties.contains)
        case .commandLine: true
        }
    }

    /// Whether the viewer acts for the programme: an operator or the command line.
    var actsForProgramme: Bool {
        switch self {
        case .user(_, _, let isOperator): isOperator
        case .commandLine: true
        }
    }
}
