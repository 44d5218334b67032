public import Domain

/// *Vis mon job* ambassadors.
public struct AmbassadorStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Validates and records `userID` as an ambassador of `editionID`, with its audit event
    /// `vmj.ambassador.registered`.
    /// - Throws: ``VisMonJobError`` (including a second registration of the same user).
    public func insert(
        editionID: EditionID, userID: UserID, administrationID: AdministrationID,
        profile: AmbassadorProfile, by actor: Actor, at instant: Instant
    ) throws -> Ambassador {
        if try find(editionID: editionID, userID: userID) != nil { throw VisMonJobError.ambassadorExists }
        let ambassador = try Ambassador.create(
            id: try connection.nextID(in: "vmj_ambassadors"), editionID: editionID,
            userID: userID, administrationID: administrationID, profile: profile)
        let profile = ambassador.profile
        try connection.run(
            """
            INSERT INTO vmj_ambassadors(id, edition_id, user_id, administration_id, job_family, departement, city,
                capacity, description, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, ambassador.id, editionID, userID, administrationID, profile.jobFamily.rawValue,
            profile.departement.code, profile.city, profile.capacity, profile.description, instant)
        try AuditLog(connection).append(
            AuditEvent(
                action: "vmj.ambassador.registered", subjectType: "vmj-ambassador", subjectID: ambassador.id.rawValue,
                actor: actor, at: instant,
                details: [
                    "editionID": String(editionID.rawValue), "jobFamily": profile.jobFamily.rawValue,
                    "capacity": String(profile.capacity)
                ]))
        return ambassador
    }

    /// Saves `ambassador` with a changed, validated profile, with its audit event
    /// `vmj.ambassador.updated` (ids and codes only).
    /// - Returns: the new revision.
    /// - Throws: ``VisMonJobError``, ``StaleRevisionError``.
    public func update(
        _ ambassador: Ambassador, profile: AmbassadorProfile, expectedRevision: Int?, by actor: Actor,
        at instant: Instant
    ) throws -> (Ambassador, revision: Int) {
        let changed = try Ambassador.create(
            id: ambassador.id, editionID: ambassador.editionID, userID: ambassador.userID,
            administrationID: ambassador.administrationID, profile: profile)
        let revision = try connection.bumpRevision(
            table: "vmj_ambassadors", subject: "ambassador", id: ambassador.id.rawValue, expected: expectedRevision)
        let profile = changed.profile
        try connection.run(
            """
            UPDATE vmj_ambassadors SET job_family = ?, departement = ?, city = ?, capacity = ?, description = ?
            WHERE id = ?
            """, profile.jobFamily.rawValue, profile.departement.code, profile.city, profile.capacity,
            profile.description, ambassador.id)
        try AuditLog(connection).append(
            AuditEvent(
                action: "vmj.ambassador.updated", subjectType: "vmj-ambassador", subjectID: ambassador.id.rawValue,
                actor: actor, at: instant,
                details: [
                    "editionID": String(ambassador.editionID.rawValue), "jobFamily": profile.jobFamily.rawValue,
                    "capacity": String(profile.capacity)
                ]))
        return (changed, revision)
    }

    /// Deletes the registration of `ambassador` and its coaching booking (no pair may name it:
    /// the caller checks the edition is still open), with its audit event `vmj.ambassador.withdrawn`.
    /// - Throws: ``StaleRevisionError``.
    public func withdraw(_ ambassador: Ambassador, expectedRevision: Int?, by actor: Actor, at instant: Instant) throws
    {
        _ = try connection.bumpRevision(
            table: "vmj_ambassadors", subject: "ambassador", id: ambassador.id.rawValue, expected: expectedRevision)
        try connection.run("DELETE FROM vmj_coaching_bookings WHERE ambassador_id = ?", ambassador.id)
        try connection.run("DELETE FROM vmj_ambassadors WHERE id = ?", ambassador.id)
        try AuditLog(connection).append(
            AuditEvent(
                action: "vmj.ambassador.withdrawn", subjectType: "vmj-ambassador", subjectID: ambassador.id.rawValue,
                actor: actor, at: instant, details: ["editionID": String(ambassador.editionID.rawValue)]))
    }

    /// The ambassador with `id` and its revision, or nil.
    public func find(_ id: AmbassadorID) throws -> Versioned<Ambassador>? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: Self.ambassador)
    }

    /// The ambassador `userID` is in `editionID`, or nil.
    public func find(editionID: EditionID, userID: UserID) throws -> Ambassador? {
        try connection.queryOne(
            "\(Self.select) WHERE edition_id = ? AND user_id = ?", editionID, userID,
            map: Self.ambassador)?.value
    }

    /// The ambassadors of `editionID`, by id.
    public func all(editionID: EditionID) throws -> [Ambassador] {
        try connection.query("\(Self.select) WHERE edition_id = ? ORDER BY id", editionID, map: Self.ambassador)
            .map(\.value)
    }

    private static let select = """
        SELECT id, edition_id, user_id, administration_id, job_family, departement, city, capacity, description,
            revision FROM vmj_ambassadors
        """

    private static func ambassador(_ row: Row) throws -> Versioned<Ambassador> {
        let profile = AmbassadorProfile(
            jobFamily: try row.code(4), departement: try Departement(try row.string(5)),
            city: try row.string(6), capacity: try row.int(7),
            description: try row.string(8))
        return Versioned(
            Ambassador(
                id: try row.decode(0), editionID: try row.decode(1), userID: try row.decode(2),
                administrationID: try row.decode(3), profile: profile),
            revision: try row.int(9))
    }
}
