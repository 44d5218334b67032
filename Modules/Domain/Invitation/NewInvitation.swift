/// The body of a request to invite a talent: whom, and an optional message.
public struct NewInvitation: Hashable, Sendable, Codable {
    /// The talent to invite; must be in the pool.
    public var talentID: TalentID
    /// A short note to the talent; empty when absent.
    public var message: String

    /// Creates the input.
    public init(talentID: TalentID, message: String = "") {
        self.talentID = talentID
        self.message = message
    }

    private enum CodingKeys: String, CodingKey {
        case talentID, message
    }

    /// Decodes `talentID` (required) and `message` (optional).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        talentID = try container.decode(TalentID.self, forKey: .talentID)
        message = try container.decodeIfPresent(String.self, forKey: .message) ?? ""
    }
}
