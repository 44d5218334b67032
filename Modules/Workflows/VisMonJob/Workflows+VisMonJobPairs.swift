public import Domain
import Notifications
import Persistence

extension Workflows {
    /// A published pair, for its ambassador and the operator; for anyone else (and before
    /// publication, for the ambassador) it does not exist.
    /// - Throws: ``NotFoundError``.
    public func pair(_ id: PairID, by caller: Caller) throws -> PairDetails {
        try database.read { connection in
            let (pair, side) = try visiblePair(id, to: caller, in: connection)
            return try pairDetails(pair, for: side, in: connection)
        }
    }

    /// The ambassador proposes another date to their student (audit `vmj.pair.date-proposed`).
    /// - Throws: ``NotFoundError``, ``AccessError`` (the operator is no side), ``StaleRevisionError``,
    ///   ``VisMonJobError``.
    public func proposeDate(
        _ date: LocalDate, for id: PairID, expectedRevision: Int?,
        by caller: Caller
    ) throws -> PairDetails {
        try changePair(id, by: caller, to: "propose another date") { pair, side, connection in
            try proposeDate(
                date, on: pair, by: side, expectedRevision: expectedRevision, actor: caller.actor,
                in: connection)
        }
    }

    /// The ambassador accepts the date their student proposed (audit `vmj.pair.date-agreed`).
    /// - Throws: as ``proposeDate(_:for:expectedRevision:by:)``.
    public func acceptDate(for id: PairID, expectedRevision: Int?, by caller: Caller) throws -> PairDetails {
        try changePair(id, by: caller, to: "accept another date") { pair, side, connection in
            try acceptDate(on: pair, by: side, expectedRevision: expectedRevision, actor: caller.actor, in: connection)
        }
    }

    /// The ambassador leaves feedback after the day (audit `vmj.pair.feedback-left`).
    /// - Throws: as ``proposeDate(_:for:expectedRevision:by:)``.
    public func leaveFeedback(_ feedback: PairFeedback, on id: PairID, by caller: Caller) throws -> PairDetails {
        try changePair(id, by: caller, to: "leave feedback") { pair, side, connection in
            try leaveFeedback(feedback, on: pair, by: side, actor: caller.actor, in: connection)
        }
    }

    /// The operator confirms that the day of the pair took place (audit `vmj.pair.done`).
    /// - Throws: ``NotFoundError``, ``AccessError``, ``StaleRevisionError``, ``VisMonJobError``.
    public func markPairDone(_ id: PairID, expectedRevision: Int?, by caller: Caller) throws -> PairDetails {
        try database.write { connection in
            let (stored, _) = try visiblePair(id, to: caller, in: connection)
            try caller.require(.operator, to: "mark a day done")
            try stored.check(expected: expectedRevision, subject: "pair")
            let edition = try existingEdition(stored.value.editionID, in: connection).value
            var pair = stored.value
            let now = clock.now
            try pair.markDone(in: edition, today: now.utcDate)
            let revision = try PairStore(connection).update(
                pair, action: "vmj.pair.done",
                expectedRevision: expectedRevision, by: caller.actor, at: now)
            guard let ambassador = try AmbassadorStore(connection).find(pair.ambassadorID)?.value else {
                preconditionFailure("pair \(pair.id) without its ambassador")
            }
            try Recognition.visMonJobDayDone(
                userID: ambassador.userID.rawValue, eventID: pair.id.rawValue,
                in: connection, at: now)
            return try pairDetails(Versioned(pair, revision: revision), for: nil, in: connection)
        }
    }

    /// `side` proposes `date` on `stored`, on `connection`.
    func proposeDate(
        _ date: LocalDate, on stored: Versioned<Pair>, by side: PairSide, expectedRevision: Int?,
        actor: Actor, in connection: Connection
    ) throws -> Versioned<Pair> {
        try stored.check(expected: expectedRevision, subject: "pair")
        let edition = try existingEdition(stored.value.editionID, in: connection).value
        var pair = stored.value
        try pair.propose(date, by: side, in: edition, today: clock.now.utcDate)
        let revision = try PairStore(connection).update(
            pair, action: "vmj.pair.date-proposed",
            details: ["side": side.rawValue, "date": date.description],
            expectedRevision: expectedRevision, by: actor, at: clock.now)
        return Versioned(pair, revision: revision)
    }

