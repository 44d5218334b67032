public import Domain

/// The questions agents ask about published missions, and their answers (`mission_questions`,
/// migration 16).
public struct MissionQuestionStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records a checked question, with its audit event `mission-question.asked` (ids only).
    public func insert(
        missionID: MissionID, askerID: UserID, text: String, sharesEmail: Bool, by actor: Actor,
        at instant: Instant
    ) throws -> MissionQuestion {
        let question = MissionQuestion(
            id: try connection.nextID(in: "mission_questions"), missionID: missionID, askerID: askerID, text: text,
            askerSharesEmail: sharesEmail, askedAt: instant)
        try connection.run(
            """
            INSERT INTO mission_questions(id, mission_id, asker_id, body, asker_shares_email, asked_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """, question.id, missionID, askerID, text, sharesEmail, instant)
        try AuditLog(connection).append(
            AuditEvent(
                action: "mission-question.asked", subjectType: "mission-question", subjectID: question.id.rawValue,
                actor: actor, at: instant, details: ["mission": String(missionID.rawValue)]))
        return question
    }

    /// Records the answer of `question`, with its audit event `mission-question.answered`.
    public func answer(
        _ question: MissionQuestion, text: String, sharesEmail: Bool, by user: UserID, actor: Actor,
        at instant: Instant
    ) throws -> MissionQuestion {
        try connection.run(
            """
            UPDATE mission_questions SET answer = ?, answered_by = ?, answerer_shares_email = ?, answered_at = ?
            WHERE id = ? AND answer IS NULL
            """, text, user, sharesEmail, instant, question.id)
        try AuditLog(connection).append(
            AuditEvent(
                action: "mission-question.answered", subjectType: "mission-question",
                subjectID: question.id.rawValue, actor: actor, at: instant,
                details: ["mission": String(question.missionID.rawValue)]))
        var answered = question
        answered.answer = text
        answered.answeredBy = user
        answered.answererSharesEmail = sharesEmail
        answered.answeredAt = instant
        return answered
    }

    /// The question with `id`, or nil.
    public func find(_ id: MissionQuestionID) throws -> MissionQuestion? {
        try connection.queryOne("\(Self.select) WHERE id = ?", id, map: Self.question)
    }

    /// How many questions `askerID` asked since `instant` (the rate limit).
    public func count(askedBy askerID: UserID, since instant: Instant) throws -> Int {
        try connection.scalar(
            "SELECT count(*) FROM mission_questions WHERE asker_id = ? AND asked_at >= ?", askerID, instant,
            as: Int.self) ?? 0
    }

    /// One page of the questions `askerID` asked, newest first.
    public func page(askedBy askerID: UserID, limit: Int, offset: Int) throws -> [MissionQuestion] {
        try connection.query(
            "\(Self.select) WHERE asker_id = ? ORDER BY asked_at DESC, id DESC LIMIT ? OFFSET ?", askerID, limit,
            offset, map: Self.question)
    }

    /// How many questions `askerID` asked.
    public func count(askedBy askerID: UserID) throws -> Int {
        try connection.scalar("SELECT count(*) FROM mission_questions WHERE asker_id = ?", askerID, as: Int.self)
            ?? 0
    }

    /// The missions whose questions `owner` reads: those they own or co-own (bound twice).
    static let ownedMissions =
        "SELECT id FROM missions WHERE owner_id = ? UNION SELECT mission_id FROM mission_co_owners WHERE user_id = ?"

    /// One page of the questions about the missions `ownerID` owns (all missions when nil, the
    /// operator's view): unanswered first (oldest first), then answered (newest first);
    /// `answered` keeps only one of the two when given.
    public func page(ownedBy ownerID: UserID?, answered: Bool?, limit: Int, offset: Int) throws -> [MissionQuestion] {
        let (filter, arguments) = Self.filter(ownedBy: ownerID, answered: answered)
        return try connection.query(
            """
            \(Self.select) \(filter)
            ORDER BY answered_at IS NOT NULL, CASE WHEN answered_at IS NULL THEN asked_at ELSE -answered_at END, id
            LIMIT ? OFFSET ?
            """, arguments: arguments + [limit, offset], map: Self.question)
    }

    /// How many questions ``page(ownedBy:answered:limit:offset:)`` pages through.
    public func count(ownedBy ownerID: UserID?, answered: Bool?) throws -> Int {
        let (filter, arguments) = Self.filter(ownedBy: ownerID, answered: answered)
        return try connection.scalar(
            "SELECT count(*) FROM mission_questions \(filter)", arguments: arguments, as: Int.self)
            ?? 0
    }

    /// Erases the questions whose last message (the answer, else the question) is older than
    /// `instant`, with one audit event `mission-question.purged` counting them.
    /// - Returns: how many were erased.
    public func purge(before instant: Instant, by actor: Actor, at now: Instant) throws -> Int {
        let erased = try connection.run(
            "DELETE FROM mission_questions WHERE coalesce(answered_at, asked_at) < ?", instant)
        if erased > 0 {
            try AuditLog(connection).append(
                AuditEvent(
                    action: "mission-question.purged", subjectType: "mission-question", subjectID: nil,
                    actor: actor, at: now, details: ["count": String(erased)]))
        }
        return erased
    }

    private static let select = """
        SELECT id, mission_id, asker_id, body, asker_shares_email, asked_at, answer, answered_by,
            answerer_shares_email, answered_at FROM mission_questions
        """

    private static func filter(ownedBy ownerID: UserID?, answered: Bool?) -> (String, [any SQLiteBindable]) {
        var clauses: [String] = []
        var arguments: [any SQLiteBindable] = []
        if let ownerID {
            clauses.append("mission_id IN (\(ownedMissions))")
            arguments += [ownerID, ownerID]
        }
        switch answered {
        case nil: break
        case true?: clauses.append("answered_at IS NOT NULL")
        case false?: clauses.append("answered_at IS NULL")
        }
        return (clauses.isEmpty ? "" : "WHERE " + clauses.joined(separator: " AND "), arguments)
    }

    private static func question(_ row: Row) throws -> MissionQuestion {
        MissionQuestion(
            id: try row.decode(0), missionID: try row.decode(1), askerID: try row.decode(2), text: try row.string(3),
            askerSharesEmail: try row.bool(4), askedAt: try row.decode(5), answer: try row.optionalString(6),
            answeredBy: try row.decode(7), answererSharesEmail: try row.bool(8), answeredAt: try row.decode(9))
    }
}
