/// The options of a recommendation list (`GET /v1/missions/{id}/recommendations`,
/// `GET /v1/talents/me/recommendations`), parsed by ``init(query:allowed:)``.
public struct RecommendationQuery: Hashable, Sendable {
    /// The list length when none is asked.
    public static let defaultLimit = 20
    /// The longest list.
    public static let maximumLimit = 50
    /// The parameters of the recommendations for a mission.
    public static let missionParameters: Set<String> = ["limit", "minLevel", "departement"]
    /// The parameters of the recommendations for a talent.
    public static let talentParameters: Set<String> = ["limit"]

    /// How many results, 1 to ``maximumLimit``.
    public var limit: Int
    /// Only talents holding a required skill at this level or above (and at its minimum).
    public var minimumLevel: SkillLevel?
    /// Only talents working in this département.
    public var departement: Departement?

    /// Creates options.
    public init(limit: Int = defaultLimit, minimumLevel: SkillLevel? = nil, departement: Departement? = nil) {
        self.limit = limit
        self.minimumLevel = minimumLevel
        self.departement = departement
    }

    /// Parses query parameters (already percent-decoded); only `allowed` names are accepted,
    /// each once.
    /// - Throws: ``RecommendationError`` or ``ValueError`` naming the parameter.
    public init(query: some Sequence<(name: String, value: String)>, allowed: Set<String>) throws {
        self.init()
        var seen: Set<String> = []
        for (name, value) in query {
            guard allowed.contains(name) else { throw RecommendationError.unknownParameter(name, allowed: allowed) }
            guard seen.insert(name).inserted else { throw RecommendationError.repeatedParameter(name) }
            switch name {
            case "limit":
                guard let limit = Int(value), (1...Self.maximumLimit).contains(limit) else {
                    throw RecommendationError.limitOutOfRange(value)
                }
                self.limit = limit
            case "minLevel":
                guard let number = Int(value), let level = SkillLevel(rawValue: number) else {
                    throw RecommendationError.invalidLevel(value)
                }
                minimumLevel = level
            default:
                departement = try Departement(value, field: name)
            }
        }
    }
}

/// Recommendation options that cannot be honoured; ``field`` names the query parameter.
public enum RecommendationError: DomainError, Equatable {
    /// A parameter the list does not know.
    case unknownParameter(String, allowed: Set<String>)
    /// A parameter given twice.
    case repeatedParameter(String)
    /// The length is not a number from 1 to ``RecommendationQuery/maximumLimit``.
    case limitOutOfRange(String)
    /// The level is not a number from 1 to 4.
    case invalidLevel(String)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .unknownParameter: "recommendation-parameter-unknown"
        case .repeatedParameter: "recommendation-parameter-repeated"
        case .limitOutOfRange: "recommendation-limit"
        case .invalidLevel: "recommendation-level-invalid"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .unknownParameter(let name, _), .repeatedParameter(let name): name
        case .limitOutOfRange: "limit"
        case .invalidLevel: "minLevel"
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .unknownParameter(let name, let allowed):
            "The recommendations have no parameter '\(name)'; they know \(allowed.sorted().joined(separator: ", "))."
        case .repeatedParameter(let name):
            "The parameter '\(name)' is given more than once."
        case .limitOutOfRange(let text):
            "The number of recommendations must be a number from 1 to \(RecommendationQuery.maximumLimit), not '\(text)'."
        case .invalidLevel(let text):
            "The level must be a number from 1 (notions) to 4 (expert), not '\(text)'."
        }
    }

    /// Always ``DomainErrorKind/invalidValue``.
    public var kind: DomainErrorKind { .invalidValue }
}
