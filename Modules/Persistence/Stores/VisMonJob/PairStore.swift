public import Domain

/// The pairs of *Vis mon job* editions and their feedback.
public struct PairStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Replaces the pairs of `editionID` by those of `result` (a pairing run, before publication;
    /// the edition's own audit event records the run). A student keeps their pair's id from one
    /// run to the next, so the audit events of an adjustment keep naming the same pair.
    public func replace(editionID: EditionID, with result: PairingResult, at instant: Instant) throws {
        let existing = Dictionary(
            uniqueKeysWithValues: try all(editionID: editionID).map {
                ($0.value.studentID, $0.value.id)
            })
        let matched = Set(result.matches.map(\.studentID))
        // New ids are drawn before any delete, so no id of a removed pair is given again.
        var next: PairID = try connection.nextID(in: "vmj_pairs")
        for (student, pair) in existing where !matched.contains(student) {
            try connection.run("DELETE FROM vmj_pairs WHERE id = ?", pair)
        }
        for match in result.matches {
            let id: PairID
            if let kept = existing[match.studentID] {
                id = kept
            } else {
                id = next
                next = PairID(next.rawValue + 1)
            }
            try write(
                Pair(
                    id: id, editionID: editionID, studentID: match.studentID, ambassadorID: match.ambassadorID,
                    fit: match.fit), at: instant)
        }
    }

    /// Records a pair formed by hand, with its audit event `vmj.pair.adjusted`.
    public func insert(
        editionID: EditionID, studentID: StudentID, ambassadorID: AmbassadorID, fit: PairFit,
        by actor: Actor, at instant: Instant
    ) throws -> Pair {
        let pair = Pair(
            id: try connection.nextID(in: "vmj_pairs"), editionID: editionID, studentID: studentID,
            ambassadorID: ambassadorID, fit: fit, manual: true)
        try write(pair, at: instant)
        try audit("vmj.pair.adjusted", pair, details: ["previousAmbassadorID": "none"], by: actor, at: instant)
        return pair
    }

    /// Saves `pair`, with its audit event `action` and extra `details` (ids, dates, codes).
    /// - Returns: the new revision.
    /// - Throws: ``NotFoundError``, ``StaleRevisionError``.
    @discardableResult
    public func update(
        _ pair: Pair, action: String, details: [String: String] = [:], expectedRevision: Int?,
        by actor: Actor, at instant: Instant
    ) throws -> Int {
        let revision = try connection.bumpRevision(
            table: "vmj_pairs", subject: "pair", id: pair.id.rawValue,
            expected: expectedRevision)
        try write(pair, at: instant)
        try audit(action, pair, details: details, by: actor, at: instant)
        return revision
    }

    /// The pair with `id` and its revision, or nil.
    public func find(_ id: PairID) throws -> Versioned<Pair>? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: Self.pair)
    }

    /// The pair of `studentID` and its revision, or nil.
    public func find(studentID: StudentID) throws -> Versioned<Pair>? {
        try connection.queryOne("\(Self.select) WHERE student_id = ?", studentID, map: Self.pair)
    }

    /// The pairs of `editionID`, by student.
    public func all(editionID: EditionID) throws -> [Versioned<Pair>] {
        try connection.query("\(Self.select) WHERE edition_id = ? ORDER BY student_id", editionID, map: Self.pair)
    }

    /// The pairs of `ambassadorID`, by student.
    public func all(ambassadorID: AmbassadorID) throws -> [Versioned<Pair>] {
        try connection.query("\(Self.select) WHERE ambassador_id = ? ORDER BY student_id", ambassadorID, map: Self.pair)
    }

    /// Records one side's feedback, with its audit event `vmj.pair.feedback-left` (the rating only).
    /// - Throws: ``VisMonJobError/feedbackExists``.
    public func addFeedback(
        _ feedback: PairFeedback, on pair: PairID, side: PairSide, by actor: Actor,
        at instant: Instant
    ) throws {
        let exists = try connection.scalar(
            "SELECT 1 FROM vmj_feedback WHERE pair_id = ? AND side = ?", pair,
            side.rawValue, as: Int.self)
        if exists != nil { throw VisMonJobError.feedbackExists }
        try connection.run(
            """
            INSERT INTO vmj_feedback(pair_id, side, rating, comment, created_at) VALUES (?, ?, ?, ?, ?)
            """, pair, side.rawValue, feedback.rating, feedback.comment, instant)
        try AuditLog(connection).append(
            AuditEvent(
                action: "vmj.pair.feedback-left", subjectType: "vmj-pair", subjectID: pair.rawValue, actor: actor,
                at: instant, details: ["side": side.rawValue, "rating": String(feedback.rating)]))
    }

    /// The feedback left on `pair`, by side.
    public func feedback(on pair: PairID) throws -> [PairSide: PairFeedback] {
        Dictionary(
            uniqueKeysWithValues: try connection.query(
                "SELECT side, rating, comment FROM vmj_feedback WHERE pair_id = ?", pair
            ) { row in
                (try row.code(0, as: PairSide.self), PairFeedback(rating: try row.int(1), comment: try row.string(2)))
            })
    }

    private func write(_ pair: Pair, at instant: Instant) throws {
        try connection.run(
            """
            INSERT INTO vmj_pairs(id, edition_id, student_id, ambassador_id, wish_rank, departement_rank,
                administration_rank, manual, agreed_date, proposed_date, proposed_by, status, created_at, updated_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)
            ON CONFLICT(id) DO UPDATE SET ambassador_id = ?4, wish_rank = ?5, departement_rank = ?6,
                administration_rank = ?7, manual = ?8, agreed_date = ?9, proposed_date = ?10, proposed_by = ?11,
                status = ?12, updated_at = ?13
            """, pair.id, pair.editionID, pair.studentID, pair.ambassadorID, pair.fit.wishRank,
            pair.fit.departementRank,
            pair.fit.administrationRank, pair.manual, pair.agreedDate, pair.proposal?.date, pair.proposal?.by.rawValue,
            pair.status.rawValue, instant)
    }

    private func audit(
        _ action: String, _ pair: Pair, details: [String: String], by actor: Actor,
        at instant: Instant
    ) throws {
        try AuditLog(connection).append(
            AuditEvent(
                action: action, subjectType: "vmj-pair", subjectID: pair.id.rawValue, actor: actor, at: instant,
                details: details.merging([
                    "editionID": String(pair.editionID.rawValue),
                    "studentID": String(pair.studentID.rawValue),
                    "ambassadorID": String(pair.ambassadorID.rawValue)
                ]) { current, _ in current }))
    }

    private static let select = """
        SELECT id, edition_id, student_id, ambassador_id, wish_rank, departement_rank, administration_rank, manual,
            agreed_date, proposed_date, proposed_by, status, revision FROM vmj_pairs
        """

    private static func pair(_ row: Row) throws -> Versioned<Pair> {
        let proposal =
            try row.optionalString(10) == nil
            ? nil
            : DateProposal(date: try row.decode(9), by: try row.code(10, as: PairSide.self))
        let fit = PairFit(
            wishRank: try row.optionalInt(4), departementRank: try row.optionalInt(5),
            administrationRank: try row.optionalInt(6))
        return Versioned(
            Pair(
                id: try row.decode(0), editionID: try row.decode(1), studentID: try row.decode(2),
                ambassadorID: try row.decode(3), fit: fit, manual: try row.bool(7),
                agreedDate: try row.decode(8), proposal: proposal, status: try row.code(11)),
            revision: try row.int(12))
    }
}
