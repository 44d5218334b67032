/// A catalogue of skills, looked up by code. ``standard`` is the programme's catalogue.
public struct SkillTaxonomy: Sendable, Equatable {
    /// Every skill, in catalogue order (by family, then as listed).
    public let skills: [Skill]
    private let indexByCode: [SkillCode: Int]

    /// Creates a taxonomy. Codes must be unique and well formed (a programmer mistake otherwise).
    public init(_ skills: [Skill]) {
        var index: [SkillCode: Int] = [:]
        for (position, skill) in skills.enumerated() {
            precondition(skill.code.isWellFormed, "skill code '\(skill.code)' is not kebab case")
            precondition(
                index.updateValue(position, forKey: skill.code) == nil,
                "duplicate skill code '\(skill.code)'")
        }
        self.skills = skills
        indexByCode = index
    }

    /// The skill with `code`, if any.
    public func skill(_ code: SkillCode) -> Skill? {
        indexByCode[code].map { skills[$0] }
    }

    /// Whether `code` names a skill of this taxonomy.
    public func contains(_ code: SkillCode) -> Bool {
        indexByCode[code] != nil
    }

    /// The skills of `family`, in catalogue order.
    public func skills(in family: SkillFamily) -> [Skill] {
        skills.filter { $0.family == family }
    }

    /// Compares the catalogues.
    public static func == (lhs: SkillTaxonomy, rhs: SkillTaxonomy) -> Bool {
        lhs.skills == rhs.skills
    }
}
