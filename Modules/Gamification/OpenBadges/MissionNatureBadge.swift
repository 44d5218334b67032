public import Domain

/// The badge class of one mission nature: its French name, description and criteria.
public struct MissionNatureBadge: Hashable, Sendable {
    /// The nature.
    public let nature: MissionNature

    /// The badge of `nature`.
    public init(_ nature: MissionNature) {
        self.nature = nature
    }

    /// The badge of the nature whose raw value is `code` (a URL segment), or nil.
    public init?(code: String) {
        guard let nature = MissionNature(rawValue: code) else { return nil }
        self.init(nature)
    }

    /// E.g. « Mission Transfert de compétences ».
    public var name: String { "Mission \(nature.label)" }

    /// What a diploma of this class attests.
    public var description: String {
        "Ce diplôme virtuel atteste qu'un agent public a mené à bien une mission « \(nature.label) » pour une autre "
            + "administration, dans le cadre du programme Partagez vos talents numériques."
    }

    /// How it is earned.
    public var criteria: String {
        "Mener à bien une mission « \(nature.label) » : accord tripartite signé par l'agent, son responsable "
            + "hiérarchique et le responsable de mission, ordre de mission émis, heures validées, puis mission "
            + "déclarée terminée par le responsable de mission."
    }

    /// The badge colour, one per nature.
    var colour: String {
        switch nature {
        case .support: "#000091"
        case .lessonsLearned: "#6a6af4"
        case .skillTransfer: "#18753c"
        case .advice: "#a558a0"
        case .softwareComponent: "#0063cb"
        case .securityHardening: "#ce0500"
        case .uxImprovement: "#b34000"
        }
    }
}
