/// Why the pairing left a student without an ambassador.
public enum UnmatchedReason: String, Sendable, Codable, CaseIterable {
    /// No ambassador of the edition works in any of the wished job families.
    case noAmbassadorInWishedFamilies = "no-ambassador-in-wished-families"
    /// Ambassadors of the wished families exist, but none in the acceptable départements.
    case noAmbassadorInDepartements = "no-ambassador-in-departements"
    /// Acceptable ambassadors exist, but each hosts students who fit them better.
    case acceptableAmbassadorsFull = "acceptable-ambassadors-full"

    /// The French explanation.
    public var label: String {
        switch self {
        case .noAmbassadorInWishedFamilies: "Aucun ambassadeur ne pratique les métiers souhaités."
        case .noAmbassadorInDepartements: "Aucun ambassadeur des métiers souhaités dans les départements choisis."
        case .acceptableAmbassadorsFull:
            "Les ambassadeurs possibles accueillent déjà des étudiants plus proches de leur métier."
        }
    }
}
