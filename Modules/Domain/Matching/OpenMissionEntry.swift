/// A published mission as the matching indexes read it (Persistence's
/// `published_mission_skills`): only published missions have one.
public struct OpenMissionEntry: Hashable, Sendable {
    /// The mission.
    public var missionID: MissionID
    /// The code of the mission's département, if any.
    public var departement: String?
    /// Whether the mission can be done remotely.
    public var remote: Bool
    /// The effort in hours.
    public var effortHours: Int
    /// The first day of the window, in days since the epoch.
    public var startDay: Int
    /// The last day of the window, in days since the epoch.
    public var endDay: Int
    /// The last day to apply, in days since the epoch.
    public var deadlineDay: Int
    /// How many skills the mission requires.
    public var requiredCount: Int
    /// The job families of the required skills.
    public var families: SkillFamilySet
    /// When the mission was published.
    public var publishedAt: Instant
    /// The required skills and their minimum levels.
    public var skills: [SkillRequirement]

    /// Creates an entry.
    public init(
        missionID: MissionID, departement: String?, remote: Bool, effortHours: Int, startDay: Int,
        endDay: Int, deadlineDay: Int, requiredCount: Int, families: SkillFamilySet, publishedAt: Instant,
        skills: [SkillRequirement]
    ) {
        self.missionID = missionID
        self.departement = departement
        self.remote = remote
        self.effortHours = effortHours
        self.startDay = startDay
        self.endDay = endDay
        self.deadlineDay = deadlineDay
        self.requiredCount = requiredCount
        self.families = families
        self.publishedAt = publishedAt
        self.skills = skills
    }
}
