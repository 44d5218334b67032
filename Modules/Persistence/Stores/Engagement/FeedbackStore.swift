public import Domain

/// Feedback left on ended engagements, once per side.
public struct FeedbackStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records the feedback of `side` on `agreement`, with its audit event; the agreement's
    /// revision moves, since it shows its feedback.
    /// - Throws: ``AgreementError``, ``FeedbackError``.
    public func insert(
        _ new: NewFeedback, on agreement: Agreement, side: FeedbackSide, authorID: UserID?,
        by actor: Actor, at instant: Instant
    ) throws -> Feedback {
        let feedback = try Feedback.give(
            new, on: agreement, side: side, existing: try all(agreementID: agreement.id),
            authorID: authorID, at: instant)
        try connection.run(
            """
            INSERT INTO feedback(agreement_id, side, rating, comment, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?)
            """, feedback.agreementID, feedback.side.rawValue, feedback.rating, feedback.comment, feedback.authorID,
            feedback.createdAt)
        try AgreementStore(connection).touch(agreement.id)
        try AuditLog(connection).append(
            AuditEvent(
                action: "agreement.feedback-given", subjectType: "agreement", subjectID: agreement.id.rawValue,
                actor: actor, at: instant, details: ["side": side.rawValue, "rating": String(feedback.rating)]))
        return feedback
    }

    /// The feedback left on `agreementID`, talent's first.
    public func all(agreementID: AgreementID) throws -> [Feedback] {
        try connection.query(
            """
            SELECT agreement_id, side, rating, comment, author_id, created_at FROM feedback WHERE agreement_id = ?
            ORDER BY side = 'owner', created_at
            """, agreementID
        ) { row in
            Feedback(
                agreementID: try row.decode(0), side: try row.code(1), rating: try row.int(2),
                comment: try row.string(3), authorID: try row.decode(4), createdAt: try row.decode(5))
        }
    }
}
