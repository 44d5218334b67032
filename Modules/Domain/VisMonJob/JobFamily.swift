/// The tech job families of *Vis mon job* ambassadors, the list of the programme's article.
public enum JobFamily: String, Sendable, CaseIterable {
    /// *Data scientist*.
    case dataScientist = "data-scientist"
    /// *Officier sécurité*.
    case securityOfficer = "security-officer"
    /// *Architecte technique*.
    case technicalArchitect = "technical-architect"
    /// *Chef de projets IT*.
    case itProjectLead = "it-project-lead"
    /// *Analyste*.
    case analyst
    /// *Développeur, développeuse*.
    case developer
    /// *Administrateur systèmes et réseaux*.
    case systemsAndNetworkAdministrator = "systems-network-administrator"
    /// Any other digital job (the list is not exhaustive).
    case other

    /// The French name.
    public var label: String {
        switch self {
        case .dataScientist: "Data scientist"
        case .securityOfficer: "Officier·ère sécurité"
        case .technicalArchitect: "Architecte technique"
        case .itProjectLead: "Chef·fe de projets IT"
        case .analyst: "Analyste"
        case .developer: "Développeur·se"
        case .systemsAndNetworkAdministrator: "Administrateur·rice systèmes et réseaux"
        case .other: "Autre métier du numérique"
        }
    }
}

/// Decoded strictly: an unknown value is a 422 naming the field and the allowed values.
extension JobFamily: ClosedStringValue {}
