/// A rule broken by feedback.
public enum FeedbackError: DomainError, Equatable {
    /// A rating outside 1…5.
    case ratingOutOfRange(Int)
    /// A comment empty or too long.
    case commentLength(count: Int)
    /// This side already left its feedback.
    case alreadyGiven(FeedbackSide)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .ratingOutOfRange: "feedback-rating-out-of-range"
        case .commentLength: "feedback-comment-length"
        case .alreadyGiven: "feedback-already-given"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .ratingOutOfRange: "rating"
        case .commentLength: "comment"
        case .alreadyGiven: nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .ratingOutOfRange(let rating): "A rating goes from 1 to 5, not \(rating)."
        case .commentLength(let count):
            "A comment must have 1 to \(Feedback.maximumCommentLength) characters, not \(count)."
        case .alreadyGiven(let side): "The \(side.rawValue) already left feedback on this engagement; it is given once."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        self == .alreadyGiven(.talent) || self == .alreadyGiven(.owner) ? .conflict : .invalidValue
    }
}
