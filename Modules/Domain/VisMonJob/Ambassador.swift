/// Identifies an ``Ambassador``.
public typealias AmbassadorID = ID<Ambassador>

/// An agent with a talent account who hosts students for one edition.
public struct Ambassador: Hashable, Sendable, Codable {
    /// The identifier.
    public let id: AmbassadorID
    /// The edition.
    public let editionID: EditionID
    /// The agent's account.
    public let userID: UserID
    /// The agent's employer, where the student spends the day.
    public let administrationID: AdministrationID
    /// Job, place, capacity, description.
    public let profile: AmbassadorProfile

    /// Builds an ambassador from trusted values (a store reading its rows).
    public init(
        id: AmbassadorID, editionID: EditionID, userID: UserID, administrationID: AdministrationID,
        profile: AmbassadorProfile
    ) {
        self.id = id
        self.editionID = editionID
        self.userID = userID
        self.administrationID = administrationID
        self.profile = profile
    }

    /// Validates `profile`, then builds the ambassador recorded under `id`.
    /// - Throws: ``VisMonJobError``.
    public static func create(
        id: AmbassadorID, editionID: EditionID, userID: UserID,
        administrationID: AdministrationID, profile: AmbassadorProfile
    ) throws -> Ambassador {
        Ambassador(
            id: id, editionID: editionID, userID: userID, administrationID: administrationID,
            profile: try profile.validated())
    }
}
