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

extension PublicService {
    /// Reads a comma-separated list such as `state,territorial` (configuration); nil when a
    /// value is unknown or the list is empty.
    public static func set(parsing text: String) -> Set<PublicService>? {
        let values = text.split(separator: ",").map { PublicService(rawValue: String($0).trimmingWhitespace()) }
        guard !values.isEmpty, values.allSatisfy({ $0 != nil }) else { return nil }
        return Set(values.compactMap { $0 })
    }
}
