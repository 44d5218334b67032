/// How well a talent masters a skill, or the minimum a mission requires: 1 to 4.
public enum SkillLevel: Int, Sendable, CaseIterable, Comparable {
    /// 1 — basic knowledge (*notions*).
    case notions = 1
    /// 2 — regular practice (*pratique*).
    case practice = 2
    /// 3 — autonomous mastery (*maîtrise*).
    case mastery = 3
    /// 4 — recognised expertise (*expert*).
    case expert = 4

    /// Validates a level number.
    /// - Throws: ``ValueError/invalidSkillLevel(field:value:)``.
    public init(validating value: Int, field: String? = "level") throws {
        guard let level = SkillLevel(rawValue: value) else {
            throw ValueError.invalidSkillLevel(field: field, value: value)
        }
        self = level
    }

    /// The French name.
    public var label: String {
        switch self {
        case .notions: "Notions"
        case .practice: "Pratique"
        case .mastery: "Maîtrise"
        case .expert: "Expert"
        }
    }

    /// Orders levels from notions to expert.
    public static func < (lhs: SkillLevel, rhs: SkillLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}

extension SkillLevel: Codable {
    /// Decodes a number 1 to 4; another number throws a ``ValueError`` naming the field.
    public init(from decoder: any Decoder) throws {
        try self.init(validating: decoder.singleValueContainer().decode(Int.self), field: decoder.fieldPath)
    }

    /// Encodes the number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
