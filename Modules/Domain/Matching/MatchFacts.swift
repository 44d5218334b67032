/// Everything the score of a talent for a mission reads, as plain numbers: what
/// ``MatchScoring/score(_:)`` turns into a ``MatchScore``. ``MatchExplanation`` builds it from a
/// mission and a candidate (``init(_:_:taxonomy:)``); the in-memory indexes of the `Matching`
/// module fill it from their columns, so that no copy of the arithmetic can drift.
public struct MatchFacts: Hashable, Sendable {
    /// The credits of the talent's levels against the mission's requirements.
    public var skills: SkillCredits
    /// How many skills the mission requires (at least one).
    public var requirementCount: Int
    /// The job families of the mission's required skills.
    public var requiredFamilies: SkillFamilySet
    /// The job families in which the talent holds any skill, at any level.
    public var heldFamilies: SkillFamilySet
    /// The talent's first day available, in days since the epoch (nil: open).
    public var availableFrom: Int?
    /// The talent's last day available, in days since the epoch (nil: open).
    public var availableUntil: Int?
    /// The hours per month the talent can lend.
    public var hoursPerMonth: Int
    /// The mission's first day, in days since the epoch.
    public var windowStart: Int
    /// The mission's last day, in days since the epoch (at or after ``windowStart``).
    public var windowEnd: Int
    /// The mission's effort in hours.
    public var effortHours: Int
    /// Whether the mission can be done remotely.
    public var remote: Bool
    /// Whether the talent works in the mission's département.
    public var sameDepartement: Bool

    /// Creates facts from their values.
    public init(
        skills: SkillCredits, requirementCount: Int, requiredFamilies: SkillFamilySet,
        heldFamilies: SkillFamilySet, availableFrom: Int?, availableUntil: Int?, hoursPerMonth: Int,
        windowStart: Int, windowEnd: Int, effortHours: Int, remote: Bool, sameDepartement: Bool
    ) {
        self.skills = skills
        self.requirementCount = requirementCount
        self.requiredFamilies = requiredFamilies
        self.heldFamilies = heldFamilies
        self.availableFrom = availableFrom
        self.availableUntil = availableUntil
        self.hoursPerMonth = hoursPerMonth
        self.windowStart = windowStart
        self.windowEnd = windowEnd
        self.effortHours = effortHours
        self.remote = remote
        self.sameDepartement = sameDepartement
    }

    /// The facts of `candidate` for a mission of `details`: each required skill credited at the
    /// candidate's declared level, the families looked up in `taxonomy`.
    public init(_ details: MissionDetails, _ candidate: MatchCandidate, taxonomy: SkillTaxonomy = .standard) {
        var skills = SkillCredits()
        for requirement in details.requiredSkills {
            skills.add(level: candidate.level(of: requirement.code), minimum: requirement.minimumLevel)
        }
        let availability = candidate.availability
        self.init(
            skills: skills, requirementCount: details.requiredSkills.count,
            requiredFamilies: SkillFamilySet(details.requiredSkills.map(\.code), taxonomy: taxonomy),
            heldFamilies: SkillFamilySet(candidate.skills.map(\.code), taxonomy: taxonomy),
            availableFrom: availability.from?.daysSinceEpoch, availableUntil: availability.until?.daysSinceEpoch,
            hoursPerMonth: availability.hoursPerMonth, windowStart: details.window.start.daysSinceEpoch,
            windowEnd: details.window.end.daysSinceEpoch, effortHours: details.effortHours,
            remote: details.remote, sameDepartement: details.departement == candidate.departement)
    }
}

/// The skill credits of a talent against a mission's requirements, added one requirement at a
/// time (in any order: the credits are multiples of one half, so the sum is exact).
public struct SkillCredits: Hashable, Sendable {
    /// The sum of ``MatchScoring/skillCredit(level:minimum:)`` over the requirements added.
    public private(set) var total: Double = 0
    /// Whether one requirement added is held at its minimum level or above.
    public private(set) var meetsARequirement = false

    /// No requirement added yet.
    public init() {}

    /// Adds a requirement of level `minimum` that the talent holds at `level` (nil: not declared).
    public mutating func add(level: SkillLevel?, minimum: SkillLevel) {
        total += MatchScoring.skillCredit(level: level, minimum: minimum)
        if let level, level >= minimum { meetsARequirement = true }
    }
}
