public import Domain
import Synchronization

/// The candidates of the recommendations, scored in memory: the pool (`pool_skills`) and the
/// published missions (`published_mission_skills`) held as posting lists per skill and level,
/// loaded on first use and brought up to date at every call from `matching_changes` (only the
/// talents and missions changed since). A request reads the lists of the skills it shares with
/// the other side, scores those candidates with ``MatchScoring`` and keeps a ``TopK``; it never
/// touches the talents without consent nor the unpublished missions, which are not in the lists.
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
    /// - Parameter connection: a connection in the caller's read transaction.
    public func talents(for details: MissionDetails, query: RecommendationQuery, keep: Int,
                        in connection: Connection) throws -> [ScoredTalent] {
        let state = try current(connection)
        return state.pool.candidates(for: details, departement: state.code(of: details.departement),
                                     filter: query, filterDepartement: query.departement.map(state.code(of:)),
                                     keep: keep, taxonomy: taxonomy)
    }

    /// The `keep` best published missions for a talent with `profile`, still open to applications
    /// on `today`, best first (ties: the most recently published first). A candidate requires a
    /// skill the talent holds at its minimum level, and its window meets the talent's availability.
    /// - Parameter connection: a connection in the caller's read transaction.
    public func missions(for profile: TalentProfile, today: LocalDate, keep: Int,
                         in connection: Connection) throws -> [ScoredMission] {
        let state = try current(connection)
        return state.missions.candidates(for: profile, departement: state.code(of: profile.departement), today: today,
                                         keep: keep, taxonomy: taxonomy)
    }

    /// The state brought up to the snapshot of `connection`, copied out of the lock.
    private func current(_ connection: Connection) throws -> State {
        try state.withLock { state in
            try state.refresh(connection)
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
        /// committed since the last call that `connection`'s snapshot sees.
        mutating func refresh(_ connection: Connection) throws {
            let latest = try connection.queryOne("SELECT coalesce(max(seq), 0) FROM matching_changes") {
                try $0.int64(0)
            } ?? 0
            let dead = pool.postings.deadCount + missions.postings.deadCount
            if !loaded || dead > 10_000 && dead > (pool.talentIDs.count + missions.missionIDs.count) / 2 {
                self = State(departementCodes: departementCodes)
                try loadTalents(connection, where: "1")
                try loadMissions(connection, where: "1")
                loaded = true
                sequence = latest
                return
            }
            guard latest > sequence else { return }
            let changes = try connection.query("SELECT subject, id FROM matching_changes WHERE seq > ? ORDER BY seq",
                                               sequence) { (try $0.string(0), try $0.int64(1)) }
            for (subject, id) in changes {
                if subject == "talent" {
                    pool.remove(id)
                    try loadTalents(connection, where: "talent_id = \(id)")
                } else {
                    missions.remove(id)
                    try loadMissions(connection, where: "mission_id = \(id)")
                }
            }
            sequence = latest
        }

        // `condition` is "1" or "<column> = <integer>", never user text.
        private mutating func loadTalents(_ connection: Connection, where condition: String) throws {
            var current: PoolIndex.Rows?
            _ = try connection.query("""
                SELECT talent_id, skill_code, level, employer_id, departement, hours_per_month, from_day, until_day,
                    families
                FROM pool_skills INDEXED BY pool_skills_talent WHERE \(condition) ORDER BY talent_id
                """) { row in
                let id = try row.int64(0)
                if current?.talentID != id {
                    if let done = current { pool.insert(done) }
                    current = PoolIndex.Rows(
                        talentID: id, employerID: try row.int64(3), departement: intern(try row.string(4)),
                        hoursPerMonth: Int32(try row.int(5)), fromDay: Int32(try row.optionalInt(6) ?? Int(Int32.min)),
                        untilDay: Int32(try row.optionalInt(7) ?? Int(Int32.max)), families: try row.int64(8), skills: [])
                }
                current?.skills.append((code: try row.string(1), level: try row.int(2)))
            }
            if let done = current { pool.insert(done) }
        }

        private mutating func loadMissions(_ connection: Connection, where condition: String) throws {
            var current: OpenMissionIndex.Rows?
            _ = try connection.query("""
                SELECT mission_id, skill_code, minimum_level, departement, remote, effort_hours, start_day, end_day,
                    deadline_day, required_count, families, published_at
                FROM published_mission_skills INDEXED BY published_mission_skills_mission WHERE \(condition)
                ORDER BY mission_id
                """) { row in
                let id = try row.int64(0)
                if current?.missionID != id {
                    if let done = current { missions.insert(done) }
                    current = OpenMissionIndex.Rows(
                        missionID: id, departement: intern(try row.optionalString(3)), remote: try row.bool(4),
                        effortHours: Int32(try row.int(5)), startDay: Int32(try row.int(6)), endDay: Int32(try row.int(7)),
                        deadlineDay: Int32(try row.int(8)), requiredCount: Int32(try row.int(9)),
                        families: try row.int64(10), publishedAt: try row.int64(11), skills: [])
                }
                current?.skills.append((code: try row.string(1), level: try row.int(2)))
            }
            if let done = current { missions.insert(done) }
        }
    }
}
