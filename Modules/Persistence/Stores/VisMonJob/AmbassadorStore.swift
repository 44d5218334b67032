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
