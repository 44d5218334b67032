/// What a mission asks for: the part its owner writes and edits while in draft.
/// Creation and edits share one validation, ``validated(rules:taxonomy:)``.
public struct MissionDetails: Hashable, Sendable, Codable {
    /// Maximum length of ``title``, in characters.
    public static let maximumTitleLength = 160
    /// Maximum length of ``description``, in characters.
    public static let maximumDescriptionLength = 10_000
    /// Maximum number of ``requiredSkills``.
    public static let maximumRequiredSkills = 10
    /// Maximum number of ``talentsSought``.
    public static let maximumTalentsSought = 20
    /// Maximum length of the ``window``, in months (end ≤ start + 12 months).
    public static let maximumWindowMonths = 12

    /// A short title (1 to 160 characters).
    public var title: String
    /// The need, context and expected deliverables (1 to 10,000 characters).
    public var description: String
    /// The kind of help asked for.
    public var nature: MissionNature
    /// The skills needed: 1 to 10, codes from the taxonomy, each once.
    public var requiredSkills: [SkillRequirement]
    /// The estimated effort, in hours: at least 1, at most ``MissionRules/maximumEffortHours``.
    public var effortHours: Int
    /// The period in which the work happens: at most 12 months, bounds included.
    public var window: DateWindow
    /// Where the work happens, if on site.
    public var departement: Departement?
    /// Whether the work can be done remotely. A mission has a place, remote work, or both.
    public var remote: Bool
    /// How many talents are sought: 1 to 20.
    public var talentsSought: Int
    /// The last day to apply; not after the window's end.
    public var applicationDeadline: LocalDate
    /// Whether the mission answers a crisis (the programme started during Covid-19).
    public var crisis: Bool

    /// Creates unvalidated details.
    public init(
        title: String, description: String, nature: MissionNature,
        requiredSkills: [SkillRequirement], effortHours: Int, window: DateWindow,
        departement: Departement?, remote: Bool, talentsSought: Int,
        applicationDeadline: LocalDate, crisis: Bool = false
    ) {
        self.title = title
        self.description = description
        self.nature = nature
        self.requiredSkills = requiredSkills
        self.effortHours = effortHours
        self.window = window
        self.departement = departement
        self.remote = remote
        self.talentsSought = talentsSought
        self.applicationDeadline = applicationDeadline
        self.crisis = crisis
    }

    /// The normalised details (texts trimmed), or the first rule they break. Given `today`, the
    /// window must also end within the ``DateHorizon`` (its start and the application deadline
    /// come before its end).
    /// - Throws: ``MissionError``, or ``DateHorizonError`` naming `window.end`.
    public func validated(
        rules: MissionRules = MissionRules(), taxonomy: SkillTaxonomy = .standard,
        today: LocalDate? = nil
    ) throws -> MissionDetails {
        var result = self
        result.title = title.trimmingWhitespace()
        result.description = description.trimmingWhitespace()
        guard (1...Self.maximumTitleLength).contains(result.title.count) else {
            throw MissionError.titleLength(count: result.title.count)
        }
        guard (1...Self.maximumDescriptionLength).contains(result.description.count) else {
            throw MissionError.descriptionLength(count: result.description.count)
        }
        try checkSkills(taxonomy: taxonomy)
        guard (1...rules.maximumEffortHours).contains(effortHours) else {
            throw MissionError.effortOutOfRange(hours: effortHours, maximum: rules.maximumEffortHours)
        }
        try checkWindow()
        if let today { try DateHorizon.check(window.end, field: "window.end", today: today) }
        guard departement != nil || remote else { throw MissionError.placeRequired }
        guard (1...Self.maximumTalentsSought).contains(talentsSought) else {
            throw MissionError.talentsSoughtOutOfRange(talentsSought)
        }
        return result
    }

    private func checkSkills(taxonomy: SkillTaxonomy) throws {
        guard (1...Self.maximumRequiredSkills).contains(requiredSkills.count) else {
            throw MissionError.requiredSkillsCount(requiredSkills.count)
        }
        var seen: Set<SkillCode> = []
        for (index, requirement) in requiredSkills.enumerated() {
            guard taxonomy.contains(requirement.code) else {
                throw MissionError.unknownSkill(requirement.code, index: index)
            }
            guard seen.insert(requirement.code).inserted else {
                throw MissionError.duplicateSkill(requirement.code, index: index)
            }
        }
    }

    private func checkWindow() throws {
        guard window.start <= window.end else {
            throw MissionError.windowReversed(start: window.start, end: window.end)
        }
        // "At most 12 months": the same day twelve months on is the last allowed end
        // (clamped to 28 February when starting on 29 February).
        let latestEnd = window.start.adding(months: Self.maximumWindowMonths)
        guard window.end <= latestEnd else {
            throw MissionError.windowTooLong(end: window.end, latestEnd: latestEnd)
        }
        guard applicationDeadline <= window.end else {
            throw MissionError.deadlineAfterWindow(deadline: applicationDeadline, windowEnd: window.end)
        }
    }
}
