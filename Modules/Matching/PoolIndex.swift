import Domain

/// The pool in memory, as ``MatchingIndex`` scores it: one slot per talent with the facts of
/// its ``PoolEntry`` in parallel arrays, and per skill and level the list of slots holding it.
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

    /// Takes talent `id` out (a no-op when absent).
    mutating func remove(_ id: Int64) {
        postings.remove(id)
    }

    /// Puts a talent in, replacing its previous slot; `departement` is the number of its code.
    mutating func insert(_ entry: PoolEntry, departement: Int32) {
        let slot = postings.insert(
            entry.talentID.rawValue,
            skills: entry.skills.lazy.map {
                (code: $0.code.rawValue, level: $0.level.rawValue)
            })
        assert(Int(slot) == talentIDs.count, "one slot per row of the parallel arrays")
        talentIDs.append(entry.talentID.rawValue)
        employers.append(entry.employerID.rawValue)
        departements.append(departement)
        hours.append(Int32(entry.hoursPerMonth))
        fromDays.append(Int32(entry.availableFrom ?? Int(Int32.min)))
        untilDays.append(Int32(entry.availableUntil ?? Int(Int32.max)))
        families.append(entry.families.rawValue)
    }

    /// The `keep` best candidates for a mission of `details` (see ``MatchingIndex/talents(for:query:keep:in:)``).
    func candidates(
        for details: MissionDetails, departement: Int32, filter: RecommendationQuery,
        filterDepartement: Int32?, keep: Int, taxonomy: SkillTaxonomy
    ) -> [MatchingIndex.ScoredTalent] {
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
        let start = details.window.start.daysSinceEpoch
        let end = details.window.end.daysSinceEpoch
        let threshold = filter.minimumLevel ?? .notions
        var top = TopK<MatchingIndex.ScoredTalent>(capacity: keep) { lhs, rhs in
            lhs.score.total != rhs.score.total ? lhs.score.total > rhs.score.total : lhs.talentID < rhs.talentID
        }
        for slot in touched.map(Int.init) {
            var skills = SkillCredits()
            var atThreshold = false
            for (index, requirement) in requirements.enumerated() {
                let level = SkillLevel(rawValue: Int((levels[slot] >> (4 * UInt64(index))) & 0xF))
                skills.add(level: level, minimum: requirement.minimumLevel)
                if let level, level >= requirement.minimumLevel, level >= threshold { atThreshold = true }
            }
            guard atThreshold else { continue }
            let facts = MatchFacts(
                skills: skills, requirementCount: requirements.count, requiredFamilies: required,
                heldFamilies: SkillFamilySet(rawValue: families[slot]), availableFrom: Int(fromDays[slot]),
                availableUntil: Int(untilDays[slot]), hoursPerMonth: Int(hours[slot]), windowStart: start,
                windowEnd: end, effortHours: details.effortHours, remote: details.remote,
                sameDepartement: departements[slot] == departement)
            guard let score = MatchScoring.score(facts) else { continue }
            top.insert(
                MatchingIndex.ScoredTalent(
                    talentID: TalentID(talentIDs[slot]),
                    employerID: AdministrationID(employers[slot]), score: score))
        }
        return top.sorted
    }
}
