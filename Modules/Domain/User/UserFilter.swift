/// Which users a listing shows (``UserStore/search(_:)``): every criterion is optional.
public struct UserFilter: Sendable, Hashable {
    /// Words in the display name or the e-mail address (case-insensitive).
    public var text: String?
    /// Holding this role.
    public var role: Role?
    /// Belonging to this administration.
    public var administrationID: AdministrationID?
    /// Belonging to this administration or one under it (a referent's reach).
    public var withinAdministrationID: AdministrationID?
    /// Active (true), deactivated (false), or both (nil).
    public var active: Bool?
    /// How many users a page holds.
    public var limit: Int
    /// How many matching users come before the page.
    public var offset: Int

    /// Creates the filter.
    public init(
        text: String? = nil, role: Role? = nil, administrationID: AdministrationID? = nil, active: Bool? = nil,
        limit: Int = 20, offset: Int = 0
    ) {
        self.text = text
        self.role = role
        self.administrationID = administrationID
        self.active = active
        self.limit = limit
        self.offset = offset
    }
}
