public import Persistence

/// The size of the pool (*vivier*) of talents mission owners may search.
public struct PoolSize: Sendable, Hashable {
    /// Talent profiles registered.
    public let profiles: Int
    /// Talents who consented to the pool.
    public let members: Int
    /// Members by skill family and their best level in it, sorted by family then level.
    public let byFamilyAndLevel: [ReportingQueries.PoolCount]

    /// Creates the figures.
    public init(profiles: Int, members: Int, byFamilyAndLevel: [ReportingQueries.PoolCount]) {
        self.profiles = profiles
        self.members = members
        self.byFamilyAndLevel = byFamilyAndLevel
    }
}
