public import Domain

/// Mission orders, numbered per issuing administration and year.
public struct MissionOrderStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Issues the mission order of `agreement` by `administration`, covering `dates`, with its
    /// audit event; the agreement's revision moves too, since it shows its order.
    ///
    /// The sequence is the administration's largest of the year plus one, read and written in the
    /// caller's write transaction: `BEGIN IMMEDIATE` serialises writers, so two issues never read
    /// the same maximum and numbers have neither gaps nor duplicates (a cancelled order keeps its
    /// number). The unique index on (administration, year, sequence) backs this up.
    /// - Throws: ``AgreementError``, ``MissionOrderError``.
    public func issue(
        for agreement: Agreement, by administration: Administration, dates: DateWindow,
        issuedBy: UserID?, actor: Actor, at instant: Instant
    ) throws -> MissionOrder {
        precondition(connection.isInTransaction, "a mission order is numbered in the write transaction")
        if let inForce = try inForce(agreementID: agreement.id) {
            throw MissionOrderError.alreadyInForce(inForce.reference)
        }
        let year = instant.utcDate.year
        let sequence =
            try connection.scalar(
                """
                SELECT coalesce(max(sequence), 0) + 1 FROM mission_orders WHERE administration_id = ? AND year = ?
                """, administration.id, year, as: Int.self) ?? 1
        let order = try MissionOrder.issue(
            id: try connection.nextID(in: "mission_orders"), for: agreement, administrationID: administration.id,
            reference: MissionOrderReference(acronym: administration.acronym, year: year, sequence: sequence),
            dates: dates, issuedBy: issuedBy, at: instant)
        try connection.run(
            """
            INSERT INTO mission_orders(id, agreement_id, administration_id, year, sequence, reference, start_date,
                end_date, issued_by, issued_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, order.id, order.agreementID, order.administrationID, year, sequence, order.reference.description,
            order.dates.start, order.dates.end, order.issuedBy, order.issuedAt)
        try AgreementStore(connection).touch(agreement.id)
        try audit("mission-order.issued", order, by: actor, at: instant)
        return order
    }

    /// Saves a cancelled `order`, with its audit event; the agreement's revision moves too.
    /// - Returns: the order's new revision.
    /// - Throws: ``NotFoundError``, ``StaleRevisionError``.
    @discardableResult
    public func cancel(
        _ order: MissionOrder, expectedRevision: Int? = nil, by actor: Actor,
        at instant: Instant
    ) throws -> Int {
        let revision = try connection.bumpRevision(
            table: "mission_orders", subject: "mission-order",
            id: order.id.rawValue, expected: expectedRevision)
        try connection.run(
            "UPDATE mission_orders SET cancelled_at = ?, cancellation_reason = ? WHERE id = ?",
            order.cancelledAt, order.cancellationReason, order.id)
        try AgreementStore(connection).touch(order.agreementID)
        try audit("mission-order.cancelled", order, by: actor, at: instant)
        return revision
    }

    /// The order with `id` and its revision, or nil.
    public func findVersioned(_ id: MissionOrderID) throws -> Versioned<MissionOrder>? {
        try connection.queryOne("\(Self.select) WHERE o.id = ?", id) {
            Versioned(try Self.order($0), revision: try $0.int(12))
        }
    }

    /// The order of `agreementID` in force, or nil.
    public func inForce(agreementID: AgreementID) throws -> MissionOrder? {
        try connection.queryOne(
            "\(Self.select) WHERE o.agreement_id = ? AND o.cancelled_at IS NULL", agreementID,
            map: Self.order)
    }

    /// The orders issued by `administrationID` (any when nil) in `year` (any when nil), by reference.
    public func all(administrationID: AdministrationID? = nil, year: Int? = nil) throws -> [MissionOrder] {
        try connection.query(
            """
            \(Self.select) WHERE (?1 IS NULL OR o.administration_id = ?1) AND (?2 IS NULL OR o.year = ?2)
            ORDER BY o.administration_id, o.year, o.sequence
            """, administrationID, year, map: Self.order)
    }

    private func audit(_ action: String, _ order: MissionOrder, by actor: Actor, at instant: Instant) throws {
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "mission-order", subjectID: order.id.rawValue, actor: actor, at: instant,
                details: [
                    "reference": order.reference.description, "agreementID": String(order.agreementID.rawValue),
                    "administrationID": String(order.administrationID.rawValue)
                ]))
    }

    private static let select = """
        SELECT o.id, o.agreement_id, o.administration_id, o.reference, o.year, o.sequence, o.start_date, o.end_date,
            o.issued_by, o.issued_at, o.cancelled_at, o.cancellation_reason, o.revision
        FROM mission_orders o
        """

    private static func order(_ row: Row) throws -> MissionOrder {
        // The reference as issued: the administration's acronym may change later, the reference never.
        let text = try row.string(3)
        guard let reference = MissionOrderReference(text), reference.year == (try row.int(4)),
            reference.sequence == (try row.int(5))
        else {
            throw SQLiteError.mismatch(
                "column reference holds '\(text)', which does not match its year and sequence",
                sql: nil)
        }
        return MissionOrder(
            id: try row.decode(0), agreementID: try row.decode(1), administrationID: try row.decode(2),
            reference: reference,
            dates: DateWindow(start: try row.decode(6), end: try row.decode(7)), issuedBy: try row.decode(8),
            issuedAt: try row.decode(9), cancelledAt: try row.decode(10),
            cancellationReason: try row.optionalString(11))
    }
}
