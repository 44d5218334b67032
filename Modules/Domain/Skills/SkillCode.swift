/// The stable code of a skill in the taxonomy, in kebab case, e.g. `"dev-backend"`.
/// Whether it names a known skill is checked against a ``SkillTaxonomy``.
public struct SkillCode: Hashable, Comparable, Sendable, Codable, ExpressibleByStringLiteral,
    CustomStringConvertible
{
    /// The code text.
    public let rawValue: String

    /// Wraps a code.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// Writes a code as a literal.
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Decodes a plain string.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes a plain string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Whether the code is kebab case: lower-case letters and digits in hyphen-separated words.
    public var isWellFormed: Bool {
        let words = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789")
        return words.allSatisfy { !$0.isEmpty && $0.allSatisfy(allowed.contains) }
    }

    /// Orders codes alphabetically.
    public static func < (lhs: SkillCode, rhs: SkillCode) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The code text.
    public var description: String { rawValue }
}
