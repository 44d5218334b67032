import Domain
import Persistence

extension ProgrammeKPIs {
    /// The pool now (the period does not apply: it is a current state).
    public func pool() throws -> PoolSize {
        let counts = try TalentStore(connection).counts()
        let byFamily = try queries.poolCounts().sorted {
            ($0.family.rawValue, $0.level.rawValue) < ($1.family.rawValue, $1.level.rawValue)
        }
        return PoolSize(profiles: counts.all, members: counts.inPool, byFamilyAndLevel: byFamily)
    }
}
