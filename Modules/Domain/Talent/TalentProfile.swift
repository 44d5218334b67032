/// What a talent tells about themselves: the editable part of a ``Talent``, validated by
/// ``validated(taxonomy:)`` so registration and edits share one set of rules.
public struct TalentProfile: Hashable, Sendable, Codable {
    /// Maximum length of ``presentation``, in characters.
    public static let maximumPresentationLength = 2000
    /// Maximum length of the line manager's name, in characters.
    public static let maximumLineManagerNameLength = 120

    /// The employing administration.
    public var employerID: AdministrationID
    /// Civil servant or contract agent.
    public var status: EmploymentStatus
    /// The line manager who agrees to missions.
    public var lineManager: LineManager
    /// Where the talent works.
    public var departement: Departement
    /// Declared skills: at least one, codes from the taxonomy, each once.
    public var skills: [TalentSkill]
    /// The time the talent can lend.
    public var availability: Availability
    /// A short free presentation (at most 2000 characters; may be empty).
    public var presentation: String

    /// Creates an unvalidated profile.
    public init(
        employerID: AdministrationID, status: EmploymentStatus, lineManager: LineManager,
        departement: Departement, skills: [TalentSkill], availability: Availability,
        presentation: String = ""
    ) {
        self.employerID = employerID
        self.status = status
        self.lineManager = lineManager
        self.departement = departement
        self.skills = skills
        self.availability = availability
        self.presentation = presentation
    }

    /// The normalised profile (texts trimmed), or the first rule it breaks; with `today`, the
    /// availability period also lies within the ``DateHorizon``.
    /// - Throws: ``TalentError``, or ``DateHorizonError`` naming `availability.from` or `availability.until`.
    public func validated(taxonomy: SkillTaxonomy = .standard, today: LocalDate? = nil) throws -> TalentProfile {
        var result = self
        result.lineManager.name = lineManager.name.trimmingWhitespace()
        result.presentation = presentation.trimmingWhitespace()
        guard (1...Self.maximumLineManagerNameLength).contains(result.lineManager.name.count) else {
            throw TalentError.lineManagerNameLength(count: result.lineManager.name.count)
        }
        guard !skills.isEmpty else { throw TalentError.noSkill }
        var seen: Set<SkillCode> = []
        for (index, skill) in skills.enumerated() {
            guard taxonomy.contains(skill.code) else { throw TalentError.unknownSkill(skill.code, index: index) }
            guard seen.insert(skill.code).inserted else { throw TalentError.duplicateSkill(skill.code, index: index) }
        }
        guard (1...Availability.maximumHoursPerMonth).contains(availability.hoursPerMonth) else {
            throw TalentError.hoursPerMonthOutOfRange(availability.hoursPerMonth)
        }
        if let from = availability.from, let until = availability.until, until < from {
            throw TalentError.availabilityPeriodReversed(from: from, until: until)
        }
        if let today {
            if let from = availability.from { try DateHorizon.check(from, field: "availability.from", today: today) }
            if let until = availability.until {
                try DateHorizon.check(until, field: "availability.until", today: today)
            }
        }
        guard result.presentation.count <= Self.maximumPresentationLength else {
            throw TalentError.presentationTooLong(count: result.presentation.count)
        }
        return result
    }

    /// The names of the fields that bind agreements and changed from `other`: `employerID`,
    /// `lineManager` (its address or name). Names only: the audit trail holds no personal data.
    public func auditedChanges(from other: TalentProfile) -> [String] {
        var fields: [String] = []
        if employerID != other.employerID { fields.append("employerID") }
        if lineManager.email != other.lineManager.email { fields.append("lineManager.email") }
        if lineManager.name != other.lineManager.name { fields.append("lineManager.name") }
        return fields
    }

    /// The declared level for `code`, if the talent declared it.
    public func level(of code: SkillCode) -> SkillLevel? {
        skills.first { $0.code == code }?.level
    }
}
