/// A talent's line manager (*responsable hiérarchique*), who agrees to missions.
public struct LineManager: Hashable, Sendable, Codable {
    /// The manager's name (1 to 120 characters).
    public var name: String
    /// The manager's e-mail address.
    public var email: EmailAddress

    /// Creates a line manager.
    public init(name: String, email: EmailAddress) {
        self.name = name
        self.email = email
    }
}
