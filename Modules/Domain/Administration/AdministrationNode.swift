/// An administration with the administrations under it: one node of the tree
/// ministry → directorate → service.
public struct AdministrationNode: Hashable, Sendable, Encodable {
    /// The administration.
    public var administration: Administration
    /// The administrations whose parent it is, by name.
    public var children: [AdministrationNode]

    /// Builds the forest of `administrations`: the roots are those without a parent (or whose
    /// parent is not in the list), siblings sorted by name.
    public static func forest(_ administrations: [Administration]) -> [AdministrationNode] {
        let ids = Set(administrations.map(\.id))
        let byParent = Dictionary(grouping: administrations) { $0.parentID.flatMap { ids.contains($0) ? $0 : nil } }
        func nodes(under parent: AdministrationID?) -> [AdministrationNode] {
            (byParent[parent] ?? []).sorted { $0.name < $1.name }
                .map { AdministrationNode(administration: $0, children: nodes(under: $0.id)) }
        }
        return nodes(under: nil)
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, acronym, level, publicService, children
    }

    private init(administration: Administration, children: [AdministrationNode]) {
        self.administration = administration
        self.children = children
    }

    /// `{id, name, acronym, level, publicService, children}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(administration.id, forKey: .id)
        try container.encode(administration.name, forKey: .name)
        try container.encode(administration.acronym, forKey: .acronym)
        try container.encode(administration.level, forKey: .level)
        try container.encode(administration.publicService, forKey: .publicService)
        try container.encode(children, forKey: .children)
    }
}
