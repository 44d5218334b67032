public import Domain
public import Gamification
import Persistence

extension Workflows {
    /// The spotlight choice of talent `id` with the talent's revision: the talent and the operator;
    /// for anyone else the talent does not exist.
    /// - Throws: ``NotFoundError``.
    public func spotlightConsent(_ id: TalentID, by caller: Caller) throws -> Versioned<SpotlightConsent> {
        try database.read { connection in
            guard let consent = try SpotlightStore(connection).consent(of: id),
                caller.user.map({ $0.has(.operator) || $0.id == consent.value.userID }) ?? true
            else {
                throw NotFoundError("talent", id: id)
            }
            return consent
        }
    }

    /// Opts talent `id` in or out of the public spotlight, if still at `expectedRevision`. Only
    /// the talent opts in (consent is personal); the talent or the operator opts out, which
    /// removes them from the listing at once.
    /// - Throws: ``NotFoundError``, ``AccessError``, ``StaleRevisionError``, ``SpotlightError``.
    public func setSpotlight(
        _ id: TalentID, optedIn: Bool, expectedRevision: Int?,
        by caller: Caller
    ) throws -> Versioned<SpotlightConsent> {
        try database.write { connection in
            let store = SpotlightStore(connection)
            guard let consent = try store.consent(of: id) else { throw NotFoundError("talent", id: id) }
            if let user = caller.user, user.id != consent.value.userID {
                guard user.has(.operator) else { throw NotFoundError("talent", id: id) }
                guard !optedIn else { throw AccessError.notOwner(action: "opt into the spotlight") }
            }
            return try store.set(
                id, optedIn: optedIn, expectedRevision: expectedRevision, by: caller.actor,
                at: clock.now)
        }
    }

    /// The public spotlight: talents who opted in and contributed during `period` (the last
    /// 90 days by default).
    public func spotlight(_ period: SpotlightPeriod?) throws -> (period: SpotlightPeriod, entries: [SpotlightEntry]) {
        let period = period ?? SpotlightPeriod.ending(clock.now.utcDate)
        return (period, try database.read { try SpotlightStore($0).entries(in: period) })
    }
}
