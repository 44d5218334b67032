import Domain
import Persistence
import Support
import Workflows

/// Plans the demo story with a seeded generator, then writes it through the stores.
///
/// Time is counted in days from today (`-3` is three days ago). Past events happen during
/// office hours on days before today, so they are always before the clock's "now".
struct DemoGenerator {
    /// A directorate or service, with the people the story needs there.
    struct Unit {
        let data: DemoAdministration
        let record: Administration
        /// Its mission owner, planned by `planStaff()`.
        var owner = DemoSlot<User>()
        /// The line managers of its talents.
        var lineManagers: [LineManager] = []
    }

    /// A planned talent and what their texts are made of.
    struct PlannedTalent {
        let slot: DemoSlot<Talent>
        let profile: TalentProfile
        let feminine: Bool
        let trade: DemoProfile
        /// Years with the employer.
        let years: Int
        /// The employer's index in `units`.
        let unit: Int
        /// Their account.
        let user: DemoSlot<User>
        /// When the account is created.
        let created: Instant
        /// Their rank among the users planned, which orders accounts created at the same instant.
        let sequence: Int
        /// Whether their employer confirms their employment (agreements need it).
        let confirmed: Bool
        /// Whether they join the pool.
        let pooled: Bool
    }

    /// A planned member of the programme's staff (operator, referent, owner, line manager).
    struct StaffMember {
        let slot: DemoSlot<User>
        let roles: Set<Role>
        let administrationID: AdministrationID
        let email: EmailAddress
        let created: Instant
        /// Their rank among the users planned.
        let sequence: Int
    }

    /// A planned mission that is or was published, open to applications.
    struct OpenMission {
        let slot: DemoSlot<Mission>
        /// Its index in `missions`.
        let index: Int
        let template: DemoMission
        let publishedDay: Int
    }

    let now: Instant
    let today: LocalDate
    var random: SplitMix64
    var timeline = DemoTimeline()

    var ministries: [Administration] = []
    var units: [Unit] = []
    var unitIndex: [String: Int] = [:]
    var userCount = 0
    /// The staff, in the order they were planned.
    var staff: [StaffMember] = []
    var usedEmails: Set<String> = []
    var talents: [PlannedTalent] = []
    var missions: [DemoSlot<Mission>] = []
    /// The missions still published today.
    var published: [OpenMission] = []
    var applications: [DemoSlot<Application>] = []
    /// Mission and talent indices of every planned application: one per talent and mission.
    var applied: Set<[Int]> = []

    init(now: Instant, seed: UInt64) {
        self.now = now
        today = now.utcDate
        random = SplitMix64(seed: seed)
    }

    /// Plans the story after the administrations (``insertAdministrations(in:)``), writes it
    /// and tells what it created.
    mutating func run(on pool: DatabasePool, workflows: Workflows, clock: DemoClock) throws -> DemoSeed.Summary {
        try planStaff()
        try planTalents()
        try planMissions()
        try planApplications()
        // The engagement story draws after everything else, so the people, missions and
        // applications above stay the same as before it existed.
        try planEngagements()
        try timeline.run(on: pool, workflows: workflows, clock: clock)
        return try summary(pool)
    }

    // MARK: Time

    /// The date `day` days from today.
    func date(_ day: Int) -> LocalDate {
        today.adding(days: day)
    }

    /// A random instant during office hours on a past `day`.
    mutating func officeHours(_ day: Int) -> Instant {
        precondition(day < 0, "demo events happen before today, not on day \(day)")
        return Instant(utc: date(day), hour: random.int(in: 8...17), minute: random.int(in: 0...59))
    }

    /// The unit with `acronym`; the dataset names only units it has.
    func unit(_ acronym: String) -> Int {
        guard let index = unitIndex[acronym] else { preconditionFailure("no demo directorate \(acronym)") }
        return index
    }

    // MARK: Summary

    /// What the database holds once the story is written.
    private func summary(_ pool: DatabasePool) throws -> DemoSeed.Summary {
        try pool.read { connection in
            func count(_ from: String) throws -> Int {
                try connection.scalar("SELECT count(*) FROM \(from)", as: Int.self) ?? 0
            }
            func grouped<Key: RawRepresentable<String> & Hashable>(_ table: String, _ column: String) throws -> [Key:
                Int]
            {
                let rows = try connection.query("SELECT \(column), count(*) FROM \(table) GROUP BY 1") { row in
                    (try row.string(0), try row.int(1))
                }
                var counts: [Key: Int] = [:]
                for (value, count) in rows {
                    guard let key = Key(rawValue: value) else { preconditionFailure("\(table).\(column) \(value)") }
                    counts[key] = count
                }
                return counts
            }
            let (talentCount, pooled) = try TalentStore(connection).counts()
            return DemoSeed.Summary(
                ministries: ministries.count, directorates: units.count, users: try count("users"),
                talents: talentCount, talentsInPool: pooled,
                missionsByState: try MissionStore(connection).countsByState(),
                applicationsByStatus: try grouped("applications", "status"),
                overdueApplications: try ApplicationStore(connection).awaitingAnswer(dueBefore: now).count,
                agreementsByStatus: try grouped("agreements", "status"),
                missionOrders: try count("mission_orders"),
                cancelledMissionOrders: try count("mission_orders WHERE cancelled_at IS NOT NULL"),
                timeReportsByStatus: try grouped("time_reports", "status"),
                creditMovements: try count("credit_movements"),
                administrationsWithStatements: try count("(SELECT DISTINCT account FROM credit_movements)"),
                diplomas: try count("badge_assertions"), distinctions: try count("distinctions"),
                savedSearches: try count("saved_searches"), invitations: try count("invitations"),
                visMonJob: DemoSeed.Summary.VisMonJob(
                    editions: try count("vmj_editions"), ambassadors: try count("vmj_ambassadors"),
                    students: try count("vmj_students"), coachingBookings: try count("vmj_coaching_bookings"),
                    pairs: try count("vmj_pairs"), pairsDone: try count("vmj_pairs WHERE status = 'done'")))
        }
    }
}
