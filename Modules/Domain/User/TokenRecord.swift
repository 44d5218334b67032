/// A stored token, without the token.
public struct TokenRecord: Sendable, Equatable, Codable {
    /// The identifier, used to revoke it.
    public var id: Int64
    /// Whose token it is.
    public var userID: UserID
    /// What it is for, e.g. "poste de travail".
    public var label: String
    /// When it was issued.
    public var createdAt: Instant
    /// When it stops working.
    public var expiresAt: Instant
    /// When it was revoked, if it was.
    public var revokedAt: Instant?

    /// Whether the token authenticates at `now`.
    public func isValid(at now: Instant) -> Bool {
        revokedAt == nil && now < expiresAt
    }

    /// Creates the value.
    public init(id: Int64, userID: UserID, label: String, createdAt: Instant, expiresAt: Instant, revokedAt: Instant?) {
        self.id = id
        self.userID = userID
        self.label = label
        self.createdAt = createdAt
        self.expiresAt = expiresAt
        self.revokedAt = revokedAt
    }
}
