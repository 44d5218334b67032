/// One skill of the taxonomy.
public struct Skill: Hashable, Sendable, Codable {
    /// The stable code, e.g. `"dev-backend"`.
    public let code: SkillCode
    /// The French name, e.g. "Développement back-end".
    public let name: String
    /// The family it belongs to.
    public let family: SkillFamily
    /// The matching ESCO skill or occupation URI, when a mapping has been established.
    public let escoURI: String?

    /// Creates a skill.
    public init(code: SkillCode, name: String, family: SkillFamily, escoURI: String? = nil) {
        self.code = code
        self.name = name
        self.family = family
        self.escoURI = escoURI
    }
}
