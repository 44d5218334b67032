public import Domain
import Persistence

extension Workflows {
    /// Closes every published mission whose application deadline is before today (UTC), each
    /// with its `mission.expired` audit event, in one transaction (operator or command line).
    ///
    /// A job, run daily by `talents-admin missions expire`: listings never expire missions as a
    /// side effect of reading. Running it twice expires nothing more.
    /// - Returns: the missions expired by this run, earliest deadline first.
    /// - Throws: ``AccessError``.
    public func expireMissions(by caller: Caller) throws -> [Mission] {
        try caller.require(.operator, to: "expire missions")
        let now = clock.now
        return try database.write { connection in
            let store = MissionStore(connection)
            return try store.publishedPastDeadline(today: now.utcDate).map { stored in
                var mission = stored.value
                try mission.expire(today: now.utcDate, at: now)
                try store.update(
                    mission, action: "mission.expired", expectedRevision: stored.revision,
                    by: caller.actor, at: now)
                return mission
            }
        }
    }
}
