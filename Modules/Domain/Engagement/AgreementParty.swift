/// One of the three signatories of a tripartite agreement.
public enum AgreementParty: String, Sendable, Codable, CaseIterable, Comparable {
    /// The talent who lends their time.
    case talent
    /// The talent's line manager, who agrees for the service.
    case lineManager = "line-manager"
    /// The mission owner of the beneficiary administration.
    case owner

    /// Orders parties as declared, so lists of parties print in a stable order.
    public static func < (lhs: AgreementParty, rhs: AgreementParty) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Who ended an agreement: one of its parties, or the programme's operator (API or command line).
public enum AgreementEnder: String, Sendable, Codable, CaseIterable {
    /// See ``AgreementParty/talent``.
    case talent
    /// See ``AgreementParty/lineManager``.
    case lineManager = "line-manager"
    /// See ``AgreementParty/owner``.
    case owner
    /// The operator, through the API or `talents-admin`.
    case `operator`

    /// The ender standing for `party`.
    public init(_ party: AgreementParty) {
        switch party {
        case .talent: self = .talent
        case .lineManager: self = .lineManager
        case .owner: self = .owner
        }
    }
}
