/// Identifies an ``AlertMatch``.
public typealias AlertMatchID = ID<AlertMatch>

/// A newly published mission that matches a saved search, waiting in the queue of the
/// notification digest until it is marked sent.
public struct AlertMatch: Hashable, Sendable {
    /// The identifier (queue order).
    public let id: AlertMatchID
    /// The saved search that matched.
    public let savedSearchID: SavedSearchID
    /// The user to notify.
    public let userID: UserID
    /// The published mission.
    public let missionID: MissionID
    /// When the mission was published and the match queued.
    public let queuedAt: Instant
    /// When the digest that carried it was sent; nil while pending.
    public let sentAt: Instant?

    /// Builds a match from trusted values (a store reading its rows).
    public init(
        id: AlertMatchID, savedSearchID: SavedSearchID, userID: UserID, missionID: MissionID,
        queuedAt: Instant, sentAt: Instant?
    ) {
        self.id = id
        self.savedSearchID = savedSearchID
        self.userID = userID
        self.missionID = missionID
        self.queuedAt = queuedAt
        self.sentAt = sentAt
    }
}
