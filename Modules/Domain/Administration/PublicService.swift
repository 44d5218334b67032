/// A branch of the French civil service (*versant de la fonction publique*).
public enum PublicService: String, Sendable, Codable, CaseIterable {
    /// The State (*fonction publique de l'État*, FPE): the programme's first scope.
    case state
    /// Local authorities (*fonction publique territoriale*, FPT).
    case territorial
    /// Public hospitals (*fonction publique hospitalière*, FPH).
    case hospital

    /// The French name.
    public var label: String {
        switch self {
        case .state: "Fonction publique de l'État"
        case .territorial: "Fonction publique territoriale"
        case .hospital: "Fonction publique hospitalière"
        }
    }

    /// The usual French acronym: FPE, FPT or FPH.
    public var acronym: String {
        switch self {
        case .state: "FPE"
        case .territorial: "FPT"
        case .hospital: "FPH"
        }
    }
}
