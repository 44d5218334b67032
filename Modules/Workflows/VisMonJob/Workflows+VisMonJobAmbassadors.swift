public import Domain
import Persistence

extension Workflows {
    /// Registers the caller, a talent with a profile, as an ambassador of an open edition; their
    /// administration is their employer (audit `vmj.ambassador.registered`).
    /// - Throws: ``NotFoundError``, ``AccessError``, ``VisMonJobError``; nothing is written then.
    public func registerAmbassador(
        _ profile: AmbassadorProfile, in editionID: EditionID,
        by caller: Caller
    ) throws -> Versioned<Ambassador> {
        try database.write { try registerAmbassador(profile, in: editionID, by: caller, in: $0) }
    }

    /// ``registerAmbassador(_:in:by:)`` inside the caller's write transaction (idempotent requests).
    public func registerAmbassador(
        _ profile: AmbassadorProfile, in editionID: EditionID, by caller: Caller,
        in transaction: Transaction
    ) throws -> Versioned<Ambassador> {
        try registerAmbassador(profile, in: editionID, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func registerAmbassador(
        _ profile: AmbassadorProfile, in editionID: EditionID, by caller: Caller,
        in connection: Connection
    ) throws -> Versioned<Ambassador> {
        let action = "become a Vis mon job ambassador"
        let edition = try existingEdition(editionID, in: connection).value
        // An ambassador is a person who hosts a student: the command line cannot be one.
        guard let user = caller.user else { throw AccessError.roleRequired(action: action, roles: [.talent]) }
        try caller.require(.talent, to: action)
        guard let talent = try TalentStore(connection).find(userID: user.id) else {
            throw VisMonJobError.talentProfileRequired
        }
        try edition.checkRegistration(today: clock.now.utcDate)
        let ambassador = try AmbassadorStore(connection).insert(
            editionID: editionID, userID: user.id, administrationID: talent.profile.employerID, profile: profile,
            by: caller.actor, at: clock.now)
        return Versioned(ambassador, revision: 1)
    }

    /// The ambassador with `id`, for themselves and the operator; for anyone else it does not exist.
    /// - Throws: ``NotFoundError``.
    public func ambassador(_ id: AmbassadorID, by caller: Caller) throws -> Versioned<Ambassador> {
        try database.read { try visibleAmbassador(id, to: caller, in: $0) }
    }

    /// The ambassadors of an edition (operator).
    /// - Throws: ``NotFoundError``, ``AccessError``.
    public func ambassadors(of editionID: EditionID, by caller: Caller) throws -> [Ambassador] {
        try database.read { connection in
            _ = try existingEdition(editionID, in: connection)
            try caller.require(.operator, to: "list the ambassadors")
            return try AmbassadorStore(connection).all(editionID: editionID)
        }
    }

    /// The published pairs of an ambassador with their students' contacts (themselves and the
    /// operator); empty before publication.
    /// - Throws: ``NotFoundError``.
    public func ambassadorPairs(_ id: AmbassadorID, by caller: Caller) throws -> [PairDetails] {
        try database.read { connection in
            let ambassador = try visibleAmbassador(id, to: caller, in: connection).value
            let edition = try existingEdition(ambassador.editionID, in: connection).value
            guard edition.state == .paired || edition.state == .done else { return [] }
            return try PairStore(connection).all(ambassadorID: id).map {
                try pairDetails($0, for: caller.isOperator ? nil : .ambassador, in: connection)
            }
        }
    }

    func visibleAmbassador(
        _ id: AmbassadorID, to caller: Caller,
        in connection: Connection
    ) throws -> Versioned<Ambassador> {
        guard let ambassador = try AmbassadorStore(connection).find(id),
            caller.isOperator || caller.user?.id == ambassador.value.userID
        else {
            throw NotFoundError("ambassador", id: id)
        }
        return ambassador
    }
}

extension Caller {
    /// Whether the caller is the operator or the command line.
    var isOperator: Bool {
        user?.has(.operator) ?? true
    }
}

extension Workflows {
    /// The ambassador changes their registration while the edition takes registrations (audit
    /// `vmj.ambassador.updated`). The operator sees a registration but does not change it.
    /// - Throws: ``NotFoundError``, ``AccessError``, ``StaleRevisionError``, ``VisMonJobError``;
    ///   nothing is written then.
    public func updateAmbassador(
        _ id: AmbassadorID, _ profile: AmbassadorProfile, expectedRevision: Int?,
        by caller: Caller
    ) throws -> Versioned<Ambassador> {
        try database.write { connection in
            let stored = try ownAmbassador(id, by: caller, to: "change an ambassador registration", in: connection)
            try stored.check(expected: expectedRevision, subject: "ambassador")
            try existingEdition(stored.value.editionID, in: connection).value.require(
                .open, to: "change an ambassador registration")
            let (ambassador, revision) = try AmbassadorStore(connection).update(
                stored.value, profile: profile, expectedRevision: expectedRevision, by: caller.actor, at: clock.now)
            return Versioned(ambassador, revision: revision)
        }
    }

    /// The ambassador withdraws while the edition takes registrations: the registration and
    /// its coaching booking are erased (audit `vmj.ambassador.withdrawn`).
    /// - Throws: as ``updateAmbassador(_:_:expectedRevision:by:)``.
    public func withdrawAmbassador(_ id: AmbassadorID, expectedRevision: Int?, by caller: Caller) throws {
        try database.write { connection in
            let stored = try ownAmbassador(id, by: caller, to: "withdraw an ambassador registration", in: connection)
            try stored.check(expected: expectedRevision, subject: "ambassador")
            try existingEdition(stored.value.editionID, in: connection).value.require(.open, to: "withdraw")
            try AmbassadorStore(connection).withdraw(
                stored.value, expectedRevision: expectedRevision, by: caller.actor, at: clock.now)
        }
    }

    /// The ambassador `id` when the caller is that agent: it does not exist for others but the
    /// operator, who sees it and is refused the change (403).
    private func ownAmbassador(
        _ id: AmbassadorID, by caller: Caller, to purpose: String,
        in connection: Connection
    ) throws -> Versioned<Ambassador> {
        let ambassador = try visibleAmbassador(id, to: caller, in: connection)
        guard caller.user?.id == ambassador.value.userID else { throw AccessError.notOwner(action: purpose) }
        return ambassador
    }
}
