/// A talent's employment status.
public enum EmploymentStatus: String, Sendable, Codable, CaseIterable {
    /// A tenured civil servant (*fonctionnaire*).
    case civilServant = "civil-servant"
    /// A contract agent (*contractuel*).
    case contractAgent = "contract-agent"

    /// The French name.
    public var label: String {
        switch self {
        case .civilServant: "Fonctionnaire"
        case .contractAgent: "Contractuel"
        }
    }
}
