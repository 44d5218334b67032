/// A skill a talent declares, with their level.
public struct TalentSkill: Hashable, Sendable, Codable {
    /// The skill's code in the taxonomy.
    public var code: SkillCode
    /// The talent's level.
    public var level: SkillLevel

    /// Creates a declared skill.
    public init(_ code: SkillCode, _ level: SkillLevel) {
        self.code = code
        self.level = level
    }
}
