/// An error raised by a domain rule: an illegal value or an illegal state transition.
///
/// Every area has its own enum (``MissionError``, ``ApplicationError``…) whose cases name the
/// broken rule. The HTTP layer renders these as problem+json (RFC 9457): ``code`` becomes
/// the `type` suffix, ``message`` the `detail`, ``field`` an extension member.
public protocol DomainError: Error, CustomStringConvertible {
    /// Stable kebab-case identifier of the rule, e.g. `"mission-window-too-long"`.
    var code: String { get }
    /// The input field at fault, as a path (`"window.end"`, `"skills[2].code"`),
    /// or nil when the error is about state rather than a value.
    var field: String? { get }
    /// A clear English sentence that says what rule was broken.
    var message: String { get }
    /// Whether the input was invalid or the current state refused the action.
    var kind: DomainErrorKind { get }
}

extension DomainError {
    /// The ``message``.
    public var description: String { message }
}

/// The families of domain errors, so callers can map them (e.g. to HTTP 422, 409, 404 and 403).
public enum DomainErrorKind: String, Sendable, Codable, CaseIterable {
    /// The input breaks a validation rule; fixing the input fixes the error.
    case invalidValue = "invalid-value"
    /// The input is well formed but the current state does not allow the action.
    case conflict
    /// A record the input names does not exist.
    case notFound = "not-found"
    /// The caller's roles do not allow the action.
    case forbidden
}
