public import Domain
import Persistence

extension Workflows {
    /// Issues the mission order of signed agreement `agreementID`, covering `dates` (a referent
    /// of the talent's employer or of one above it, whose administration issues it; the command
    /// line issues in the employer's name; audit `mission-order.issued`).
    /// - Throws: ``NotFoundError``, ``AgreementAccessError``, ``AgreementError``, ``MissionOrderError``.
    public func issueMissionOrder(
        for agreementID: AgreementID, dates: DateWindow,
        by caller: Caller
    ) throws -> Versioned<MissionOrder> {
        try database.write { try issueMissionOrder(for: agreementID, dates: dates, by: caller, in: $0) }
    }

    /// ``issueMissionOrder(for:dates:by:)`` inside the caller's write transaction (idempotent requests).
    public func issueMissionOrder(
        for agreementID: AgreementID, dates: DateWindow, by caller: Caller,
        in transaction: Transaction
    ) throws -> Versioned<MissionOrder> {
        try issueMissionOrder(for: agreementID, dates: dates, by: caller, in: transaction.connection)
    }

    // The same inside a write transaction of Workflows itself.
    func issueMissionOrder(
        for agreementID: AgreementID, dates: DateWindow, by caller: Caller,
        in connection: Connection
    ) throws -> Versioned<MissionOrder> {
        let engagement = try engagement(agreementID, for: caller, in: connection)
        let issuerID: AdministrationID
        if let user = caller.user {
            guard engagement.access.isReferent(user), let administrationID = user.administrationID else {
                throw AgreementAccessError.notReferent(action: "issue a mission order")
            }
            issuerID = administrationID
        } else {
            issuerID = engagement.agreement.parties.employerID
        }
        guard let issuer = try AdministrationStore(connection).find(issuerID) else {
            preconditionFailure("administration \(issuerID) of the lineage vanished")
        }
        let now = clock.now
        let order = try MissionOrderStore(connection).issue(
            for: engagement.agreement, by: issuer, dates: dates,
            issuedBy: caller.user?.id, actor: caller.actor, at: now)
        try Outbox(connection).missionOrderIssued(
            agreementID: engagement.agreement.id.rawValue,
            reference: order.reference.description, start: order.dates.start,
            end: order.dates.end, mission: engagement.mission,
            talentID: engagement.agreement.talentID, at: now)
        return Versioned(order, revision: 1)
    }

    /// Mission order `id`, for whoever may read its agreement.
    /// - Throws: ``NotFoundError``.
    public func missionOrder(_ id: MissionOrderID, by caller: Caller) throws -> Versioned<MissionOrder> {
        try database.read { connection in try readableOrder(id, by: caller, in: connection).order }
    }

    /// Mission order `id` with the agreement it covers and its issuer's name, for whoever may
    /// read the agreement.
    /// - Throws: ``NotFoundError`` (also for a caller who may not read it).
    public func missionOrderView(_ id: MissionOrderID, by caller: Caller) throws -> MissionOrderView {
        try database.read { connection in
            let (order, engagement) = try readableOrder(id, by: caller, in: connection)
            return MissionOrderView(
                order: order.value, revision: order.revision,
                agreement: try view(engagement, for: caller, in: connection),
                issuedBy: try order.value.issuedBy.flatMap { try UserStore(connection).find($0)?.displayName },
                callerMayCancel: order.value.isInForce
                    && (caller.user.map { $0.has(.operator) || engagement.access.isReferent($0) } ?? true))
        }
    }

    /// Cancels mission order `id` with a reason (a referent of the talent's employer, the
    /// operator, the command line; audit `mission-order.cancelled`). It keeps its reference.
    /// - Throws: ``NotFoundError``, ``AgreementAccessError``, ``StaleRevisionError``, ``MissionOrderError``.
    public func cancelMissionOrder(
        _ id: MissionOrderID, reason: String, expectedRevision: Int?,
        by caller: Caller
    ) throws -> Versioned<MissionOrder> {
        // Roles first: who may never cancel learns nothing of which orders exist.
        if let user = caller.user, !user.has(.operator), !user.has(.referent) {
            throw AgreementAccessError.notReferent(action: "cancel a mission order")
        }
        return try database.write { connection in
            let store = MissionOrderStore(connection)
            guard let stored = try store.findVersioned(id) else { throw NotFoundError("mission-order", id: id) }
            let engagement: Engagement
            do {
                engagement = try self.engagement(stored.value.agreementID, for: caller, in: connection)
            } catch is NotFoundError {
                throw NotFoundError("mission-order", id: id)
            }
            if let user = caller.user, !user.has(.operator), !engagement.access.isReferent(user) {
                throw AgreementAccessError.notReferent(action: "cancel a mission order")
            }
            try stored.check(expected: expectedRevision, subject: "mission-order")
            var order = stored.value
            let now = clock.now
            try order.cancel(reason: reason, at: now)
            let revision = try store.cancel(order, expectedRevision: expectedRevision, by: caller.actor, at: now)
            return Versioned(order, revision: revision)
        }
    }

    /// The mission orders issued by `administrationID` (any when nil) in `year` (any when nil),
    /// by reference (operator, command line).
    /// - Throws: ``AccessError``.
    public func missionOrders(
        administrationID: AdministrationID? = nil, year: Int? = nil,
        by caller: Caller
    ) throws -> [MissionOrder] {
        try caller.require(.operator, to: "list mission orders")
        return try database.read { try MissionOrderStore($0).all(administrationID: administrationID, year: year) }
    }

    /// Mission order `id` and its agreement, when the caller may read the agreement; a 404 of the
    /// order otherwise, so that the order's existence is not revealed.
    private func readableOrder(
        _ id: MissionOrderID, by caller: Caller,
        in connection: Connection
    ) throws -> (order: Versioned<MissionOrder>, engagement: Engagement) {
        guard let order = try MissionOrderStore(connection).findVersioned(id) else {
            throw NotFoundError("mission-order", id: id)
        }
        do {
            return (order, try engagement(order.value.agreementID, for: caller, in: connection))
        } catch is NotFoundError {
            throw NotFoundError("mission-order", id: id)
        }
    }
}
