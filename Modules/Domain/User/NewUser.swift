/// The input that creates a user (or replaces a user's details), validated by ``validated()``.
public struct NewUser: Hashable, Sendable, Codable {
    /// Maximum length of ``displayName``, in characters.
    public static let maximumDisplayNameLength = 120

    /// The name shown to others (1 to 120 characters, surrounding spaces removed).
    public var displayName: String
    /// The e-mail address (validated when built or decoded).
    public var email: EmailAddress
    /// The roles; at least one.
    public var roles: Set<Role>
    /// The administration the person belongs to; required when a role needs one.
    public var administrationID: AdministrationID?

    /// Creates an unvalidated input.
    public init(
        displayName: String, email: EmailAddress, roles: Set<Role>,
        administrationID: AdministrationID? = nil
    ) {
        self.displayName = displayName
        self.email = email
        self.roles = roles
        self.administrationID = administrationID
    }

    /// The normalised input, or the first rule it breaks.
    /// - Throws: ``UserError``.
    public func validated() throws -> NewUser {
        var result = self
        result.displayName = displayName.trimmingWhitespace()
        guard (1...Self.maximumDisplayNameLength).contains(result.displayName.count) else {
            throw UserError.displayNameLength(count: result.displayName.count)
        }
        guard !roles.isEmpty else { throw UserError.noRole }
        if administrationID == nil, let role = roles.sorted().first(where: \.requiresAdministration) {
            throw UserError.administrationRequired(role)
        }
        return result
    }
}
