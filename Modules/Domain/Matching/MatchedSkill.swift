/// A required skill the talent declares, with both levels.
public struct MatchedSkill: Hashable, Sendable, Codable {
    /// The skill.
    public let code: SkillCode
    /// The skill's French name.
    public let name: String
    /// The talent's level.
    public let level: SkillLevel
    /// The mission's minimum level.
    public let minimumLevel: SkillLevel

    /// Creates a matched skill.
    public init(code: SkillCode, name: String, level: SkillLevel, minimumLevel: SkillLevel) {
        self.code = code
        self.name = name
        self.level = level
        self.minimumLevel = minimumLevel
    }

    /// Whether the talent's level reaches the minimum.
    public var isMet: Bool { level >= minimumLevel }
}