    /// `side` accepts the other side's proposal on `stored`, on `connection`.
    func acceptDate(
        on stored: Versioned<Pair>, by side: PairSide, expectedRevision: Int?, actor: Actor,
        in connection: Connection
    ) throws -> Versioned<Pair> {
        try stored.check(expected: expectedRevision, subject: "pair")
        let edition = try existingEdition(stored.value.editionID, in: connection).value
        var pair = stored.value
        try pair.acceptProposal(by: side, in: edition, today: clock.now.utcDate)
        let revision = try PairStore(connection).update(
            pair, action: "vmj.pair.date-agreed",
            details: ["side": side.rawValue, "date": pair.agreedDate?.description ?? ""],
            expectedRevision: expectedRevision, by: actor, at: clock.now)
        try notifyDateAgreed(pair, in: edition, revision: revision, in: connection)
        return Versioned(pair, revision: revision)
    }

    /// Tells both sides of `pair` its new day, with the update of their agenda entry.
    private func notifyDateAgreed(_ pair: Pair, in edition: Edition, revision: Int, in connection: Connection) throws {
        guard let ambassador = try AmbassadorStore(connection).find(pair.ambassadorID)?.value,
            let user = try UserStore(connection).find(ambassador.userID),
            let student = try StudentStore(connection).find(pair.studentID)?.value
        else {
            preconditionFailure("pair \(pair.id) without its ambassador or student")
        }
        try Outbox(connection).visMonJobDateAgreed(
            pairID: pair.id.rawValue, day: pair.day(in: edition), revision: revision, ambassador: Recipient(user),
            student: Recipient(userID: nil, email: student.registration.email), at: clock.now)
    }

    /// `side` leaves feedback on `stored`, on `connection`.
    func leaveFeedback(
        _ feedback: PairFeedback, on stored: Versioned<Pair>, by side: PairSide, actor: Actor,
        in connection: Connection
    ) throws -> Versioned<Pair> {
        let feedback = try feedback.validated()
        let edition = try existingEdition(stored.value.editionID, in: connection).value
        try stored.value.checkFeedback(in: edition, today: clock.now.utcDate)
        try PairStore(connection).addFeedback(feedback, on: stored.value.id, side: side, by: actor, at: clock.now)
        return stored
    }

    /// A change by the ambassador of the pair; the operator sees the pair but is no side (403).
    private func changePair(
        _ id: PairID, by caller: Caller, to purpose: String,
        _ change: (Versioned<Pair>, PairSide, Connection) throws -> Versioned<Pair>
    )
        throws -> PairDetails
    {
        try database.write { connection in
            let (stored, side) = try visiblePair(id, to: caller, in: connection)
            guard let side else { throw AccessError.notOwner(action: purpose) }
            return try pairDetails(try change(stored, side, connection), for: side, in: connection)
        }
    }

    /// The pair and the caller's side (nil for the operator), when the caller may see it.
    private func visiblePair(
        _ id: PairID, to caller: Caller,
        in connection: Connection
    ) throws -> (Versioned<Pair>, PairSide?) {
        guard let pair = try PairStore(connection).find(id) else { throw NotFoundError("pair", id: id) }
        if caller.isOperator { return (pair, nil) }
        let edition = try existingEdition(pair.value.editionID, in: connection).value
        guard edition.state == .paired || edition.state == .done,
            let ambassador = try AmbassadorStore(connection).find(pair.value.ambassadorID),
            ambassador.value.userID == caller.user?.id
        else {
            throw NotFoundError("pair", id: id)
        }
        return (pair, .ambassador)
    }
}
