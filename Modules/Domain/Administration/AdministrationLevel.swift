/// Where an administration sits in its hierarchy.
public enum AdministrationLevel: String, Sendable, Codable, CaseIterable {
    /// A ministry, or the top-level structure of another public service; has no parent.
    case ministry
    /// A directorate (*direction*) under a ministry.
    case directorate
    /// A service (*service*, *bureau*) under a directorate or a ministry.
    case service
    /// Any other structure (agency, operator, team) under one of the above.
    case other

    /// Depth in the hierarchy: a parent must have a strictly smaller rank.
    public var rank: Int {
        switch self {
        case .ministry: 0
        case .directorate: 1
        case .service: 2
        case .other: 3
        }
    }

    /// Whether an administration of this level may be the parent of one of `child` level.
    public func canBeParent(of child: AdministrationLevel) -> Bool {
        rank < child.rank
    }

    /// The French name.
    public var label: String {
        switch self {
        case .ministry: "Ministère"
        case .directorate: "Direction"
        case .service: "Service"
        case .other: "Autre structure"
        }
    }
}
