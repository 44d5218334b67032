public import Domain

extension MissionStore {
    /// The co-owners of mission `id`, by increasing id.
    public func coOwners(of id: MissionID) throws -> [UserID] {
        try connection.query(
            "SELECT user_id FROM mission_co_owners WHERE mission_id = ? ORDER BY user_id", id
        ) { try $0.decode(0, as: UserID.self) }
    }

    /// Whether `userID` owns or co-owns at least one mission: who acts as a mission owner
    /// without the role (lists of one's missions and their applications, the pool).
    public func ownsAny(_ userID: UserID) throws -> Bool {
        try connection.queryOne(
            """
            SELECT EXISTS (SELECT 1 FROM missions WHERE owner_id = ?1)
                OR EXISTS (SELECT 1 FROM mission_co_owners WHERE user_id = ?1)
            """, userID
        ) { try $0.bool(0) } ?? false
    }

    /// Makes `newOwnerID` the owner of `mission` (a former co-owner stops being one), with the
    /// audit event `mission.transferred` (no names: the ids of the subject and of the users).
    /// - Returns: the new revision.
    public func transfer(
        _ mission: Mission, to newOwnerID: UserID, expectedRevision: Int?,
        by actor: Actor, at instant: Instant
    ) throws -> Int {
        let revision = try connection.bumpRevision(
            table: "missions", subject: "mission", id: mission.id.rawValue, expected: expectedRevision)
        try connection.run(
            "UPDATE missions SET owner_id = ?, updated_at = ? WHERE id = ?", newOwnerID, instant, mission.id)
        try connection.run(
            "DELETE FROM mission_co_owners WHERE mission_id = ? AND user_id = ?", mission.id, newOwnerID)
        try audit(
            "mission.transferred", mission,
            details: ["fromUserID": String(mission.ownerID.rawValue), "toUserID": String(newOwnerID.rawValue)],
            by: actor, at: instant)
        return revision
    }

    /// Adds `userID` as a co-owner of `mission` (audit `mission.co-owner-added`).
    /// - Returns: the new revision.
    public func addCoOwner(
        _ userID: UserID, to mission: Mission, expectedRevision: Int?,
        by actor: Actor, at instant: Instant
    ) throws -> Int {
        let revision = try connection.bumpRevision(
            table: "missions", subject: "mission", id: mission.id.rawValue, expected: expectedRevision)
        try connection.run(
            "INSERT INTO mission_co_owners(mission_id, user_id, added_at) VALUES (?, ?, ?)",
            mission.id, userID, instant)
        try audit(
            "mission.co-owner-added", mission, details: ["userID": String(userID.rawValue)], by: actor, at: instant)
        return revision
    }

    /// Removes co-owner `userID` from `mission` (audit `mission.co-owner-removed`); the mission stays.
    /// - Returns: the new revision.
    public func removeCoOwner(
        _ userID: UserID, from mission: Mission, expectedRevision: Int?,
        by actor: Actor, at instant: Instant
    ) throws -> Int {
        let revision = try connection.bumpRevision(
            table: "missions", subject: "mission", id: mission.id.rawValue, expected: expectedRevision)
        try connection.run(
            "DELETE FROM mission_co_owners WHERE mission_id = ? AND user_id = ?", mission.id, userID)
        try audit(
            "mission.co-owner-removed", mission, details: ["userID": String(userID.rawValue)], by: actor, at: instant)
        return revision
    }

    private func audit(
        _ action: String, _ mission: Mission, details: [String: String],
        by actor: Actor, at instant: Instant
    ) throws {
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "mission", subjectID: mission.id.rawValue, actor: actor, at: instant,
                details: details.merging(["administrationID": String(mission.administrationID.rawValue)]) { $1 }))
    }
}
