/// A mission listing's parameters that break a rule; each names the query parameter at fault.
public enum MissionSearchError: DomainError, Equatable {
    /// `q` is longer than ``MissionTextQuery/maximumLength``.
    case queryLength(count: Int)
    /// `q` holds no letter or digit.
    case queryWithoutWords
    /// `limit` is outside ``MissionSearch/limits``.
    case limitOutOfRange(Int)
    /// A parameter that takes a whole number got something else.
    case notAnInteger(parameter: String, text: String)
    /// A parameter that takes `true` or `false` got something else.
    case notABoolean(parameter: String, text: String)
    /// A parameter that takes one value was given several times.
    case repeatedParameter(String)
    /// A negative effort bound.
    case negativeEffort(parameter: String, value: Int)
    /// `effortMin` is above `effortMax`.
    case effortRangeReversed(minimum: Int, maximum: Int)
    /// `startsAfter` is after `endsBefore`: no window can satisfy both.
    case dateRangeReversed(startsAfter: LocalDate, endsBefore: LocalDate)
    /// `skill` names a skill that is not in the taxonomy.
    case unknownSkill(SkillCode)
    /// `sort=relevance` without `q`.
    case relevanceWithoutQuery
    /// `cursor` is not one this API issued.
    case malformedCursor
    /// `cursor` was issued for another order than the request's.
    case cursorSortMismatch(cursor: MissionSort, request: MissionSort)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .queryLength: "mission-search-query-length"
        case .queryWithoutWords: "mission-search-query-without-words"
        case .limitOutOfRange: "mission-search-limit-out-of-range"
        case .notAnInteger: "mission-search-not-an-integer"
        case .notABoolean: "mission-search-not-a-boolean"
        case .repeatedParameter: "mission-search-parameter-repeated"
        case .negativeEffort: "mission-search-effort-negative"
        case .effortRangeReversed: "mission-search-effort-range-reversed"
        case .dateRangeReversed: "mission-search-date-range-reversed"
        case .unknownSkill: "mission-search-skill-unknown"
        case .relevanceWithoutQuery: "mission-search-relevance-without-query"
        case .malformedCursor: "mission-search-cursor-malformed"
        case .cursorSortMismatch: "mission-search-cursor-sort-mismatch"
        }
    }

    /// The query parameter at fault.
    public var field: String? {
        switch self {
        case .queryLength, .queryWithoutWords: "q"
        case .limitOutOfRange: "limit"
        case .notAnInteger(let parameter, _), .notABoolean(let parameter, _), .negativeEffort(let parameter, _):
            parameter
        case .repeatedParameter(let parameter): parameter
        case .effortRangeReversed: "effortMax"
        case .dateRangeReversed: "endsBefore"
        case .unknownSkill: "skill"
        case .relevanceWithoutQuery: "sort"
        case .malformedCursor, .cursorSortMismatch: "cursor"
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .queryLength(let count):
            "A search text may have at most \(MissionTextQuery.maximumLength) characters, not \(count)."
        case .queryWithoutWords:
            "A search text needs at least one word (letters or digits)."
        case .limitOutOfRange(let limit):
            "The page size must be \(MissionSearch.limits.lowerBound) to \(MissionSearch.limits.upperBound), "
                + "not \(limit)."
        case .notAnInteger(let parameter, let text):
            "The parameter '\(parameter)' takes a whole number, not '\(text)'."
        case .notABoolean(let parameter, let text):
            "The parameter '\(parameter)' takes true or false, not '\(text)'."
        case .repeatedParameter(let parameter):
            "The parameter '\(parameter)' takes one value; it was given several times."
        case .negativeEffort(let parameter, let value):
            "The parameter '\(parameter)' is a number of hours, at least 0, not \(value)."
        case .effortRangeReversed(let minimum, let maximum):
            "effortMax (\(maximum)) must not be below effortMin (\(minimum))."
        case .dateRangeReversed(let startsAfter, let endsBefore):
            "endsBefore (\(endsBefore)) must not be before startsAfter (\(startsAfter)): no window fits."
        case .unknownSkill(let code):
            "The skill '\(code)' is not in the skill taxonomy (see /v1/skills)."
        case .relevanceWithoutQuery:
            "Sorting by relevance needs a search text (q)."
        case .malformedCursor:
            "The cursor is not one this API issued; use the nextCursor of a previous page as is."
        case .cursorSortMismatch(let cursor, let request):
            "The cursor belongs to the order '\(cursor.parameter)', not '\(request.parameter)'; "
                + "keep the same sort and search text while paging."
        }
    }

    /// Always ``DomainErrorKind/invalidValue``.
    public var kind: DomainErrorKind { .invalidValue }
}
