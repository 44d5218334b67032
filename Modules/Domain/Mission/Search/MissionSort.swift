/// The order of a mission listing: a key, ascending or descending, ties broken by id in the
/// same direction so that the order is total (what cursor pagination needs).
public struct MissionSort: Hashable, Sendable {
    /// What missions are ordered by.
    public enum Key: String, Hashable, Sendable, CaseIterable {
        /// Full-text relevance: missions with every word in the title first, then the other
        /// matches, each tier newest (highest id) first; needs `q`.
        case relevance
        /// The publication time; missions never published count as published at the epoch.
        case publishedAt
        /// The creation time.
        case createdAt
        /// The application deadline.
        case deadline
        /// The estimated effort in hours.
        case effort
    }

    /// The key.
    public var key: Key
    /// Whether the largest values come first (ignored for ``Key/relevance``: best first).
    public var descending: Bool

    /// Creates a sort; `descending` is forced off for ``Key/relevance``.
    public init(_ key: Key, descending: Bool = false) {
        self.key = key
        self.descending = key == .relevance ? false : descending
    }

    /// The default listing order: the most recently published first.
    public static let newest = MissionSort(.publishedAt, descending: true)
    /// The default order of a full-text search.
    public static let relevance = MissionSort(.relevance)

    /// Parses the `sort` parameter: a key, prefixed by `-` for descending order (`-publishedAt`).
    /// - Throws: ``UnknownValueError`` listing the accepted values.
    public init(parameter: String, field: String? = "sort") throws {
        let descending = parameter.hasPrefix("-")
        guard let key = Key(rawValue: String(parameter.dropFirst(descending ? 1 : 0))),
            !(descending && key == .relevance)
        else {
            throw UnknownValueError(field: field, value: parameter, allowed: Self.parameters)
        }
        self.init(key, descending: descending)
    }

    /// The `sort` parameter naming this order.
    public var parameter: String {
        (descending ? "-" : "") + key.rawValue
    }

    /// Every accepted `sort` parameter.
    public static let parameters: [String] = Key.allCases.flatMap { key in
        key == .relevance ? [key.rawValue] : [key.rawValue, "-" + key.rawValue]
    }
}
