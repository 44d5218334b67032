/// What one side of a pair says after the day.
public struct PairFeedback: Hashable, Sendable, Codable {
    /// Maximum length of ``comment``, in characters.
    public static let maximumCommentLength = 2000

    /// From 1 (poor) to 5 (excellent).
    public var rating: Int
    /// A free comment (may be empty).
    public var comment: String

    /// Creates unvalidated feedback.
    public init(rating: Int, comment: String = "") {
        self.rating = rating
        self.comment = comment
    }

    private enum CodingKeys: String, CodingKey {
        case rating, comment
    }

    /// Decodes feedback; the comment defaults to empty.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            rating: try container.decode(Int.self, forKey: .rating),
            comment: try container.decodeIfPresent(String.self, forKey: .comment) ?? "")
    }

    /// The normalised feedback (comment trimmed), or the rule it breaks.
    /// - Throws: ``VisMonJobError``.
    public func validated() throws -> PairFeedback {
        guard (1...5).contains(rating) else { throw VisMonJobError.ratingOutOfRange(rating) }
        let comment = comment.trimmingWhitespace()
        guard comment.count <= Self.maximumCommentLength else {
            throw VisMonJobError.textLength(field: "comment", maximum: Self.maximumCommentLength)
        }
        return PairFeedback(rating: rating, comment: comment)
    }
}
