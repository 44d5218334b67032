public import Domain

/// A `GET /v1/audit` query that cannot be run as written (HTTP 422, the parameter in `errors`).
public enum AuditQueryError: DomainError, Equatable {
    /// A parameter the audit trail does not filter on (a typo would otherwise widen the result).
    case unknownParameter(String)
    /// A parameter given twice.
    case repeatedParameter(String)
    /// A value that does not have the parameter's form.
    case invalidParameter(name: String, value: String, expected: String)
    /// `subjectID` without `subjectType`: identifiers are only unique within a kind of subject.
    case subjectTypeRequired
    /// `to` is not after `from`, so no event could match.
    case emptyWindow

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .unknownParameter: "audit-query-unknown-parameter"
        case .repeatedParameter: "audit-query-repeated-parameter"
        case .invalidParameter: "audit-query-invalid-parameter"
        case .subjectTypeRequired: "audit-query-subject-type-required"
        case .emptyWindow: "audit-query-empty-window"
        }
    }

    /// The query parameter at fault.
    public var field: String? {
        switch self {
        case .unknownParameter(let name), .repeatedParameter(let name), .invalidParameter(let name, _, _): name
        case .subjectTypeRequired: "subjectID"
        case .emptyWindow: "to"
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .unknownParameter(let name):
            "The audit trail has no filter '\(name)'; use \(AuditQuery.parameterNames.joined(separator: ", "))."
        case .repeatedParameter(let name):
            "The parameter '\(name)' may be given only once."
        case .invalidParameter(let name, let value, let expected):
            "'\(value)' is not a valid \(name): expected \(expected)."
        case .subjectTypeRequired:
            "A subjectID is only unique within its subjectType; give both."
        case .emptyWindow:
            "'to' must be later than 'from' (from is included, to is excluded)."
        }
    }

    /// Always ``DomainErrorKind/invalidValue``.
    public var kind: DomainErrorKind { .invalidValue }
}
