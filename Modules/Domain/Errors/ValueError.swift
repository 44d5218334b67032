/// An invalid value of one of the shared value types (dates, e-mail addresses, départements…).
public enum ValueError: DomainError, Equatable {
    /// The year, month and day do not form a calendar date between years 1 and 9999.
    case invalidDate(field: String?, year: Int, month: Int, day: Int)
    /// The text is not a date of the form `YYYY-MM-DD`.
    case malformedDate(field: String?, text: String)
    /// The text is not an RFC 3339 timestamp.
    case malformedInstant(field: String?, text: String)
    /// The text is not a usable e-mail address.
    case invalidEmail(field: String?, text: String)
    /// The text is not a French département code.
    case invalidDepartement(field: String?, text: String)
    /// The number is not a skill level (1 to 4).
    case invalidSkillLevel(field: String?, value: Int)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .invalidDate: "invalid-date"
        case .malformedDate: "malformed-date"
        case .malformedInstant: "malformed-instant"
        case .invalidEmail: "invalid-email"
        case .invalidDepartement: "invalid-departement"
        case .invalidSkillLevel: "invalid-skill-level"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .invalidDate(let field, _, _, _), .malformedDate(let field, _),
            .malformedInstant(let field, _), .invalidEmail(let field, _),
            .invalidDepartement(let field, _), .invalidSkillLevel(let field, _):
            field
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .invalidDate(_, let year, let month, let day):
            "\(year)-\(month)-\(day) is not a calendar date between years 1 and 9999."
        case .malformedDate(_, let text):
            "'\(text)' is not a date of the form YYYY-MM-DD."
        case .malformedInstant(_, let text):
            "'\(text)' is not an RFC 3339 timestamp such as 2026-03-01T09:30:00Z."
        case .invalidEmail(_, let text):
            "'\(text)' is not a valid e-mail address."
        case .invalidDepartement(_, let text):
            "'\(text)' is not a French département code (01 to 95, 2A, 2B, 971 to 976)."
        case .invalidSkillLevel(_, let value):
            "\(value) is not a skill level; levels go from 1 (notions) to 4 (expert)."
        }
    }

    /// Always ``DomainErrorKind/invalidValue``.
    public var kind: DomainErrorKind { .invalidValue }
}
