public import Domain
import Persistence

extension Workflows {
    /// Adds an administration under its parent (operator).
    /// - Throws: ``AccessError``, ``AdministrationError`` or ``NotFoundError``; nothing is written then.
    public func addAdministration(_ new: NewAdministration, by caller: Caller) throws -> Administration {
        try database.write { try addAdministration(new, by: caller, in: $0) }
    }

    /// ``addAdministration(_:by:)`` inside the caller's write transaction (idempotent requests).
    public func addAdministration(_ new: NewAdministration, by caller: Caller,
                                  in transaction: Transaction) throws -> Administration {
        try addAdministration(new, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func addAdministration(_ new: NewAdministration, by caller: Caller,
                           in connection: Connection) throws -> Administration {
        try caller.require(.operator, to: "add an administration")
        return try AdministrationStore(connection).insert(new, rules: configuration.administrationRules,
                                                          by: caller.actor, at: clock.now)
    }

    /// Every administration, each ministry followed by its descendants.
    public func administrations() throws -> [Administration] {
        try database.read { try AdministrationStore($0).all() }
    }

    /// Every administration as a tree: ministries, each with its directorates and services.
    public func administrationTree() throws -> [AdministrationNode] {
        AdministrationNode.forest(try administrations())
    }

    /// The administration with `id`, or nil.
    public func administration(_ id: AdministrationID) throws -> Administration? {
        try database.read { try AdministrationStore($0).find(id) }
    }

    /// The administration with `acronym` (case-insensitive), or nil.
    public func administration(acronym: String) throws -> Administration? {
        try database.read { try AdministrationStore($0).find(acronym: acronym.uppercased()) }
    }
}
