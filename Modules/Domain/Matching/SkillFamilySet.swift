/// A set of ``SkillFamily`` values as a bit mask: what the matching stores next to each pool
/// skill (`pool_skills.families`, schema version 6) so that a candidate's families are known
/// without reading all of their skills.
public struct SkillFamilySet: OptionSet, Hashable, Sendable {
    /// The mask; bit ``SkillFamily/bit`` stands for each family.
    public let rawValue: Int64

    /// Wraps a mask.
    public init(rawValue: Int64) {
        self.rawValue = rawValue
    }

    /// The set holding `family` only.
    public init(_ family: SkillFamily) {
        self.init(rawValue: 1 << family.bit)
    }

    /// The families of `codes` in `taxonomy` (codes it does not know are ignored).
    public init(_ codes: some Sequence<SkillCode>, taxonomy: SkillTaxonomy) {
        self = codes.reduce(into: []) { set, code in
            if let skill = taxonomy.skill(code) { set.insert(SkillFamilySet(skill.family)) }
        }
    }

    /// How many families the set holds.
    public var count: Int { rawValue.nonzeroBitCount }

    /// The families, in ``SkillFamily`` order.
    public var families: [SkillFamily] {
        SkillFamily.allCases.filter { contains(SkillFamilySet($0)) }
    }
}

extension SkillFamily {
    /// The family's bit in a ``SkillFamilySet``. Stored in the database (schema version 6 writes
    /// the same numbers in SQL): a value never changes, a new family takes the next one.
    public var bit: Int {
        switch self {
        case .architecture: 0
        case .development: 1
        case .data: 2
        case .management: 3
        case .infrastructure: 4
        case .projectProduct: 5
        case .security: 6
        case .serverCloud: 7
        case .support: 8
        case .other: 9
        case .procurement: 10
        case .legal: 11
        case .designUX: 12
        case .accessibility: 13
        case .changeManagement: 14
        }
    }
}
