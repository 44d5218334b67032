/// The kind of help a mission asks for (the programme's seven natures).
public enum MissionNature: String, Sendable, Codable, CaseIterable {
    /// Support to a team (*appui*).
    case support
    /// Sharing lessons learned (*retour d'expérience*).
    case lessonsLearned = "lessons-learned"
    /// Passing skills on (*transfert de compétences*).
    case skillTransfer = "skill-transfer"
    /// Advice (*conseil*).
    case advice
    /// Building a software component (*développement d'un composant logiciel*).
    case softwareComponent = "software-component"
    /// Securing a system (*sécurisation*).
    case securityHardening = "security-hardening"
    /// Improving usability (*amélioration de l'ergonomie*).
    case uxImprovement = "ux-improvement"

    /// The French name.
    public var label: String {
        switch self {
        case .support: "Appui"
        case .lessonsLearned: "Retour d'expérience"
        case .skillTransfer: "Transfert de compétences"
        case .advice: "Conseil"
        case .softwareComponent: "Développement d'un composant logiciel"
        case .securityHardening: "Sécurisation"
        case .uxImprovement: "Amélioration de l'ergonomie"
        }
    }
}
