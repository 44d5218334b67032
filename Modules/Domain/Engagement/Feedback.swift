/// Which side of an engagement leaves feedback.
public enum FeedbackSide: String, Sendable, Codable, CaseIterable {
    /// The talent, about the mission.
    case talent
    /// The mission owner, about the talent's work.
    case owner
}

/// What one side thinks of an ended engagement: a rating from 1 to 5 and a comment, once per side.
public struct Feedback: Hashable, Sendable, Codable {
    /// Maximum length of ``comment``, in characters.
    public static let maximumCommentLength = 2000

    /// The agreement.
    public let agreementID: AgreementID
    /// Talent or owner.
    public let side: FeedbackSide
    /// From 1 (poor) to 5 (excellent).
    public let rating: Int
    /// A comment (1 to 2000 characters).
    public let comment: String
    /// Who wrote it.
    public let authorID: UserID?
    /// When.
    public let createdAt: Instant

    /// Builds feedback from trusted values (a store reading its rows).
    public init(
        agreementID: AgreementID, side: FeedbackSide, rating: Int, comment: String, authorID: UserID?,
        createdAt: Instant
    ) {
        self.agreementID = agreementID
        self.side = side
        self.rating = rating
        self.comment = comment
        self.authorID = authorID
        self.createdAt = createdAt
    }

    /// Feedback of `side` on `agreement`, which must be completed or interrupted; `existing` is
    /// the feedback already left on it.
    /// - Throws: ``AgreementError`` or ``FeedbackError``.
    public static func give(
        _ new: NewFeedback, on agreement: Agreement, side: FeedbackSide, existing: [Feedback],
        authorID: UserID?, at instant: Instant
    ) throws -> Feedback {
        try agreement.require(.giveFeedback)
        guard !existing.contains(where: { $0.side == side }) else { throw FeedbackError.alreadyGiven(side) }
        guard (1...5).contains(new.rating) else { throw FeedbackError.ratingOutOfRange(new.rating) }
        let comment = new.comment.trimmingWhitespace()
        guard (1...maximumCommentLength).contains(comment.count) else {
            throw FeedbackError.commentLength(count: comment.count)
        }
        return Feedback(
            agreementID: agreement.id, side: side, rating: new.rating, comment: comment,
            authorID: authorID, createdAt: instant)
    }
}

/// The content of feedback: `{"rating": 1…5, "comment": "…"}`.
public struct NewFeedback: Hashable, Sendable, Codable {
    /// From 1 to 5.
    public var rating: Int
    /// A comment.
    public var comment: String

    /// Creates unvalidated feedback.
    public init(rating: Int, comment: String) {
        self.rating = rating
        self.comment = comment
    }
}
