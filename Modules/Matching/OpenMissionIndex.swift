import Domain

/// The published missions in memory, as ``MatchingIndex`` scores them: one slot per mission
/// with the facts of its ``OpenMissionEntry`` in parallel arrays, and per skill and minimum
/// level the list of slots requiring it. A changed mission gets a new slot; the old one dies.
struct OpenMissionIndex {
    private(set) var missionIDs: [Int64] = []
    private(set) var departements: [Int32] = []
    private(set) var remote: [Bool] = []
    private(set) var efforts: [Int32] = []
    private(set) var startDays: [Int32] = []
    private(set) var endDays: [Int32] = []
    private(set) var deadlineDays: [Int32] = []
    private(set) var requiredCounts: [Int32] = []
    private(set) var families: [Int64] = []
    private(set) var publishedAt: [Int64] = []
    /// Slots by skill code, then by minimum level.
    private(set) var postings = SkillPostings()

    /// Takes mission `id` out (a no-op when absent).
    mutating func remove(_ id: Int64) {
        postings.remove(id)
    }

    /// Puts a mission in, replacing its previous slot; `departement` is the number of its code
    /// (-1 for none).
    mutating func insert(_ entry: OpenMissionEntry, departement: Int32) {
        let slot = postings.insert(
            entry.missionID.rawValue,
            skills: entry.skills.lazy.map {
                (code: $0.code.rawValue, level: $0.minimumLevel.rawValue)
            })
        assert(Int(slot) == missionIDs.count, "one slot per row of the parallel arrays")
        missionIDs.append(entry.missionID.rawValue)
        departements.append(departement)
        remote.append(entry.remote)
        efforts.append(Int32(entry.effortHours))
        startDays.append(Int32(entry.startDay))
        endDays.append(Int32(entry.endDay))
        deadlineDays.append(Int32(entry.deadlineDay))
        requiredCounts.append(Int32(entry.requiredCount))
        families.append(entry.families.rawValue)
        publishedAt.append(entry.publishedAt.millisecondsSinceEpoch)
    }

    /// The `keep` best missions for a talent (see ``MatchingIndex/missions(for:today:keep:in:)``).
    func candidates(
        for profile: TalentProfile, departement: Int32, today: LocalDate, keep: Int,
        taxonomy: SkillTaxonomy
    ) -> [MatchingIndex.ScoredMission] {
        var credits = [SkillCredits](repeating: SkillCredits(), count: missionIDs.count)
        var touched: [Int32] = []
        let day = Int32(today.daysSinceEpoch)
        for skill in profile.skills {
            guard let lists = postings.lists[skill.code.rawValue] else { continue }
            // Missions asking one level above the talent's still earn half a credit.
            for minimum in 1...min(4, skill.level.rawValue + 1) {
                let minimumLevel = SkillLevel(rawValue: minimum)!
                for slot in lists[minimum] where postings.alive[Int(slot)] && deadlineDays[Int(slot)] >= day {
                    // Every posting read earns a credit (half at least): a slot at 0 is new.
                    if credits[Int(slot)].total == 0 { touched.append(slot) }
                    credits[Int(slot)].add(level: skill.level, minimum: minimumLevel)
                }
            }
        }

        let held = SkillFamilySet(profile.skills.map(\.code), taxonomy: taxonomy)
        let availability = profile.availability
        let from = availability.from?.daysSinceEpoch
        let until = availability.until?.daysSinceEpoch
        var top = TopK<MatchingIndex.ScoredMission>(capacity: keep) { lhs, rhs in
            if lhs.score.total != rhs.score.total { return lhs.score.total > rhs.score.total }
            if lhs.publishedAt != rhs.publishedAt { return lhs.publishedAt > rhs.publishedAt }
            return lhs.missionID > rhs.missionID
        }
        for slot in touched.map(Int.init) {
            let facts = MatchFacts(
                skills: credits[slot], requirementCount: Int(requiredCounts[slot]),
                requiredFamilies: SkillFamilySet(rawValue: families[slot]), heldFamilies: held,
                availableFrom: from, availableUntil: until, hoursPerMonth: availability.hoursPerMonth,
                windowStart: Int(startDays[slot]), windowEnd: Int(endDays[slot]), effortHours: Int(efforts[slot]),
                remote: remote[slot], sameDepartement: departements[slot] == departement)
            guard let score = MatchScoring.score(facts) else { continue }
            top.insert(
                MatchingIndex.ScoredMission(
                    missionID: MissionID(missionIDs[slot]),
                    publishedAt: Instant(millisecondsSinceEpoch: publishedAt[slot]),
                    score: score))
        }
        return top.sorted
    }
}
