/// The input that creates a draft mission: its details and, optionally, the beneficiary
/// administration (by default the owner's own).
///
/// In JSON the details and `administrationID` sit side by side in one object.
public struct NewMission: Hashable, Sendable {
    /// The beneficiary administration: the owner's or one under it; nil for the owner's own.
    public var administrationID: AdministrationID?
    /// What the mission asks for, validated when the mission is created.
    public var details: MissionDetails

    /// Creates an unvalidated input.
    public init(administrationID: AdministrationID? = nil, details: MissionDetails) {
        self.administrationID = administrationID
        self.details = details
    }
}

extension NewMission: Decodable {
    private enum CodingKeys: String, CodingKey {
        case administrationID
    }

    /// Decodes the details and the optional `administrationID` from the same object.
    public init(from decoder: any Decoder) throws {
        administrationID = try decoder.container(keyedBy: CodingKeys.self)
            .decodeIfPresent(AdministrationID.self, forKey: .administrationID)
        details = try MissionDetails(from: decoder)
    }
}
