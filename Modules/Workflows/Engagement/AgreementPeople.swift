public import Domain

/// The people and administrations an agreement binds (its fixed ``AgreementParties``), named for
/// whoever may read the agreement.
public struct AgreementPeople: Sendable, Equatable {
    /// The talent's display name.
    public let talent: String
    /// The line manager's display name; nil for an agreement drafted before the parties were fixed.
    public let lineManager: String?
    /// The mission owner's display name.
    public let owner: String
    /// The talent's employing administration, which issues the mission order.
    public let employer: Administration
    /// The administration the mission serves.
    public let beneficiary: Administration

    /// The display name of whoever signs for `party`.
    public func name(of party: AgreementParty) -> String? {
        switch party {
        case .talent: talent
        case .lineManager: lineManager
        case .owner: owner
        }
    }
}
