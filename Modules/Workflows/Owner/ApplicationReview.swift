public import Domain

/// An application as the mission's owner (or the operator) reads it to choose: the mission, the
/// applicant's skills with levels set against the required ones, availability, employer,
/// presentation and motivation, and the matching explanation when the talent is a candidate.
/// Never the line manager; the applicant's e-mail address only once the application is accepted
/// (the agreement then needs it).
public struct ApplicationReview: Sendable {
    /// What the owner may know of the applicant.
    public struct Applicant: Sendable {
        /// The name shown to others.
        public let displayName: String
        /// The employing administration, when still known.
        public let employer: Administration?
        /// Civil servant or contract agent.
        public let status: EmploymentStatus
        /// Where the applicant works.
        public let departement: Departement
        /// Every declared skill, with its level, in the talent's order.
        public let skills: [TalentSkill]
        /// The time the applicant can lend.
        public let availability: Availability
        /// The applicant's presentation (may be empty).
        public let presentation: String
        /// The e-mail address, once the application is accepted; nil before.
        public let email: EmailAddress?
    }

    /// The application (motivation, state, due instant).
    public let application: Application
    /// Its revision, for the answer forms.
    public let revision: Int
    /// The mission applied to.
    public let mission: Mission
    /// The applicant.
    public let applicant: Applicant
    /// Each required skill of the mission against the applicant's level, in the mission's order.
    public let requiredSkills: [SkillComparison]
    /// The applicant's skills the mission does not require.
    public let otherSkills: [TalentSkill]
    /// Why the applicant fits, as the recommendations explain it; nil when the matching would
    /// not have proposed them (no required skill at its level, or no day available in the window).
    public let explanation: MatchExplanation?
    /// The days left to answer (zero or less once due).
    public let daysLeft: Int
}

/// One required skill of a mission against an applicant's declared level.
public struct SkillComparison: Hashable, Sendable {
    /// How the applicant stands on the skill.
    public enum Standing: Hashable, Sendable {
        /// Declared at the minimum level or above.
        case met
        /// Declared below the minimum level.
        case below
        /// Not declared.
        case missing
    }

    /// The skill.
    public let code: SkillCode
    /// Its French name.
    public let name: String
    /// The mission's minimum level.
    public let minimumLevel: SkillLevel
    /// The applicant's level; nil when not declared.
    public let level: SkillLevel?

    /// Compares `requirement` with `skills`.
    public init(_ requirement: SkillRequirement, against skills: [TalentSkill], taxonomy: SkillTaxonomy = .standard) {
        code = requirement.code
        name = taxonomy.skill(requirement.code)?.name ?? requirement.code.rawValue
        minimumLevel = requirement.minimumLevel
        level = skills.first { $0.code == requirement.code }?.level
    }

    /// Met, below or missing.
    public var standing: Standing {
        guard let level else { return .missing }
        return level >= minimumLevel ? .met : .below
    }
}
