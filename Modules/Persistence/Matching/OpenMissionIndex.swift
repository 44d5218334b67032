import Domain

/// The published missions in memory, as ``MatchingIndex`` scores them: one slot per mission
/// with the facts of `published_mission_skills` in parallel arrays, and per skill and minimum
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

    /// The rows of one published mission, as read from `published_mission_skills`.
    struct Rows {
        let missionID: Int64
        let departement: Int32
        let remote: Bool
        let effortHours: Int32
        let startDay: Int32
        let endDay: Int32
        let deadlineDay: Int32
        let requiredCount: Int32
        let families: Int64
        let publishedAt: Int64
        var skills: [(code: String, level: Int)]
    }

    /// Takes mission `id` out (a no-op when absent).
    mutating func remove(_ id: Int64) {
        postings.remove(id)
    }

    /// Puts a mission in, replacing its previous slot.
    mutating func insert(_ rows: Rows) {
        let slot = postings.insert(rows.missionID, skills: rows.skills)
        assert(Int(slot) == missionIDs.count, "one slot per row of the parallel arrays")
        missionIDs.append(rows.missionID)
        departements.append(rows.departement)
        remote.append(rows.remote)
        efforts.append(rows.effortHours)
        startDays.append(rows.startDay)
        endDays.append(rows.endDay)
        deadlineDays.append(rows.deadlineDay)
        requiredCounts.append(rows.requiredCount)
        families.append(rows.families)
        publishedAt.append(rows.publishedAt)
    }

    /// The `keep` best missions for a talent (see ``MatchingIndex/missions(for:today:keep:in:)``).
    func candidates(for profile: TalentProfile, departement: Int32, today: LocalDate, keep: Int,
                    taxonomy: SkillTaxonomy) -> [MatchingIndex.ScoredMission] {
        var credits = [Double](repeating: 0, count: missionIDs.count)
        var eligible = [Bool](repeating: false, count: missionIDs.count)
        var touched: [Int32] = []
        let day = Int32(today.daysSinceEpoch)
        for skill in profile.skills {
            guard let lists = postings.lists[skill.code.rawValue] else { continue }
            // Missions asking one level above the talent's still earn half a credit.
            for minimum in 1...min(4, skill.level.rawValue + 1) {
                let minimumLevel = SkillLevel(rawValue: minimum)!
                let credit = MatchScoring.skillCredit(level: skill.level, minimum: minimumLevel)
                for slot in lists[minimum] where postings.alive[Int(slot)] && deadlineDays[Int(slot)] >= day {
                    if credits[Int(slot)] == 0 && !eligible[Int(slot)] { touched.append(slot) }
                    credits[Int(slot)] += credit
                    if skill.level >= minimumLevel { eligible[Int(slot)] = true }
                }
            }
        }

        let held = SkillFamilySet(profile.skills.map(\.code), taxonomy: taxonomy)
        let availability = profile.availability
        let from = availability.from?.daysSinceEpoch, until = availability.until?.daysSinceEpoch
        var top = TopK<MatchingIndex.ScoredMission>(capacity: keep) { lhs, rhs in
            if lhs.score.total != rhs.score.total { return lhs.score.total > rhs.score.total }
            if lhs.publishedAt != rhs.publishedAt { return lhs.publishedAt > rhs.publishedAt }
            return lhs.missionID > rhs.missionID
        }
        for slot in touched.map(Int.init) where eligible[slot] {
            let start = Int(startDays[slot]), end = Int(endDays[slot])
            let overlap = MatchScoring.overlapDays(from: from, until: until, start: start, end: end)
            guard overlap > 0 else { continue }
            let score = MatchScore(
                skills: MatchScoring.skillsPoints(credits: credits[slot], requirementCount: Int(requiredCounts[slot])),
                family: MatchScoring.familyPoints(required: SkillFamilySet(rawValue: families[slot]), held: held),
                availability: MatchScoring.availabilityPoints(overlapDays: overlap, windowDays: end - start + 1,
                                                              hoursPerMonth: availability.hoursPerMonth,
                                                              effortHours: Int(efforts[slot])),
                place: MatchScoring.placePoints(remote: remote[slot], sameDepartement: departements[slot] == departement))
            top.insert(MatchingIndex.ScoredMission(missionID: MissionID(missionIDs[slot]),
                                                   publishedAt: Instant(millisecondsSinceEpoch: publishedAt[slot]),
                                                   score: score))
        }
        return top.sorted
    }
}
