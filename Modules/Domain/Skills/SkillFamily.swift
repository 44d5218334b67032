/// A family of skills: the State's digital job families, then the cross-cutting fields
/// linked to digital (procurement, legal…) that missions may also call for.
public enum SkillFamily: String, Sendable, Codable, CaseIterable {
    /// Enterprise, solution and technical architecture.
    case architecture
    /// Software development and testing.
    case development
    /// Data engineering, science, analysis and governance.
    case data
    /// Steering digital teams, budgets and strategy.
    case management
    /// Networks, systems and the digital workplace.
    case infrastructure
    /// Projects and products: delivery, agility, business analysis.
    case projectProduct = "project-product"
    /// Information security.
    case security
    /// Servers, containers and cloud operations.
    case serverCloud = "server-cloud"
    /// User support and service management.
    case support
    /// Other digital trades (geomatics, responsible digital…).
    case other
    /// Cross-cutting: public procurement of digital goods and services.
    case procurement
    /// Cross-cutting: digital law and data protection.
    case legal
    /// Cross-cutting: design and user experience.
    case designUX = "design-ux"
    /// Cross-cutting: digital accessibility (RGAA).
    case accessibility
    /// Cross-cutting: change management and training.
    case changeManagement = "change-management"

    /// Whether the family is a cross-cutting field rather than a digital job family.
    public var isCrossCutting: Bool {
        switch self {
        case .procurement, .legal, .designUX, .accessibility, .changeManagement: true
        default: false
        }
    }

    /// The French name.
    public var label: String {
        switch self {
        case .architecture: "Architecture"
        case .development: "Développement"
        case .data: "Données"
        case .management: "Management du numérique"
        case .infrastructure: "Infrastructures et réseaux"
        case .projectProduct: "Projet et produit"
        case .security: "Sécurité"
        case .serverCloud: "Serveurs et cloud"
        case .support: "Support et assistance"
        case .other: "Autres métiers du numérique"
        case .procurement: "Achat public numérique"
        case .legal: "Juridique du numérique"
        case .designUX: "Design et expérience utilisateur"
        case .accessibility: "Accessibilité numérique"
        case .changeManagement: "Conduite du changement et formation"
        }
    }
}
