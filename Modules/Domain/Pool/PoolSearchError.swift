/// A search of the pool that cannot run as asked; ``field`` names the query parameter.
public enum PoolSearchError: DomainError, Equatable {
    /// A query parameter the search does not know (a typo would otherwise widen the search).
    case unknownParameter(String)
    /// A query parameter given twice.
    case repeatedParameter(String)
    /// The skill is not in the taxonomy.
    case unknownSkill(SkillCode)
    /// The level is not a number from 1 to 4.
    case invalidLevel(String)
    /// The family is not one of ``SkillFamily``.
    case unknownFamily(String)
    /// The page size is not a number from 1 to ``PoolSearch/maximumLimit``.
    case limitOutOfRange(String)
    /// The period ends before it starts.
    case periodReversed(from: LocalDate, until: LocalDate)
    /// The cursor is not one this API returned.
    case malformedCursor

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .unknownParameter: "pool-search-parameter-unknown"
        case .repeatedParameter: "pool-search-parameter-repeated"
        case .unknownSkill: "pool-search-skill-unknown"
        case .invalidLevel: "pool-search-level-invalid"
        case .unknownFamily: "pool-search-family-unknown"
        case .limitOutOfRange: "pool-search-limit"
        case .periodReversed: "pool-search-period-reversed"
        case .malformedCursor: "pool-search-cursor-invalid"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .unknownParameter(let name), .repeatedParameter(let name): name
        case .unknownSkill: "skill"
        case .invalidLevel: "minLevel"
        case .unknownFamily: "family"
        case .limitOutOfRange: "limit"
        case .periodReversed: "availableUntil"
        case .malformedCursor: "cursor"
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .unknownParameter(let name):
            "The pool search has no parameter '\(name)'; it knows \(PoolSearch.parameterNames.sorted().joined(separator: ", "))."
        case .repeatedParameter(let name):
            "The parameter '\(name)' is given more than once."
        case .unknownSkill(let code):
            "The skill '\(code)' is not in the skill taxonomy."
        case .invalidLevel(let text):
            "The level must be a number from 1 (notions) to 4 (expert), not '\(text)'."
        case .unknownFamily(let text):
            "'\(text)' is not a skill family; families are \(SkillFamily.allCases.map(\.rawValue).joined(separator: ", "))."
        case .limitOutOfRange(let text):
            "The page size must be a number from 1 to \(PoolSearch.maximumLimit), not '\(text)'."
        case .periodReversed(let from, let until):
            "The period ends (\(until)) before it starts (\(from))."
        case .malformedCursor:
            "The cursor is not one returned by a previous page of this search."
        }
    }

    /// Always ``DomainErrorKind/invalidValue``.
    public var kind: DomainErrorKind { .invalidValue }
}
