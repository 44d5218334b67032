public import Domain

/// What the register of mission orders shows: which orders (a period they overlap, their state,
/// a text), for a referent's administration or, for the operator, any.
public struct MissionOrderRegisterFilter: Sendable, Hashable {
    /// The state of the orders listed.
    public enum State: String, Sendable, CaseIterable {
        /// Not cancelled.
        case inForce = "en-vigueur"
        /// Cancelled.
        case cancelled = "annule"
    }

    /// The first day of the period the orders' dates overlap; nil for no lower bound.
    public var from: LocalDate?
    /// The last day of that period; nil for no upper bound.
    public var until: LocalDate?
    /// The state; nil for both.
    public var state: State?
    /// A text the reference, the agent's name, the mission's title or the beneficiary
    /// administration's name or acronym holds (case ignored); nil or empty for any.
    public var text: String?
    /// For the operator, the issuing administration (and those under it); ignored for a referent,
    /// who always reads their own.
    public var administrationID: AdministrationID?

    /// A filter; every criterion is optional.
    public init(
        from: LocalDate? = nil, until: LocalDate? = nil, state: State? = nil, text: String? = nil,
        administrationID: AdministrationID? = nil
    ) {
        self.from = from
        self.until = until
        self.state = state
        self.text = text
        self.administrationID = administrationID
    }
}

/// One mission order of the register, with what it names.
public struct MissionOrderRegisterLine: Sendable {
    /// The order.
    public let order: MissionOrder
    /// The display name of the agent it sends.
    public let agent: String
    /// The mission's title.
    public let missionTitle: String
    /// The administration that issued it.
    public let issuer: Administration
    /// The administration the agent works for during the mission (the mission's).
    public let beneficiary: Administration
    /// The hours of the agreement it covers.
    public let hoursBudget: Int
    /// The display name of the referent who issued it; nil when the command line did.
    public let issuedBy: String?
}
