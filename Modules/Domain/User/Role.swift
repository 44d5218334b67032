/// What a user may do on the platform; one person may hold several roles.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    /// A state agent who lends skills (*talent numérique*).
    case talent
    /// Runs missions in a beneficiary administration (*responsable de mission*).
    case missionOwner = "mission-owner"
    /// A talent's manager, who agrees or refuses for service needs (*responsable hiérarchique*).
    case lineManager = "line-manager"
    /// Issues mission orders and sees an administration's credits (*référent*).
    case referent
    /// The programme team: moderates, publishes, reports (*opérateur*).
    case `operator`

    /// The French name.
    public var label: String {
        switch self {
        case .talent: "Talent numérique"
        case .missionOwner: "Responsable de mission"
        case .lineManager: "Responsable hiérarchique"
        case .referent: "Référent d'administration"
        case .operator: "Opérateur du programme"
        }
    }

    /// Whether the role only makes sense within an administration (a referent acts for one).
    public var requiresAdministration: Bool {
        self == .referent
    }

    /// Orders roles as declared, so lists of roles print in a stable order.
    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
