/// A rule broken by a talent's profile or pool membership.
public enum TalentError: DomainError, Equatable {
    /// The line manager's name is empty or too long.
    case lineManagerNameLength(count: Int)
    /// No skill was declared.
    case noSkill
    /// A declared skill is not in the taxonomy.
    case unknownSkill(SkillCode, index: Int)
    /// A skill was declared twice.
    case duplicateSkill(SkillCode, index: Int)
    /// Hours per month outside 1…``Availability/maximumHoursPerMonth``.
    case hoursPerMonthOutOfRange(Int)
    /// The availability period ends before it starts.
    case availabilityPeriodReversed(from: LocalDate, until: LocalDate)
    /// The presentation is longer than ``TalentProfile/maximumPresentationLength``.
    case presentationTooLong(count: Int)
    /// Joining the pool without explicit consent.
    case poolConsentMissing
    /// Joining the pool while already in it.
    case alreadyInPool
    /// Leaving the pool while not in it.
    case notInPool
    /// The user already has a talent profile.
    case profileExists(TalentID)
    /// A talent attests their own employment.
    case employmentSelfConfirmed
    /// The employment declared is already confirmed.
    case employmentAlreadyConfirmed

    /// See ``DomainError/code``.
    public var code: String {
        switch self {
        case .lineManagerNameLength: "talent-line-manager-name-length"
        case .noSkill: "talent-skills-empty"
        case .profileExists: "talent-profile-exists"
        case .unknownSkill: "talent-skill-unknown"
        case .duplicateSkill: "talent-skill-duplicate"
        case .hoursPerMonthOutOfRange: "talent-hours-per-month"
        case .availabilityPeriodReversed: "talent-availability-reversed"
        case .presentationTooLong: "talent-presentation-too-long"
        case .poolConsentMissing: "talent-pool-consent-required"
        case .alreadyInPool: "talent-already-in-pool"
        case .notInPool: "talent-not-in-pool"
        case .employmentSelfConfirmed: "talent-employment-self-confirmed"
        case .employmentAlreadyConfirmed: "talent-employment-already-confirmed"
        }
    }

    /// See ``DomainError/field``.
    public var field: String? {
        switch self {
        case .lineManagerNameLength: "lineManager.name"
        case .noSkill: "skills"
        case .unknownSkill(_, let index), .duplicateSkill(_, let index): "skills[\(index)].code"
        case .hoursPerMonthOutOfRange: "availability.hoursPerMonth"
        case .availabilityPeriodReversed: "availability.until"
        case .presentationTooLong: "presentation"
        case .poolConsentMissing: "consent"
        case .alreadyInPool, .notInPool, .profileExists, .employmentSelfConfirmed, .employmentAlreadyConfirmed: nil
        }
    }

    /// See ``DomainError/message``.
    public var message: String {
        switch self {
        case .lineManagerNameLength(let count):
            "The line manager's name must have 1 to \(TalentProfile.maximumLineManagerNameLength) characters, not \(count)."
        case .noSkill:
            "A talent must declare at least one skill."
        case .unknownSkill(let code, _):
            "The skill '\(code)' is not in the skill taxonomy."
        case .duplicateSkill(let code, _):
            "The skill '\(code)' is declared more than once."
        case .hoursPerMonthOutOfRange(let hours):
            "Availability must be 1 to \(Availability.maximumHoursPerMonth) hours per month, not \(hours)."
        case .availabilityPeriodReversed(let from, let until):
            "The availability period ends (\(until)) before it starts (\(from))."
        case .presentationTooLong(let count):
            "The presentation must have at most \(TalentProfile.maximumPresentationLength) characters, not \(count)."
        case .poolConsentMissing:
            "Joining the pool requires explicit consent to show the profile to mission owners."
        case .alreadyInPool:
            "The talent is already in the pool."
        case .notInPool:
            "The talent is not in the pool."
        case .profileExists(let id):
            "The user already has a talent profile (\(id))."
        case .employmentSelfConfirmed:
            "A talent cannot confirm their own employment: a referent of their administration does."
        case .employmentAlreadyConfirmed:
            "The talent's employment in the administration they declare is already confirmed."
        }
    }

    /// See ``DomainError/kind``.
    public var kind: DomainErrorKind {
        switch self {
        case .alreadyInPool, .notInPool, .profileExists, .employmentAlreadyConfirmed: .conflict
        case .employmentSelfConfirmed: .forbidden
        default: .invalidValue
        }
    }
}
