import Domain
import Persistence
import Support

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
    }

    /// A planned mission that is or was published, open to applications.
    struct OpenMission {
        let slot: DemoSlot<Mission>
        /// Its index in `missions`.
        let index: Int
        let template: DemoMission
        let publishedDay: Int
    }

    let connection: Connection
    let now: Instant
    let today: LocalDate
    var random: SplitMix64
    var timeline = DemoTimeline()

    var ministries: [Administration] = []
    var units: [Unit] = []
    var unitIndex: [String: Int] = [:]
    var userCount = 0
    var usedEmails: Set<String> = []
    var talents: [PlannedTalent] = []
    var missions: [DemoSlot<Mission>] = []
    /// The missions still published today.
    var published: [OpenMission] = []
    var applications: [DemoSlot<Application>] = []
    /// Mission and talent indices of every planned application: one per talent and mission.
    var applied: Set<[Int]> = []

    init(connection: Connection, now: Instant, seed: UInt64) {
        self.connection = connection
        self.now = now
        today = now.utcDate
        random = SplitMix64(seed: seed)
    }

    /// Writes the whole dataset and tells what it created.
    mutating func run() throws -> DemoSeed.Summary {
        try insertAdministrations()
        try planStaff()
        try planTalents()
        try planMissions()
        try planApplications()
        try timeline.run(on: connection)
        return summary()
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

    private func summary() -> DemoSeed.Summary {
        var missionsByState: [MissionState: Int] = [:]
        for mission in missions {
            missionsByState[mission.value.state, default: 0] += 1
        }
        var applicationsByStatus: [ApplicationStatus: Int] = [:]
        for application in applications {
            applicationsByStatus[application.value.state.status, default: 0] += 1
        }
        return DemoSeed.Summary(
            ministries: ministries.count, directorates: units.count, users: userCount, talents: talents.count,
            talentsInPool: talents.count { $0.slot.value.isVisibleInPool },
            missionsByState: missionsByState, applicationsByStatus: applicationsByStatus,
            overdueApplications: applications.count { $0.value.isOverdue(now: now) })
    }
}
