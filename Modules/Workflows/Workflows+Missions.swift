public import Domain
import Persistence

extension Workflows {
    /// Creates a draft mission owned by the caller for their administration or one under it
    /// (audit `mission.created`): a mission owner, the operator, or any agent whose employment a
    /// referent confirmed (issue 22; the mission is theirs only, no role is granted).
    /// - Throws: ``AccessError``, ``MissionAccessError``, ``MissionError``, or ``NotFoundError``
    ///   for an unknown administration; nothing is written then.
    public func createMission(_ new: NewMission, by caller: Caller) throws -> Versioned<Mission> {
        try database.write { try createMission(new, by: caller, in: $0) }
    }

    /// ``createMission(_:by:)`` inside the caller's write transaction (idempotent requests).
    public func createMission(
        _ new: NewMission, by caller: Caller,
        in transaction: Transaction
    ) throws -> Versioned<Mission> {
        try createMission(new, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func createMission(
        _ new: NewMission, by caller: Caller,
        in connection: Connection
    ) throws -> Versioned<Mission> {
        // The command line owns no mission: a mission needs a person to answer for it.
        guard let owner = caller.user else {
            throw AccessError.roleRequired(action: "create a mission", roles: [.missionOwner])
        }
        let employer = try TalentStore(connection).find(userID: owner.id)?.confirmedEmployerID
        guard NewMission.mayPropose(owner, confirmedEmployerID: employer) else {
            throw MissionAccessError.employmentNotConfirmed
        }
        let lineage = try administrationLineage(
            new.administrationID(for: owner, confirmedEmployerID: employer), in: connection)
        try NewMission.checkCreation(by: owner, lineage: lineage, confirmedEmployerID: employer)
        let store = MissionStore(connection)
        let mission = try store.insert(
            administrationID: lineage[0], ownerID: owner.id, details: new.details,
            rules: configuration.missionRules, by: caller.actor, at: clock.now)
        guard let created = try store.findVersioned(mission.id) else { throw NotFoundError("mission", id: mission.id) }
        return created
    }

    /// The mission with `id` as the caller may read it, with its revision.
    /// - Throws: ``NotFoundError`` when it does not exist or the caller may not see it.
    public func mission(_ id: MissionID, by caller: Caller) throws -> Versioned<Mission> {
        var stored = try database.read { try visibleMission(id, to: caller, in: MissionStore($0)) }
        if let user = caller.user { stored.value = stored.value.presented(to: user) }
        return stored
    }

    /// Replaces the details of a draft (its owner; audit `mission.edited`).
    /// - Parameter expectedRevision: the revision the caller read (`If-Match`), or nil not to check.
    /// - Throws: ``NotFoundError``, ``AccessError``, ``MissionAccessError``, ``StaleRevisionError``,
    ///   ``MissionError``.
    public func editMission(
        _ id: MissionID, details: MissionDetails, expectedRevision: Int?,
        by caller: Caller
    ) throws -> Versioned<Mission> {
        try changeMission(id, .edit, audit: "mission.edited", expectedRevision: expectedRevision, by: caller) {
            try $0.edit(details, rules: configuration.missionRules, at: $1)
        }
    }

    /// Sends a draft to the operator for review (its owner; audit `mission.submitted`).
    /// - Throws: as ``editMission(_:details:expectedRevision:by:)``.
    public func submitMission(_ id: MissionID, expectedRevision: Int?, by caller: Caller) throws -> Versioned<Mission> {
        try changeMission(id, .submit, audit: "mission.submitted", expectedRevision: expectedRevision, by: caller) {
            try $0.submit(at: $1)
        }
    }

    /// Publishes a submitted mission (operator; audit `mission.published`).
    /// - Throws: as ``editMission(_:details:expectedRevision:by:)``.
    public func publishMission(
        _ id: MissionID, expectedRevision: Int?,
        by caller: Caller
    ) throws -> Versioned<Mission> {
        try changeMission(
            id, .publish, audit: "mission.published", expectedRevision: expectedRevision, by: caller,
            change: { try $0.publish(today: $1.utcDate, at: $1) },
            then: { try queueAlerts(for: $0, in: $1, at: $2) })
    }

    /// Sends a submitted mission back to draft with a reason (operator; audit `mission.rejected`).
    /// - Throws: as ``editMission(_:details:expectedRevision:by:)``.
    public func rejectMission(
        _ id: MissionID, reason: String, expectedRevision: Int?,
        by caller: Caller
    ) throws -> Versioned<Mission> {
        try changeMission(id, .reject, audit: "mission.rejected", expectedRevision: expectedRevision, by: caller) {
            try $0.reject(reason: reason, at: $1)
        }
    }

    /// Closes a mission as filled (a published one) or cancelled (any not closed yet), by its
    /// owner or the operator (audit `mission.closed-as-filled` or `mission.cancelled`). Expiry is
    /// the job of ``expireMissions(by:)``, never a caller's choice.
    /// - Throws: ``UnknownValueError`` for `.expired`, else as ``editMission(_:details:expectedRevision:by:)``.
    public func closeMission(
        _ id: MissionID, as closure: MissionClosure, expectedRevision: Int?,
        by caller: Caller
    ) throws -> Versioned<Mission> {
        switch closure {
        case .filled:
            try changeMission(
                id, .closeAsFilled, audit: "mission.closed-as-filled", expectedRevision: expectedRevision,
                by: caller
            ) { try $0.closeAsFilled(at: $1) }
        case .cancelled:
            try changeMission(
                id, .cancel, audit: "mission.cancelled", expectedRevision: expectedRevision,
                by: caller
            ) { try $0.cancel(at: $1) }
        case .expired:
            throw UnknownValueError(
                field: "reason", value: closure.rawValue,
                allowed: [MissionClosure.filled.rawValue, MissionClosure.cancelled.rawValue])
        }
    }

    /// One transition in one write transaction, checks in the order of the API's conventions:
    /// existence and visibility (404), rights (403), `If-Match` (412), then the rule (409/422).
    /// `then` runs after the write, in the same transaction (the alerts of a publication).
    private func changeMission(
        _ id: MissionID, _ action: MissionAction, audit: String, expectedRevision: Int?,
        by caller: Caller, change: (inout Mission, Instant) throws -> Void,
        then followUp: (Mission, Connection, Instant) throws -> Void = { _, _, _ in }
    ) throws -> Versioned<Mission> {
        try database.write { connection in
            let store = MissionStore(connection)
            let stored = try visibleMission(id, to: caller, in: store)
            if let user = caller.user { try stored.value.authorize(action, by: user) }
            try stored.check(expected: expectedRevision, subject: "mission")
            var mission = stored.value
            let now = clock.now
            try change(&mission, now)
            let revision = try store.update(
                mission, action: audit, expectedRevision: expectedRevision,
                by: caller.actor, at: now)
            try followUp(mission, connection, now)
            return Versioned(caller.user.map(mission.presented) ?? mission, revision: revision)
        }
    }

    /// The stored mission, when the caller may see it; one they may not see does not exist for them.
    private func visibleMission(
        _ id: MissionID, to caller: Caller,
        in store: MissionStore
    ) throws -> Versioned<Mission> {
        guard let stored = try store.findVersioned(id), caller.user.map(stored.value.isVisible) ?? true else {
            throw NotFoundError("mission", id: id)
        }
        return stored
    }

    /// `id` followed by its ancestors up to the ministry; empty when `id` is nil.
    func administrationLineage(
        _ id: AdministrationID?,
        in connection: Connection
    ) throws -> [AdministrationID] {
        let store = AdministrationStore(connection)
        var lineage: [AdministrationID] = []
        var next = id
        while let current = next {
            guard let administration = try store.find(current) else {
                throw NotFoundError("administration", id: current, field: "administrationID")
            }
            lineage.append(current)
            next = administration.parentID
        }
        return lineage
    }
}
