import Domain

/// The pool in memory, as ``MatchingIndex`` scores it: one slot per talent with the facts of
/// `pool_skills` in parallel arrays, and per skill and level the list of slots holding it.
/// A changed talent gets a new slot; the old one is marked dead and skipped.
struct PoolIndex {
    private(set) var talentIDs: [Int64] = []
    private(set) var employers: [Int64] = []
    private(set) var departements: [Int32] = []
    private(set) var hours: [Int32] = []
    private(set) var fromDays: [Int32] = []
    private(set) var untilDays: [Int32] = []
    private(set) var families: [Int64] = []
    /// Slots by skill code, then by level.
    private(set) var postings = SkillPostings()

    /// The pool rows of one talent, as read from `pool_skills`.
    struct Rows {
        let talentID: Int64
        let employerID: Int64
        let departement: Int32
        let hoursPerMonth: Int32
        let fromDay: Int32
        let untilDay: Int32
        let families: Int64
        var skills: [(code: String, level: Int)]
    }

    /// Takes talent `id` out (a no-op when absent).
    mutating func remove(_ id: Int64) {
        postings.remove(id)
    }

    /// Puts a talent in, replacing its previous slot.
    mutating func insert(_ rows: Rows) {
        let slot = postings.insert(rows.talentID, skills: rows.skills)
        assert(Int(slot) == talentIDs.count, "one slot per row of the parallel arrays")
        talentIDs.append(rows.talentID)
        employers.append(rows.employerID)
        departements.append(rows.departement)
        hours.append(rows.hoursPerMonth)
        fromDays.append(rows.fromDay)
        untilDays.append(rows.untilDay)
        families.append(rows.families)
    }

    /// The `keep` best candidates for a mission of `details` (see ``MatchingIndex/talents(for:query:keep:in:)``).
    func candidates(for details: MissionDetails, departement: Int32, filter: RecommendationQuery,
                    filterDepartement: Int32?, keep: Int, taxonomy: SkillTaxonomy) -> [MatchingIndex.ScoredTalent] {
        let requirements = details.requiredSkills
        precondition((1...15).contains(requirements.count), "at most 15 requirements fit in the packed levels")
        // The levels of the requirements each slot holds, 4 bits per requirement (0: not held).
        var levels = [UInt64](repeating: 0, count: talentIDs.count)
        var touched: [Int32] = []
        for (index, requirement) in requirements.enumerated() {
            guard let lists = postings.lists[requirement.code.rawValue] else { continue }
            // One level below the minimum still earns half a credit (MatchScoring.skillCredit).
            for level in max(1, requirement.minimumLevel.rawValue - 1)...4 {
                for slot in lists[level] where postings.alive[Int(slot)] {
                    if let filterDepartement, departements[Int(slot)] != filterDepartement { continue }
                    if levels[Int(slot)] == 0 { touched.append(slot) }
                    levels[Int(slot)] |= UInt64(level) << (4 * UInt64(index))
                }
            }
        }

        let required = SkillFamilySet(requirements.map(\.code), taxonomy: taxonomy)
        let start = details.window.start.daysSinceEpoch, end = details.window.end.daysSinceEpoch
        let threshold = filter.minimumLevel ?? .notions
        var top = TopK<MatchingIndex.ScoredTalent>(capacity: keep) { lhs, rhs in
            lhs.score.total != rhs.score.total ? lhs.score.total > rhs.score.total : lhs.talentID < rhs.talentID
        }
        for slot in touched.map(Int.init) {
            var credits = 0.0
            var eligible = false
            for (index, requirement) in requirements.enumerated() {
                let level = SkillLevel(rawValue: Int((levels[slot] >> (4 * UInt64(index))) & 0xF))
                credits += MatchScoring.skillCredit(level: level, minimum: requirement.minimumLevel)
                if let level, level >= requirement.minimumLevel, level >= threshold { eligible = true }
            }
            guard eligible else { continue }
            let overlap = MatchScoring.overlapDays(from: Int(fromDays[slot]), until: Int(untilDays[slot]),
                                                   start: start, end: end)
            guard overlap > 0 else { continue }
            let score = MatchScore(
                skills: MatchScoring.skillsPoints(credits: credits, requirementCount: requirements.count),
                family: MatchScoring.familyPoints(required: required, held: SkillFamilySet(rawValue: families[slot])),
                availability: MatchScoring.availabilityPoints(overlapDays: overlap, windowDays: end - start + 1,
                                                              hoursPerMonth: Int(hours[slot]),
                                                              effortHours: details.effortHours),
                place: MatchScoring.placePoints(remote: details.remote, sameDepartement: departements[slot] == departement))
            top.insert(MatchingIndex.ScoredTalent(talentID: TalentID(talentIDs[slot]),
                                                  employerID: AdministrationID(employers[slot]), score: score))
        }
        return top.sorted
    }
}
