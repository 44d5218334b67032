public import Domain
import Persistence

extension Workflows {
    /// Creates the talent profile of `userID`, outside the pool. Through the API a user creates
    /// only their own, and only with the talent role; the command line may create anyone's.
    /// - Returns: the talent and its first revision.
    /// - Throws: ``AccessError``, ``TalentError``, ``DateHorizonError``, ``NotFoundError``; nothing is written then.
    public func createTalentProfile(
        _ profile: TalentProfile, for userID: UserID,
        by caller: Caller
    ) throws -> Versioned<Talent> {
        try database.write { try createTalentProfile(profile, for: userID, by: caller, in: $0) }
    }

    /// ``createTalentProfile(_:for:by:)`` inside the caller's write transaction (idempotent requests).
    public func createTalentProfile(
        _ profile: TalentProfile, for userID: UserID, by caller: Caller,
        in transaction: Transaction
    ) throws -> Versioned<Talent> {
        try createTalentProfile(profile, for: userID, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func createTalentProfile(
        _ profile: TalentProfile, for userID: UserID, by caller: Caller,
        in connection: Connection
    ) throws -> Versioned<Talent> {
        let action = "create a talent profile"
        try caller.require(.talent, to: action)
        if let user = caller.user, user.id != userID { throw AccessError.notOwner(action: action) }
        guard let user = try UserStore(connection).find(userID) else {
            throw NotFoundError("user", id: userID, field: "userID")
        }
        // The command line too: a profile belongs to someone who acts as a talent.
        guard user.has(.talent) else { throw AccessError.roleRequired(action: action, roles: [.talent]) }
        let talent = try TalentStore(connection).insert(
            userID: userID, profile: profile, by: caller.actor,
            at: clock.now)
        return Versioned(talent, revision: 1)
    }

    /// The caller's own talent profile (role talent).
    /// - Throws: ``AccessError``, ``NotFoundError`` when they have not created it yet.
    public func ownTalentProfile(by caller: Caller) throws -> Versioned<Talent> {
        try database.read { try ownTalentProfile(by: caller, in: $0) }
    }

    /// The talent profile with `id`, for its owner and the operator; for anyone else it does
    /// not exist (404), since even its existence is the talent's to share.
    /// - Throws: ``NotFoundError``.
    public func talentProfile(_ id: TalentID, by caller: Caller) throws -> Versioned<Talent> {
        try database.read { connection in
            guard let talent = try TalentStore(connection).findVersioned(id),
                caller.isOwnerOrOperator(of: talent.value)
            else {
                throw NotFoundError("talent", id: id)
            }
            return talent
        }
    }

    /// Replaces the profile of talent `id` (its owner only) if it is still at `expectedRevision`.
    /// - Returns: the talent and its new revision.
    /// - Throws: ``NotFoundError``, ``AccessError``, ``TalentError``, ``DateHorizonError``, ``StaleRevisionError``.
    public func updateTalentProfile(
        _ id: TalentID, _ profile: TalentProfile, expectedRevision: Int,
        by caller: Caller
    ) throws -> Versioned<Talent> {
        try changeTalent(
            id, action: "talent.profile-updated", expectedRevision: expectedRevision, by: caller,
            to: "edit a talent profile"
        ) { talent in
            let previousEmployerID = talent.profile.employerID
            let changed = try talent.updateProfile(profile, today: clock.now.utcDate)
            guard !changed.isEmpty else { return [:] }
            var details = ["changed": changed.joined(separator: ",")]
            if changed.contains("employerID") { details["previousEmployerID"] = String(previousEmployerID.rawValue) }
            return details
        }
    }

    /// The caller's talent profile, read on `connection`.
    func ownTalentProfile(by caller: Caller, in connection: Connection) throws -> Versioned<Talent> {
        try caller.require(.talent, to: "read one's talent profile")
        guard let user = caller.user, let talent = try TalentStore(connection).find(userID: user.id),
            let versioned = try TalentStore(connection).findVersioned(talent.id)
        else {
            throw NotFoundError("talent", key: "me")
        }
        return versioned
    }

    /// Applies `change` to talent `id` on behalf of its owner, in one write transaction with the
    /// revision check and the audit event `action`, to which `change` adds its details.
    ///
    /// Who may not see the profile gets a 404; who may see it but is not its owner (the
    /// operator, a mission owner looking at the pool) gets a 403.
    func changeTalent(
        _ id: TalentID, action: String, expectedRevision: Int, by caller: Caller, to purpose: String,
        _ change: (inout Talent) throws -> [String: String]
    ) throws -> Versioned<Talent> {
        try database.write { connection in
            let store = TalentStore(connection)
            guard var talent = try store.find(id), caller.canSee(talent) else { throw NotFoundError("talent", id: id) }
            if let user = caller.user, user.id != talent.userID { throw AccessError.notOwner(action: purpose) }
            let details = try change(&talent)
            let revision = try store.update(
                talent, action: action, expectedRevision: expectedRevision,
                details: details, by: caller.actor, at: clock.now)
            return Versioned(talent, revision: revision)
        }
    }
}

extension Caller {
    /// Whether the caller may read the whole profile of `talent`: its owner, the operator,
    /// the command line.
    func isOwnerOrOperator(of talent: Talent) -> Bool {
        guard let user else { return true }
        return user.id == talent.userID || user.has(.operator)
    }

    /// Whether the caller may know that `talent` exists: who may read it whole, and mission
    /// owners once the talent consented to the pool.
    func canSee(_ talent: Talent) -> Bool {
        isOwnerOrOperator(of: talent) || talent.isVisibleInPool && user?.has(.missionOwner) == true
    }
}
