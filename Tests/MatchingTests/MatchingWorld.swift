import Domain
import Matching

/// A pool and published missions generated from a seed, with the entries a
/// ``MatchingSource`` hands the index: the same facts Persistence's `pool_skills` and
/// `published_mission_skills` hold for them.
struct MatchingWorld {
    static let codes: [SkillCode] = [
        "arch-api", "arch-solution", "dev-backend", "dev-frontend", "data-ai", "data-bi",
        "sec-iam", "sec-risk"
    ]
    static let departements = ["75", "69", "13", "974"]
    static let today = date("2027-01-01")

    var talents: [TalentID: TalentProfile] = [:]
    var missions: [MissionID: (details: MissionDetails, publishedAt: Instant)] = [:]

    /// `talentCount` talents and `missionCount` missions drawn from `seed`.
    static func make(seed: UInt64 = 42, talentCount: Int = 300, missionCount: Int = 60) -> MatchingWorld {
        var random = LinearCongruential(seed: seed)
        var world = MatchingWorld()
        for number in 1...talentCount {
            let skills = random.sample(codes, count: random.next(1...4)).map {
                TalentSkill($0, SkillLevel(rawValue: random.next(1...4))!)
            }
            let from = random.next(0...3) == 0 ? today.adding(days: random.next(0...200)) : nil
            let until = random.next(0...3) == 0 ? today.adding(days: random.next(-10...300)) : nil
            world.talents[TalentID(Int64(number))] = TalentProfile(
                employerID: AdministrationID(Int64(random.next(1...12))), status: .civilServant,
                lineManager: LineManager(
                    name: "Claire Dubois", email: try! EmailAddress("claire.dubois@interieur.gouv.fr")),
                departement: try! Departement(departements[random.next(0...3)]), skills: skills,
                availability: Availability(
                    hoursPerMonth: [2, 5, 10, 20, 40][random.next(0...4)], from: from, until: until))
        }
        for number in 1...missionCount {
            let requirements = random.sample(codes, count: random.next(1...3)).map {
                SkillRequirement($0, minimumLevel: SkillLevel(rawValue: random.next(1...4))!)
            }
            let start = today.adding(days: random.next(0...120))
            let details = MissionDetails(
                title: "Mission \(number)", description: "Générée.", nature: .securityHardening,
                requiredSkills: requirements, effortHours: random.next(5...120),
                window: DateWindow(start: start, end: start.adding(days: random.next(0...180))),
                departement: random.next(0...4) == 0 ? nil : try! Departement(departements[random.next(0...3)]),
                remote: random.next(0...2) == 0, talentsSought: 1,
                // Some deadlines have passed: those missions are no candidates any more.
                applicationDeadline: today.adding(days: random.next(-20...60)))
            // Few distinct instants, so that ties on the score fall back to publication, then id.
            world.missions[MissionID(Int64(number))] = (
                details, Instant(millisecondsSinceEpoch: Int64(random.next(1...5)))
            )
        }
        return world
    }

    /// The entries, as the index's source lists them.
    var source: ValuesSource {
        ValuesSource(
            pool: talents.keys.sorted().map { id in Self.entry(id, talents[id]!) },
            missions: missions.keys.sorted().map { id in
                Self.entry(id, missions[id]!.details, publishedAt: missions[id]!.publishedAt)
            })
    }

    /// The pool entry of a consenting talent.
    static func entry(_ id: TalentID, _ profile: TalentProfile) -> PoolEntry {
        PoolEntry(
            talentID: id, employerID: profile.employerID, departement: profile.departement.code,
            hoursPerMonth: profile.availability.hoursPerMonth,
            availableFrom: profile.availability.from?.daysSinceEpoch,
            availableUntil: profile.availability.until?.daysSinceEpoch,
            families: SkillFamilySet(profile.skills.map(\.code), taxonomy: .standard), skills: profile.skills)
    }

    /// The open entry of a published mission.
    static func entry(_ id: MissionID, _ details: MissionDetails, publishedAt: Instant) -> OpenMissionEntry {
        OpenMissionEntry(
            missionID: id, departement: details.departement?.code, remote: details.remote,
            effortHours: details.effortHours, startDay: details.window.start.daysSinceEpoch,
            endDay: details.window.end.daysSinceEpoch,
            deadlineDay: details.applicationDeadline.daysSinceEpoch,
            requiredCount: details.requiredSkills.count,
            families: SkillFamilySet(details.requiredSkills.map(\.code), taxonomy: .standard),
            publishedAt: publishedAt, skills: details.requiredSkills)
    }

    static func date(_ text: String) -> LocalDate {
        try! LocalDate(parsing: text)
    }
}

/// A ``MatchingSource`` over plain values: the entries, and the changes the test appends.
struct ValuesSource: MatchingSource {
    var pool: [PoolEntry]
    var missions: [OpenMissionEntry]
    var changes: [MatchingChange] = []

    /// Replaces (or removes, with nil) talent `id`'s entry and logs the change.
    mutating func update(_ id: TalentID, _ entry: PoolEntry?) {
        pool.removeAll { $0.talentID == id }
        if let entry { pool.append(entry) }
        changes.append(MatchingChange(sequence: latest + 1, subject: .talent(id)))
    }

    /// Replaces (or removes, with nil) mission `id`'s entry and logs the change.
    mutating func update(_ id: MissionID, _ entry: OpenMissionEntry?) {
        missions.removeAll { $0.missionID == id }
        if let entry { missions.append(entry) }
        changes.append(MatchingChange(sequence: latest + 1, subject: .mission(id)))
    }

    private var latest: Int64 { changes.last?.sequence ?? 0 }

    func latestChange() throws -> Int64 {
        latest
    }

    func changes(after sequence: Int64) throws -> [MatchingChange] {
        changes.filter { $0.sequence > sequence }
    }

    func poolEntries(of id: TalentID?, _ body: (PoolEntry) throws -> Void) throws {
        for entry in pool.sorted(by: { $0.talentID < $1.talentID }) where id == nil || entry.talentID == id {
            try body(entry)
        }
    }

    func openMissions(of id: MissionID?, _ body: (OpenMissionEntry) throws -> Void) throws {
        for entry in missions.sorted(by: { $0.missionID < $1.missionID }) where id == nil || entry.missionID == id {
            try body(entry)
        }
    }
}

/// A small seeded generator (Knuth's MMIX constants), enough to draw test data.
struct LinearCongruential {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(_ range: ClosedRange<Int>) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return range.lowerBound + Int((state >> 33) % UInt64(range.count))
    }

    /// `count` distinct elements of `elements`, in a drawn order.
    mutating func sample<T>(_ elements: [T], count: Int) -> [T] {
        var pool = elements
        var picked: [T] = []
        for _ in 0..<min(count, pool.count) { picked.append(pool.remove(at: next(0...(pool.count - 1)))) }
        return picked
    }
}
