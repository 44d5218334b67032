public import Domain

/// The coaching slots offered to *Vis mon job* ambassadors, and their bookings.
public struct CoachingSlotStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records a slot (its `place` already validated), with its audit event `vmj.coaching-slot.published`.
    public func insert(
        editionID: EditionID, startsAt: Instant, capacity: Int, place: String = "", by actor: Actor,
        at instant: Instant
    ) throws -> CoachingSlot {
        let slot = CoachingSlot(
            id: try connection.nextID(in: "vmj_coaching_slots"), editionID: editionID,
            startsAt: startsAt, capacity: capacity, place: place)
        try connection.run(
            """
            INSERT INTO vmj_coaching_slots(id, edition_id, starts_at, capacity, place, created_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """, slot.id, editionID, startsAt, capacity, place, instant)
        try AuditLog(connection).append(
            AuditEvent(
                action: "vmj.coaching-slot.published", subjectType: "vmj-coaching-slot", subjectID: slot.id.rawValue,
                actor: actor, at: instant,
                details: ["editionID": String(editionID.rawValue), "capacity": String(capacity)]))
        return slot
    }

    /// Books `slot` for `ambassadorID`, with its audit event `vmj.coaching-slot.booked`; the
    /// primary key refuses a second booking of the same ambassador.
    public func book(
        _ slot: CoachingSlot, for ambassadorID: AmbassadorID, by actor: Actor,
        at instant: Instant
    ) throws -> CoachingSlot {
        try connection.run(
            "INSERT INTO vmj_coaching_bookings(ambassador_id, slot_id, booked_at) VALUES (?, ?, ?)",
            ambassadorID, slot.id, instant)
        try AuditLog(connection).append(
            AuditEvent(
                action: "vmj.coaching-slot.booked", subjectType: "vmj-coaching-slot", subjectID: slot.id.rawValue,
                actor: actor, at: instant, details: ["ambassadorID": String(ambassadorID.rawValue)]))
        var booked = slot
        booked.booked += 1
        return booked
    }

    /// The slot with `id`, with its bookings counted, or nil.
    public func find(_ id: CoachingSlotID) throws -> CoachingSlot? {
        try connection.queryOne("\(Self.select) WHERE s.id = ? GROUP BY s.id", id, map: Self.slot)
    }

    /// The slots of `editionID`, earliest first.
    public func all(editionID: EditionID) throws -> [CoachingSlot] {
        try connection.query(
            "\(Self.select) WHERE s.edition_id = ? GROUP BY s.id ORDER BY s.starts_at, s.id",
            editionID, map: Self.slot)
    }

    /// The slot `ambassadorID` booked, or nil.
    public func booking(of ambassadorID: AmbassadorID) throws -> CoachingSlotID? {
        try connection.scalar("SELECT slot_id FROM vmj_coaching_bookings WHERE ambassador_id = ?", ambassadorID)
    }

    private static let select = """
        SELECT s.id, s.edition_id, s.starts_at, s.capacity, count(b.ambassador_id), s.place FROM vmj_coaching_slots s
        LEFT JOIN vmj_coaching_bookings b ON b.slot_id = s.id
        """

    private static func slot(_ row: Row) throws -> CoachingSlot {
        CoachingSlot(
            id: try row.decode(0), editionID: try row.decode(1), startsAt: try row.decode(2),
            capacity: try row.int(3), booked: try row.int(4), place: try row.string(5))
    }
}
