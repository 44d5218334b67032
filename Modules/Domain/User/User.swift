/// A person with an account.
public struct User: Hashable, Sendable, Codable {
    /// The identifier.
    public var id: UserID
    /// The name shown to others, e.g. "Camille Martin".
    public var displayName: String
    /// The e-mail address, normalised to lower case.
    public var email: EmailAddress
    /// The roles held; never empty.
    public var roles: Set<Role>
    /// The administration the person belongs to, if known (required for a referent).
    public var administrationID: AdministrationID?
    /// When the account was deactivated, if it is: a deactivated user cannot sign in, and their
    /// sessions and tokens are refused.
    public var deactivatedAt: Instant?

    /// Builds a user from trusted values (a store reading its rows).
    /// New users go through ``create(id:_:)``.
    public init(
        id: UserID, displayName: String, email: EmailAddress, roles: Set<Role>,
        administrationID: AdministrationID?, deactivatedAt: Instant? = nil
    ) {
        self.id = id
        self.displayName = displayName
        self.email = email
        self.roles = roles
        self.administrationID = administrationID
        self.deactivatedAt = deactivatedAt
    }

    /// Whether the account may sign in and act (not deactivated).
    public var isActive: Bool { deactivatedAt == nil }

    /// Validates `new`, then builds the user recorded under `id`.
    /// - Throws: ``UserError``.
    public static func create(id: UserID, _ new: NewUser) throws -> User {
        let new = try new.validated()
        return User(
            id: id, displayName: new.displayName, email: new.email, roles: new.roles,
            administrationID: new.administrationID)
    }

    /// Whether the user holds `role`.
    public func has(_ role: Role) -> Bool {
        roles.contains(role)
    }

    private enum CodingKeys: String, CodingKey {
        case id, displayName, email, roles, administrationID, deactivatedAt
    }

    /// Encodes the user, roles sorted so the output is stable, `deactivatedAt` in RFC 3339 when deactivated.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(displayName, forKey: .displayName)
        try container.encode(email, forKey: .email)
        try container.encode(roles.sorted(), forKey: .roles)
        try container.encodeIfPresent(administrationID, forKey: .administrationID)
        try container.encodeIfPresent(deactivatedAt?.rfc3339, forKey: .deactivatedAt)
    }

    /// Decodes what ``encode(to:)`` writes (`deactivatedAt` in RFC 3339).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(UserID.self, forKey: .id)
        displayName = try container.decode(String.self, forKey: .displayName)
        email = try container.decode(EmailAddress.self, forKey: .email)
        roles = try container.decode(Set<Role>.self, forKey: .roles)
        administrationID = try container.decodeIfPresent(AdministrationID.self, forKey: .administrationID)
        deactivatedAt = try container.decodeIfPresent(String.self, forKey: .deactivatedAt)
            .map { try Instant(rfc3339: $0, field: "deactivatedAt") }
    }
}
