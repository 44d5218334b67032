/// A talent of the pool as the matching indexes read it (Persistence's `pool_skills`): only
/// consenting talents have one.
public struct PoolEntry: Hashable, Sendable {
    /// The talent.
    public var talentID: TalentID
    /// The employing administration.
    public var employerID: AdministrationID
    /// The code of the département the talent works in.
    public var departement: String
    /// The hours per month the talent can lend.
    public var hoursPerMonth: Int
    /// The first day available, in days since the epoch (nil: open).
    public var availableFrom: Int?
    /// The last day available, in days since the epoch (nil: open).
    public var availableUntil: Int?
    /// The job families of all the talent's skills.
    public var families: SkillFamilySet
    /// The declared skills and levels.
    public var skills: [TalentSkill]

    /// Creates an entry.
    public init(
        talentID: TalentID, employerID: AdministrationID, departement: String, hoursPerMonth: Int,
        availableFrom: Int?, availableUntil: Int?, families: SkillFamilySet, skills: [TalentSkill]
    ) {
        self.talentID = talentID
        self.employerID = employerID
        self.departement = departement
        self.hoursPerMonth = hoursPerMonth
        self.availableFrom = availableFrom
        self.availableUntil = availableUntil
        self.families = families
        self.skills = skills
    }
}
