/// The body of `POST /v1/saved-searches`: a name and the mission search parameters to watch.
public struct NewSavedSearch: Hashable, Sendable, Codable {
    /// The longest name, in characters.
    public static let maximumNameLength = 80
    /// How many searches one user may save.
    public static let maximumPerUser = 20
    /// The parameters of `GET /v1/missions` that make no sense for new missions: the order, the
    /// page, the states (alerts are about published missions) and the owner's own missions.
    public static let excludedParameters: Set<String> = ["sort", "limit", "cursor", "state", "mine"]

    /// The name (1 to 80 characters once trimmed).
    public var name: String
    /// The mission search parameters, by name; multi-valued ones separated by commas.
    public var parameters: [String: String]

    /// Creates a body.
    public init(name: String, parameters: [String: String]) {
        self.name = name
        self.parameters = parameters
    }

    /// The trimmed body, or the first rule it breaks. The parameters themselves are checked by
    /// the mission search that parses them.
    /// - Throws: ``SavedSearchError``.
    public func validated() throws -> NewSavedSearch {
        var result = self
        result.name = name.trimmingWhitespace()
        guard (1...Self.maximumNameLength).contains(result.name.count) else {
            throw SavedSearchError.nameLength(count: result.name.count)
        }
        if let excluded = parameters.keys.sorted().first(where: Self.excludedParameters.contains) {
            throw SavedSearchError.parameterNotSaved(excluded)
        }
        return result
    }
}
