/// An exchange the mission owner proposes to an applicant (*échange*).
public struct Interview: Hashable, Sendable, Codable {
    /// Maximum length of ``means``, in characters.
    public static let maximumMeansLength = 200

    /// When the exchange takes place.
    public var at: Instant
    /// How: "visioconférence", a phone number, an address… (1 to 200 characters).
    public var means: String

    /// Creates a proposal; ``Application/proposeInterview(_:at:)`` validates it.
    public init(at: Instant, means: String) {
        self.at = at
        self.means = means
    }
}
