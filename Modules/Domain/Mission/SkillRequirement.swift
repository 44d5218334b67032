/// A skill a mission needs, with the minimum level expected.
public struct SkillRequirement: Hashable, Sendable, Codable {
    /// The skill's code in the taxonomy.
    public var code: SkillCode
    /// The minimum level.
    public var minimumLevel: SkillLevel

    /// Creates a requirement.
    public init(_ code: SkillCode, minimumLevel: SkillLevel) {
        self.code = code
        self.minimumLevel = minimumLevel
    }

    /// Whether a talent with `profile` meets this requirement.
    public func isMet(by profile: TalentProfile) -> Bool {
        profile.level(of: code).map { $0 >= minimumLevel } ?? false
    }
}
