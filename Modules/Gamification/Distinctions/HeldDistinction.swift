public import Domain

/// A distinction held by a user.
public struct HeldDistinction: Hashable, Sendable {
    /// Who holds it.
    public var userID: UserID
    /// Which distinction.
    public var code: DistinctionCode
    /// The event that earned it.
    public var event: DistinctionEvent
    /// When it was awarded.
    public var awardedAt: Instant

    /// Creates the value.
    public init(userID: UserID, code: DistinctionCode, event: DistinctionEvent, awardedAt: Instant) {
        self.userID = userID
        self.code = code
        self.event = event
        self.awardedAt = awardedAt
    }
}
