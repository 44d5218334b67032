public import Domain
import Persistence

extension Workflows {
    /// Adds an administration under its parent (operator).
    /// - Throws: ``AccessError``, ``AdministrationError`` or ``NotFoundError``; nothing is written then.
    public func addAdministration(_ new: NewAdministration, by caller: Caller) throws -> Administration {
        try database.write { try addAdministration(new, by: caller, in: $0) }
    }

    /// ``addAdministration(_:by:)`` inside the caller's write transaction (idempotent requests).
    public func addAdministration(
        _ new: NewAdministration, by caller: Caller,
        in transaction: Transaction
    ) throws -> Administration {
        try addAdministration(new, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func addAdministration(
        _ new: NewAdministration, by caller: Caller,
        in connection: Connection
    ) throws -> Administration {
        try caller.require(.operator, to: "add an administration")
        return try AdministrationStore(connection).insert(
            new, rules: configuration.administrationRules,
            by: caller.actor, at: clock.now)
    }

    /// Changes administration `id` to `new` — name, acronym, level, public service, parent —
    /// keeping the tree a tree (``AdministrationEdit``), operator only (audit `administration.updated`).
    /// - Throws: ``AccessError``, ``NotFoundError``, ``AdministrationError``, ``AdministrationEditError``;
    ///   nothing is written then.
    public func editAdministration(
        _ id: AdministrationID, to new: NewAdministration, by caller: Caller
    ) throws -> Administration {
        try caller.require(.operator, to: "edit an administration")
        return try database.write {
            try AdministrationStore($0).update(
                id, to: new, rules: configuration.administrationRules, by: caller.actor, at: clock.now)
        }
    }

    /// Every administration as a tree, for the operator who adds and edits them.
    /// - Throws: ``AccessError`` unless the caller is the operator.
    public func administrationTree(toManageBy caller: Caller) throws -> [AdministrationNode] {
        try caller.require(.operator, to: "manage the administrations")
        return try administrationTree()
    }

    /// Every administration, each ministry followed by its descendants.
    public func administrations() throws -> [Administration] {
        try database.read { try AdministrationStore($0).all() }
    }

    /// The administrations whose records the caller oversees (mission orders, credit accounts):
    /// every one for the operator, a referent's own and those under it, in ``administrations()``'s order.
    /// - Throws: ``AccessError`` unless the caller is a referent or the operator.
    public func administrationsWithinReach(by caller: Caller) throws -> [Administration] {
        try caller.require(.referent, .operator, to: "list the administrations one oversees")
        let all = try administrations()
        guard let user = caller.user, !user.has(.operator) else { return all }
        guard let root = user.administrationID else { return [] }
        let reach = Self.subtree(of: root, in: all)
        return all.filter { reach.contains($0.id) }
    }

    /// The administrations among `ids` that exist, by id: one read for a page of missions.
    public func administrations(_ ids: some Sequence<AdministrationID>) throws -> [AdministrationID: Administration] {
        try database.read { try AdministrationStore($0).find(ids) }
    }

    /// Every administration as a tree: ministries, each with its directorates and services.
    public func administrationTree() throws -> [AdministrationNode] {
        AdministrationNode.forest(try administrations())
    }

    /// The administrations the caller, who may propose missions, may name as a new mission's, as a tree:
    /// their own and those under it, every one for the operator (``NewMission/isWithinReach(_:of:)``,
    /// the rule ``createMission(_:by:)`` enforces); the roots are the administrations offered
    /// whose parent is not, siblings by name.
    /// - Throws: ``AccessError`` for the command line, ``MissionAccessError/employmentNotConfirmed``
    ///   for an agent who may not propose missions.
    public func administrationsForMission(by caller: Caller) throws -> [AdministrationNode] {
        guard let owner = caller.user else {
            throw AccessError.roleRequired(action: "create a mission", roles: [.missionOwner])
        }
        let employer = try confirmedEmployer(of: owner)
        guard NewMission.mayPropose(owner, confirmedEmployerID: employer) else {
            throw MissionAccessError.employmentNotConfirmed
        }
        let administrations = try administrations()
        let parents = Dictionary(uniqueKeysWithValues: administrations.map { ($0.id, $0.parentID) })
        func lineage(_ id: AdministrationID) -> [AdministrationID] {
            Array(sequence(first: id) { parents[$0] ?? nil })
        }
        return AdministrationNode.forest(
            administrations.filter {
                NewMission.isWithinReach(lineage($0.id), of: owner, confirmedEmployerID: employer)
            })
    }

    /// The administration with `id`, or nil.
    public func administration(_ id: AdministrationID) throws -> Administration? {
        try database.read { try AdministrationStore($0).find(id) }
    }

    /// The administration with `acronym` (case-insensitive), or nil.
    public func administration(acronym: String) throws -> Administration? {
        try database.read { try AdministrationStore($0).find(acronym: acronym.uppercased()) }
    }

    /// The administration a referent confirmed `user` works in (their talent profile's), or nil.
    public func confirmedEmployer(of user: User) throws -> AdministrationID? {
        try database.read { try TalentStore($0).find(userID: user.id)?.confirmedEmployerID }
    }
}
