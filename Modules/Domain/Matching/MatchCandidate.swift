/// What the matching reads of a talent: skills, availability and place (never the line manager).
public struct MatchCandidate: Hashable, Sendable {
    /// The employing administration (for ``EmployerDiversity``).
    public var employerID: AdministrationID
    /// Where the talent works.
    public var departement: Departement
    /// Declared skills and levels.
    public var skills: [TalentSkill]
    /// The time the talent can lend.
    public var availability: Availability

    /// Creates a candidate.
    public init(
        employerID: AdministrationID, departement: Departement, skills: [TalentSkill],
        availability: Availability
    ) {
        self.employerID = employerID
        self.departement = departement
        self.skills = skills
        self.availability = availability
    }

    /// The candidate of a talent's profile.
    public init(_ profile: TalentProfile) {
        self.init(
            employerID: profile.employerID, departement: profile.departement, skills: profile.skills,
            availability: profile.availability)
    }

    /// The candidate of a pool profile.
    public init(_ profile: PoolProfile) {
        self.init(
            employerID: profile.employerID, departement: profile.departement, skills: profile.skills,
            availability: profile.availability)
    }

    /// The declared level of `code`, if any.
    public func level(of code: SkillCode) -> SkillLevel? {
        skills.first { $0.code == code }?.level
    }
}
