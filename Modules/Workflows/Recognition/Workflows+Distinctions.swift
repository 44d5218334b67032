public import Domain
public import Gamification
import Persistence

extension Workflows {
    /// What `distinctions recompute` found.
    public struct DistinctionRecomputation: Sendable {
        /// How many users had a history to evaluate.
        public let usersEvaluated: Int
        /// The distinctions that were missing and are now awarded.
        public let awarded: [(userID: UserID, award: DistinctionAward)]
        /// Distinctions held that the current history no longer earns (kept: an award is never withdrawn).
        public let unsupported: [HeldDistinction]
    }

    /// The catalogue of distinctions (public).
    public func distinctionCatalogue() -> [DistinctionDefinition] {
        DistinctionCatalogue.all
    }

    /// The distinctions of the caller (any user: talents and mission owners earn them).
    public func myDistinctions(by caller: Caller) throws -> [HeldDistinction] {
        guard let user = caller.user else { return [] }
        return try database.read { try DistinctionStore($0).distinctions(of: user.id) }
    }

    /// The distinctions of talent `id`: the talent and the operator; a talent that is not the
    /// caller's does not exist for others.
    /// - Throws: ``NotFoundError``.
    public func distinctions(ofTalent id: TalentID, by caller: Caller) throws -> [HeldDistinction] {
        try database.read { connection in
            guard let talent = try SpotlightStore(connection).consent(of: id),
                caller.user.map({ $0.has(.operator) || $0.id == talent.value.userID }) ?? true
            else {
                throw NotFoundError("talent", id: id)
            }
            return try DistinctionStore(connection).distinctions(of: talent.value.userID)
        }
    }

    /// Re-evaluates every rule on the whole history of every user and awards what is missing,
    /// in one write transaction (operator; the command line). Running it twice awards nothing
    /// the second time: the rules are a function of the history.
    /// - Throws: ``AccessError``.
    public func recomputeDistinctions(by caller: Caller) throws -> DistinctionRecomputation {
        try caller.require(.operator, to: "recompute the distinctions")
        return try database.write { connection in
            let facts = RecognitionFacts(connection)
            let store = DistinctionStore(connection)
            let users = try facts.usersWithHistory()
            var awarded: [(userID: UserID, award: DistinctionAward)] = []
            var unsupported: [HeldDistinction] = []
            for user in users {
                let earned = DistinctionRules.awards(for: try facts.history(of: user))
                for award in earned where try store.award(award, to: user, by: caller.actor, at: clock.now) {
                    awarded.append((user, award))
                }
                let codes = Set(earned.map(\.code))
                unsupported += try store.distinctions(of: user).filter { !codes.contains($0.code) }
            }
            return DistinctionRecomputation(usersEvaluated: users.count, awarded: awarded, unsupported: unsupported)
        }
    }
}
