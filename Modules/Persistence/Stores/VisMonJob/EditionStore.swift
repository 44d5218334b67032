public import Domain

/// *Vis mon job* editions.
public struct EditionStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Validates and records a new open edition, with its audit event `vmj.edition.created`.
    /// - Throws: ``VisMonJobError``.
    public func insert(_ new: NewEdition, by actor: Actor, at instant: Instant) throws -> Edition {
        let edition = try Edition.create(id: try connection.nextID(in: "vmj_editions"), new)
        try connection.run(
            """
            INSERT INTO vmj_editions(id, name, event_day, registration_opens, registration_closes,
                date_change_window_days, state, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, edition.id, edition.name, edition.eventDay, edition.registrationOpens, edition.registrationCloses,
            edition.dateChangeWindowDays, edition.state.rawValue, instant, instant)
        try audit("vmj.edition.created", edition, by: actor, at: instant)
        return edition
    }

    /// Saves the state of `edition`, with its audit event `action` and extra `details` (ids and counts).
    /// - Returns: the new revision.
    /// - Throws: ``NotFoundError``, ``StaleRevisionError``.
    @discardableResult
    public func update(
        _ edition: Edition, action: String, details: [String: String] = [:], expectedRevision: Int?,
        by actor: Actor, at instant: Instant
    ) throws -> Int {
        let revision = try connection.bumpRevision(
            table: "vmj_editions", subject: "edition", id: edition.id.rawValue,
            expected: expectedRevision)
        try connection.run(
            "UPDATE vmj_editions SET state = ?, pairing_run_at = ?, updated_at = ? WHERE id = ?",
            edition.state.rawValue, edition.pairingRunAt, instant, edition.id)
        try audit(action, edition, details: details, by: actor, at: instant)
        return revision
    }

    /// The edition with `id` and its revision, or nil.
    public func find(_ id: EditionID) throws -> Versioned<Edition>? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: Self.edition)
    }

    /// Every edition, the most recent event first.
    public func all() throws -> [Versioned<Edition>] {
        try connection.query("\(Self.select) ORDER BY event_day DESC, id DESC", map: Self.edition)
    }

    private func audit(
        _ action: String, _ edition: Edition, details: [String: String] = [:], by actor: Actor,
        at instant: Instant
    ) throws {
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "vmj-edition", subjectID: edition.id.rawValue, actor: actor, at: instant,
                details: details.merging(["state": edition.state.rawValue]) { current, _ in current }))
    }

    private static let select = """
        SELECT id, name, event_day, registration_opens, registration_closes, date_change_window_days, state,
            pairing_run_at, revision FROM vmj_editions
        """

    private static func edition(_ row: Row) throws -> Versioned<Edition> {
        Versioned(
            Edition(
                id: try row.decode(0), name: try row.string(1), eventDay: try row.decode(2),
                registrationOpens: try row.decode(3), registrationCloses: try row.decode(4),
                dateChangeWindowDays: try row.int(5), state: try row.code(6), pairingRunAt: try row.decode(7)),
            revision: try row.int(8))
    }
}
