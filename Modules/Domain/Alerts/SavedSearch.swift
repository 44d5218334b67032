/// Identifies a ``SavedSearch``.
public typealias SavedSearchID = ID<SavedSearch>

/// A talent's saved mission search: new published missions that match it are queued as
/// ``AlertMatch``es for the notification digest.
public struct SavedSearch: Hashable, Sendable {
    /// The identifier.
    public let id: SavedSearchID
    /// The user who saved it.
    public let userID: UserID
    /// The name the talent gave it.
    public let name: String
    /// The parameters of `GET /v1/missions` it stands for, by name (a multi-valued parameter
    /// holds its values separated by commas).
    public let parameters: [String: String]
    /// When it was saved.
    public let createdAt: Instant

    /// Builds a saved search from trusted values (a store reading its rows, or a use case
    /// after ``NewSavedSearch/validated()``).
    public init(id: SavedSearchID, userID: UserID, name: String, parameters: [String: String], createdAt: Instant) {
        self.id = id
        self.userID = userID
        self.name = name
        self.parameters = parameters
        self.createdAt = createdAt
    }

    /// The parameters as query pairs, sorted by name (what the mission search parses).
    public var queryItems: [(name: String, value: String)] {
        parameters.sorted { $0.key < $1.key }.map { (name: $0.key, value: $0.value) }
    }
}
