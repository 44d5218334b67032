public import Domain
import Persistence

/// A change of who answers for a mission (issue 22), by a referent of its administration (or of
/// one above it), the operator or the command line.
public enum MissionOwnerChange: Sendable, Equatable {
    /// `userID` becomes the owner; the former owner stops owning the mission.
    case transfer(to: UserID)
    /// `userID` becomes a co-owner.
    case addCoOwner(UserID)
    /// `userID` stops being a co-owner; the mission stays.
    case removeCoOwner(UserID)

    /// The user the change names.
    public var userID: UserID {
        switch self {
        case .transfer(let id), .addCoOwner(let id), .removeCoOwner(let id): id
        }
    }
}

extension Workflows {
    /// Transfers mission `id`, or adds or removes a co-owner (audit `mission.transferred`,
    /// `mission.co-owner-added` or `mission.co-owner-removed`, with user ids only). The user named
    /// must be active and belong to the mission's administration, one above it or one of its
    /// services (their account's administration, else their confirmed employer).
    /// - Throws: ``AccessError`` (neither a referent of the mission's administration or above, nor
    ///   the operator), ``NotFoundError`` (the mission, or the user as `userID`),
    ///   ``MissionOwnershipError``, ``StaleRevisionError``.
    public func changeOwners(
        of id: MissionID, _ change: MissionOwnerChange, expectedRevision: Int?,
        by caller: Caller
    ) throws -> Versioned<Mission> {
        let action = "change who owns a mission"
        try caller.require(.referent, .operator, to: action)
        return try database.write { connection in
            let store = MissionStore(connection)
            guard let stored = try store.findVersioned(id) else { throw NotFoundError("mission", id: id) }
            let mission = stored.value
            let lineage = try administrationLineage(mission.administrationID, in: connection)
            if let user = caller.user, !user.has(.operator) {
                guard let own = user.administrationID, lineage.contains(own) else {
                    // A referent elsewhere learns nothing of drafts; a published mission is known (403).
                    guard mission.isVisibleToTalents else { throw NotFoundError("mission", id: id) }
                    throw AccessError.notOwner(action: action)
                }
            }
            try stored.check(expected: expectedRevision, subject: "mission")
            guard !mission.state.isClosed else { throw MissionOwnershipError.closed(id) }
            let userID = change.userID
            guard let named = try UserStore(connection).find(userID) else {
                throw NotFoundError("user", id: userID, field: "userID")
            }
            let now = clock.now
            let revision: Int
            switch change {
            case .transfer, .addCoOwner:
                guard named.isActive else { throw MissionOwnershipError.deactivated(userID) }
                var administration = named.administrationID
                if administration == nil {
                    administration = try TalentStore(connection).find(userID: userID)?.confirmedEmployerID
                }
                let theirs = try administrationLineage(administration, in: connection)
                guard let administration, lineage.contains(administration) || theirs.contains(mission.administrationID)
                else { throw MissionOwnershipError.otherAdministration(userID) }
                if case .transfer = change {
                    guard mission.ownerID != userID else { throw MissionOwnershipError.alreadyOwner(userID) }
                    revision = try store.transfer(
                        mission, to: userID, expectedRevision: expectedRevision, by: caller.actor, at: now)
                } else {
                    guard !mission.isOwned(by: userID) else { throw MissionOwnershipError.alreadyOwner(userID) }
                    revision = try store.addCoOwner(
                        userID, to: mission, expectedRevision: expectedRevision, by: caller.actor, at: now)
                }
            case .removeCoOwner:
                guard mission.coOwnerIDs.contains(userID) else { throw MissionOwnershipError.notCoOwner(userID) }
                revision = try store.removeCoOwner(
                    userID, from: mission, expectedRevision: expectedRevision, by: caller.actor, at: now)
            }
            guard let changed = try store.find(id) else { throw NotFoundError("mission", id: id) }
            return Versioned(changed, revision: revision)
        }
    }

    /// Whether the caller may change who owns `mission` (``changeOwners(of:_:expectedRevision:by:)``):
    /// the operator, the command line, a referent of its administration or of one above it.
    public func mayChangeOwners(of mission: Mission, by caller: Caller) throws -> Bool {
        guard let user = caller.user else { return true }
        if user.has(.operator) { return true }
        guard user.has(.referent), let own = user.administrationID else { return false }
        return try database.read { try administrationLineage(mission.administrationID, in: $0) }.contains(own)
    }

    /// The users who may become the owner or a co-owner of `mission` (active, of its
    /// administration's branch), by name, for the referent's or operator's form; the present
    /// owners left out.
    /// - Throws: ``AccessError`` unless ``mayChangeOwners(of:by:)``.
    public func candidateOwners(of mission: Mission, by caller: Caller) throws -> [User] {
        guard try mayChangeOwners(of: mission, by: caller) else {
            throw AccessError.notOwner(action: "change who owns a mission")
        }
        return try database.read { connection in
            let lineage = try administrationLineage(mission.administrationID, in: connection)
            let talents = TalentStore(connection)
            var candidates: [User] = []
            for user in try UserStore(connection).all() where user.isActive && !mission.isOwned(by: user.id) {
                var administration = user.administrationID
                if administration == nil { administration = try talents.find(userID: user.id)?.confirmedEmployerID }
                guard let administration else { continue }
                let theirs = try administrationLineage(administration, in: connection)
                if lineage.contains(administration) || theirs.contains(mission.administrationID) {
                    candidates.append(user)
                }
            }
            return candidates.sorted { ($0.displayName, $0.id) < ($1.displayName, $1.id) }
        }
    }

    /// The display names of `ids`, for a page naming a mission's owners.
    public func displayNames(_ ids: [UserID]) throws -> [UserID: String] {
        try database.read { connection in
            let users = UserStore(connection)
            var names: [UserID: String] = [:]
            for id in ids { names[id] = try users.find(id)?.displayName }
            return names
        }
    }
}

/// A mission with the names of its owners and the users who may become one, for the referent
/// or operator who changes who answers for it.
public struct MissionOwners: Sendable {
    /// The mission and its revision.
    public let mission: Versioned<Mission>
    /// The display names of the owner and co-owners.
    public let names: [UserID: String]
    /// The users who may become the owner or a co-owner, by name.
    public let candidates: [User]
}

extension Workflows {
    /// Mission `id` with its owners' names and the users who may become one, for whoever may
    /// change them (``mayChangeOwners(of:by:)``). Another user gets a 403 for a mission they see
    /// (a published one, their own) and a 404 for any other.
    /// - Throws: ``NotFoundError``, ``AccessError``.
    public func missionOwners(_ id: MissionID, by caller: Caller) throws -> MissionOwners {
        guard let stored = try database.read({ try MissionStore($0).findVersioned(id) }) else {
            throw NotFoundError("mission", id: id)
        }
        guard try mayChangeOwners(of: stored.value, by: caller) else {
            guard caller.user.map(stored.value.isVisible) ?? true else { throw NotFoundError("mission", id: id) }
            throw AccessError.notOwner(action: "change who owns a mission")
        }
        return MissionOwners(
            mission: stored, names: try displayNames(stored.value.ownerIDs),
            candidates: try candidateOwners(of: stored.value, by: caller))
    }
}
