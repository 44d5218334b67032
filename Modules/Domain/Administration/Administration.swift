/// A public structure that offers missions and employs talents (*administration*).
public struct Administration: Hashable, Sendable, Codable {
    /// The identifier.
    public var id: AdministrationID
    /// The full name, e.g. "Direction interministérielle du numérique".
    public var name: String
    /// The short code used in mission-order references (`OM-DINUM-2026-0042`): 2 to 16 of A–Z, 0–9.
    public var acronym: String
    /// Where it sits in its hierarchy.
    public var level: AdministrationLevel
    /// The branch of the civil service it belongs to.
    public var publicService: PublicService
    /// The parent administration; nil exactly for a ministry.
    public var parentID: AdministrationID?

    /// Builds an administration from trusted values (a store reading its rows).
    /// New administrations go through ``create(id:_:parent:rules:)``.
    public init(
        id: AdministrationID, name: String, acronym: String, level: AdministrationLevel,
        publicService: PublicService, parentID: AdministrationID?
    ) {
        self.id = id
        self.name = name
        self.acronym = acronym
        self.level = level
        self.publicService = publicService
        self.parentID = parentID
    }

    /// Validates `new` and its loaded `parent`, then builds the administration recorded under `id`.
    /// - Throws: ``AdministrationError``.
    public static func create(
        id: AdministrationID, _ new: NewAdministration, parent: Administration?,
        rules: AdministrationRules = AdministrationRules()
    ) throws -> Administration {
        let new = try new.validated(rules: rules)
        try new.checkParent(parent)
        return Administration(
            id: id, name: new.name, acronym: new.acronym, level: new.level,
            publicService: new.publicService, parentID: new.parentID)
    }
}
