/// Configurable policy for administrations.
public struct AdministrationRules: Sendable, Equatable {
    /// The public services open on the platform; the State first, the others switched on later.
    public var enabledPublicServices: Set<PublicService>

    /// Creates rules; by default only the State's public service is enabled.
    public init(enabledPublicServices: Set<PublicService> = [.state]) {
        self.enabledPublicServices = enabledPublicServices
    }
}
