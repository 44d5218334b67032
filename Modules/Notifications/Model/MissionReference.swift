public import Domain

/// A mission as a message names it: its identifier (for the link) and its title.
public struct MissionReference: Hashable, Sendable, Codable {
    /// The mission.
    public var id: MissionID
    /// Its title, shown in the subject and the text.
    public var title: String

    /// Creates a reference.
    public init(id: MissionID, title: String) {
        self.id = id
        self.title = title
    }

    /// The reference of `mission`.
    public init(_ mission: Mission) {
        self.init(id: mission.id, title: mission.details.title)
    }
}
