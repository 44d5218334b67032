import Domain

extension AgreementParty {
    /// The party as messages name it, e.g. "le responsable hiérarchique".
    var label: String {
        switch self {
        case .talent: "le talent"
        case .lineManager: "le responsable hiérarchique"
        case .owner: "le responsable de mission"
        }
    }
}
