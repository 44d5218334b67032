/// An application action refused because of who asks.
public enum ApplicationAccessError: DomainError, Equatable {
    /// Only the mission's owner (or the operator) answers an application.
    case missionOwnerOnly(ApplicationAction)
    /// Only the applicant may take this action on their application.
    case applicantOnly(ApplicationAction)

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .missionOwnerOnly: "application-mission-owner-only"
        case .applicantOnly: "application-applicant-only"
        }
    }

    /// Never a field: access is about the caller.
    public var field: String? { nil }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .missionOwnerOnly(let action):
            "Only the mission's owner (or the operator) may \(action.verb) an application."
        case .applicantOnly(let action):
            "Only the applicant may \(action.verb) their application."
        }
    }

    /// Always ``DomainErrorKind/forbidden``.
    public var kind: DomainErrorKind { .forbidden }
}
