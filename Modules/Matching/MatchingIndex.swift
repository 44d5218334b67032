public import Domain
import Synchronization

/// The candidates of the recommendations, scored in memory: the pool (``PoolEntry``) and the
/// published missions (``OpenMissionEntry``) held as posting lists per skill and level, loaded
/// from a ``MatchingSource`` on first use and brought up to date at every call from its changes
/// (only the talents and missions changed since). A request reads the lists of the skills it
/// shares with the other side, scores those candidates with ``MatchScoring/score(_:)`` (as
/// ``MatchExplanation`` does) and keeps a ``TopK``; it never touches the talents without
/// consent nor the unpublished missions, which the source does not list.
///
/// One per process, shared by every thread; the state is copied out of the lock (arrays are
/// copy-on-write), so scoring runs concurrently.
public final class MatchingIndex: Sendable {
    /// A candidate talent and its score.
    public struct ScoredTalent: Hashable, Sendable {
        /// The talent.
        public let talentID: TalentID
        /// The employing administration.
        public let employerID: AdministrationID
        /// The score, equal to ``MatchExplanation/evaluate(_:_:taxonomy:)``'s for the talent.
        public let score: MatchScore
    }

    /// A candidate mission and its score.
    public struct ScoredMission: Hashable, Sendable {
        /// The mission.
        public let missionID: MissionID
        /// When it was published (recency breaks ties).
        public let publishedAt: Instant
        /// The score, equal to ``MatchExplanation/evaluate(_:_:taxonomy:)``'s for the mission.
        public let score: MatchScore
    }

    private let state = Mutex(State())
    private let taxonomy: SkillTaxonomy

    /// An empty index, loaded by its first call.
    public init(taxonomy: SkillTaxonomy = .standard) {
        self.taxonomy = taxonomy
    }

    /// The `keep` best talents of the pool for a mission of `details`, best first (ties: lower
    /// id first). A candidate holds a required skill at its minimum level (and at
    /// `query.minimumLevel`, when given), works in `query.departement` when given, and is
    /// available on at least one day of the window.
    /// - Parameter source: the source read in the caller's read transaction.
    public func talents(
        for details: MissionDetails, query: RecommendationQuery, keep: Int,
        from source: some MatchingSource
    ) throws -> [ScoredTalent] {
        let state = try current(source)
        return state.pool.candidates(
            for: details, departement: state.code(of: details.departement),
            filter: query, filterDepartement: query.departement.map(state.code(of:)),
            keep: keep, taxonomy: taxonomy)
    }

    /// The `keep` best published missions for a talent with `profile`, still open to applications
    /// on `today`, best first (ties: the most recently published first). A candidate requires a
    /// skill the talent holds at its minimum level, and its window meets the talent's availability.
    /// - Parameter source: the source read in the caller's read transaction.
    public func missions(
        for profile: TalentProfile, today: LocalDate, keep: Int,
        from source: some MatchingSource
    ) throws -> [ScoredMission] {
        let state = try current(source)
        return state.missions.candidates(
            for: profile, departement: state.code(of: profile.departement), today: today,
            keep: keep, taxonomy: taxonomy)
    }

    /// The state brought up to the snapshot of `source`, copied out of the lock.
    private func current(_ source: some MatchingSource) throws -> State {
        try state.withLock { state in
            try state.refresh(source)
            return state
        }
    }
}

extension MatchingIndex {
    /// Both sides, the last change applied, and the départements interned as numbers.
    struct State {
        var pool = PoolIndex()
        var missions = OpenMissionIndex()
        var loaded = false
        var sequence: Int64 = 0
        var departementCodes: [String: Int32] = [:]

        /// The number of `departement`; -1 (no talent's) for none.
        func code(of departement: Departement?) -> Int32 {
            departement.flatMap { departementCodes[$0.code] } ?? -1
        }

        mutating func intern(_ code: String?) -> Int32 {
            guard let code else { return -1 }
            if let number = departementCodes[code] { return number }
            let number = Int32(departementCodes.count)
            departementCodes[code] = number
            return number
        }

        /// Loads everything the first time, when half the slots are dead, else applies the changes
        /// committed since the last call that `source`'s snapshot sees.
        mutating func refresh(_ source: some MatchingSource) throws {
            let latest = try source.latestChange()
            let dead = pool.postings.deadCount + missions.postings.deadCount
            if !loaded || dead > 10_000 && dead > (pool.talentIDs.count + missions.missionIDs.count) / 2 {
                self = State(departementCodes: departementCodes)
                try source.poolEntries(of: nil) { insert($0) }
                try source.openMissions(of: nil) { insert($0) }
                loaded = true
                sequence = latest
                return
            }
            guard latest > sequence else { return }
            for change in try source.changes(after: sequence) {
                switch change.subject {
                case .talent(let id):
                    pool.remove(id.rawValue)
                    try source.poolEntries(of: id) { insert($0) }
                case .mission(let id):
                    missions.remove(id.rawValue)
                    try source.openMissions(of: id) { insert($0) }
                }
            }
            sequence = latest
        }

        mutating func insert(_ entry: PoolEntry) {
            pool.insert(entry, departement: intern(entry.departement))
        }

        mutating func insert(_ entry: OpenMissionEntry) {
            missions.insert(entry, departement: intern(entry.departement))
        }
    }
}
