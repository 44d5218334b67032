/// The three signatories of a tripartite agreement.
public enum AgreementParty: String, Sendable, Codable, CaseIterable, Comparable {
    /// The talent.
    case talent
    /// The talent's line manager.
    case lineManager = "line-manager"
    /// The mission owner.
    case owner

    /// The French name, e.g. "le responsable hiérarchique".
    public var label: String {
        switch self {
        case .talent: "le talent"
        case .lineManager: "le responsable hiérarchique"
        case .owner: "le responsable de mission"
        }
    }

    /// Orders parties as declared, so lists print in a stable order.
    public static func < (lhs: AgreementParty, rhs: AgreementParty) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
