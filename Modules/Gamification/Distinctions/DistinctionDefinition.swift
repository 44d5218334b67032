/// One entry of the catalogue: what the distinction is called and how it is earned (in French,
/// as shown to users).
public struct DistinctionDefinition: Hashable, Sendable, Codable {
    /// The stable code.
    public let code: DistinctionCode
    /// The name, e.g. « Première mission ».
    public let name: String
    /// What it recognises.
    public let description: String
    /// The rule that awards it, in plain words.
    public let criteria: String

    /// A catalogue entry.
    public init(code: DistinctionCode, name: String, description: String, criteria: String) {
        self.code = code
        self.name = name
        self.description = description
        self.criteria = criteria
    }
}
