/// An application listing's parameters that break a rule; each names the query parameter at fault.
public enum ApplicationSearchError: DomainError, Equatable {
    /// A parameter that takes one value was given several times.
    case repeatedParameter(String)
    /// A parameter that takes an identifier got something else.
    case notAnIdentifier(parameter: String, text: String)
    /// A parameter that takes `true` or `false` got something else.
    case notABoolean(parameter: String, text: String)
    /// `limit` is not a number in ``ApplicationSearch/limits``.
    case limitOutOfRange(String)
    /// `cursor` is not one this API issued.
    case malformedCursor

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .repeatedParameter: "application-search-parameter-repeated"
        case .notAnIdentifier: "application-search-not-an-identifier"
        case .notABoolean: "application-search-not-a-boolean"
        case .limitOutOfRange: "application-search-limit-out-of-range"
        case .malformedCursor: "application-search-cursor-malformed"
        }
    }

    /// The query parameter at fault.
    public var field: String? {
        switch self {
        case .repeatedParameter(let parameter), .notAnIdentifier(let parameter, _), .notABoolean(let parameter, _):
            parameter
        case .limitOutOfRange: "limit"
        case .malformedCursor: "cursor"
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .repeatedParameter(let parameter):
            "The parameter '\(parameter)' takes one value; it was given several times."
        case .notAnIdentifier(let parameter, let text):
            "The parameter '\(parameter)' takes an identifier (a positive whole number), not '\(text)'."
        case .notABoolean(let parameter, let text):
            "The parameter '\(parameter)' takes true or false, not '\(text)'."
        case .limitOutOfRange(let text):
            "The page size must be a number from \(ApplicationSearch.limits.lowerBound) to "
                + "\(ApplicationSearch.limits.upperBound), not '\(text)'."
        case .malformedCursor:
            "The cursor is not one this API issued; use the nextCursor of a previous page as is."
        }
    }

    /// Always ``DomainErrorKind/invalidValue``.
    public var kind: DomainErrorKind { .invalidValue }
}
