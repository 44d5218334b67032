/// A person who may not stand for a side of an agreement: the rules of
/// ``AgreementParties/resolve(talent:talentUser:lineManager:mission:employerLineage:)``.
public enum AgreementPartyError: DomainError, Equatable {
    /// The talent's employment in the administration they declare is not confirmed by a referent yet.
    case employmentUnconfirmed(AdministrationID)
    /// No account has the line manager's address that the talent's profile names.
    case lineManagerWithoutAccount
    /// The account named as line manager does not hold the line-manager role.
    case lineManagerWithoutRole
    /// The account named as line manager belongs neither to the employing administration nor to one above it.
    case lineManagerOutsideEmployer(AdministrationID)
    /// The talent names themselves as their line manager.
    case lineManagerIsTalent
    /// The line manager is the mission's owner.
    case lineManagerIsOwner
    /// The talent owns the mission.
    case ownerIsTalent

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .employmentUnconfirmed: "agreement-employment-unconfirmed"
        case .lineManagerWithoutAccount: "agreement-line-manager-without-account"
        case .lineManagerWithoutRole: "agreement-line-manager-without-role"
        case .lineManagerOutsideEmployer: "agreement-line-manager-outside-employer"
        case .lineManagerIsTalent: "agreement-line-manager-is-talent"
        case .lineManagerIsOwner: "agreement-line-manager-is-owner"
        case .ownerIsTalent: "agreement-owner-is-talent"
        }
    }

    /// Never a field of the request: the parties come from the talent's profile and the mission.
    public var field: String? { nil }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .employmentUnconfirmed(let id):
            "The talent's employment in administration \(id) is not confirmed yet; a referent of that "
                + "administration (or an operator) confirms it before an agreement is drawn up."
        case .lineManagerWithoutAccount:
            "The line manager named in the talent's profile has no account; a referent of the talent's "
                + "administration (or an operator) gives them one with the line-manager role."
        case .lineManagerWithoutRole:
            "The person named as line manager in the talent's profile does not hold the line-manager role; "
                + "a referent of the talent's administration (or an operator) grants it."
        case .lineManagerOutsideEmployer(let id):
            "The line manager must belong to the talent's employing administration (\(id)) or to one above it."
        case .lineManagerIsTalent:
            "A talent cannot be their own line manager: one person signs for one party only."
        case .lineManagerIsOwner:
            "The mission's owner cannot sign as the talent's line manager: one person signs for one party only."
        case .ownerIsTalent:
            "The mission's owner cannot be the talent of the agreement: one person signs for one party only."
        }
    }

    /// Always ``DomainErrorKind/conflict``: the request is well formed, the people it names are not eligible.
    public var kind: DomainErrorKind { .conflict }
}
