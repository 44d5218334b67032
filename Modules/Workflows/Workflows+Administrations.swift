public import Domain
import Persistence

extension Workflows {
    /// Adds an administration under its parent (operator).
    /// - Throws: ``AdministrationError`` or ``NotFoundError``; nothing is written then.
    public func addAdministration(_ new: NewAdministration, by actor: Actor) throws -> Administration {
        try database.write { connection in
            try AdministrationStore(connection).insert(new, rules: configuration.administrationRules,
                                                       by: actor, at: clock.now)
        }
    }

    /// Every administration, each ministry followed by its descendants.
    public func administrations() throws -> [Administration] {
        try database.read { try AdministrationStore($0).all() }
    }

    /// The administration with `acronym` (case-insensitive), or nil.
    public func administration(acronym: String) throws -> Administration? {
        try database.read { try AdministrationStore($0).find(acronym: acronym.uppercased()) }
    }
}
