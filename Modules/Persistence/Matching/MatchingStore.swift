public import Domain

/// The first stage of the recommendations: candidates read from the matching tables of schema
/// version 6 (`pool_skills`, `published_mission_skills`) by range scans of their primary keys,
/// scored in memory with ``MatchScoring`` and kept in a ``TopK``. Nothing outside the pool or
/// unpublished is ever read.
public struct MatchingStore {
    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

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

    /// The `keep` best talents of the pool for a mission of `details`, best first (ties: lower
    /// id first). A candidate holds a required skill at its minimum level (and at
    /// `query.minimumLevel`, when given) and is available on at least one day of the window.
    public func talents(for details: MissionDetails, query: RecommendationQuery, keep: Int,
                        taxonomy: SkillTaxonomy = .standard) throws -> [ScoredTalent] {
        let requirements = details.requiredSkills
        precondition((1...15).contains(requirements.count), "at most 15 requirements fit in the packed levels")
        var candidates: [Int64: TalentFacts] = [:]
        for (index, requirement) in requirements.enumerated() {
            // Rows one level below the minimum still earn half a credit (MatchScoring.skillCredit).
            var sql = """
                SELECT talent_id, level, employer_id, departement = ?, hours_per_month, from_day, until_day, families
                FROM pool_skills WHERE skill_code = ? AND level >= ?
                """
            var arguments: [any SQLiteBindable] = [details.departement?.code ?? "", requirement.code.rawValue,
                                                    max(1, requirement.minimumLevel.rawValue - 1)]
            if let departement = query.departement {
                sql += " AND departement = ?"
                arguments.append(departement.code)
            }
            _ = try connection.query(sql, arguments: arguments) { row in
                let id = try row.int64(0)
                let level = try row.int(1)
                if candidates[id] == nil {
                    candidates[id] = TalentFacts(employerID: try row.int64(2), sameDepartement: try row.bool(3),
                                                 hoursPerMonth: try row.int(4), fromDay: try row.optionalInt(5),
                                                 untilDay: try row.optionalInt(6),
                                                 families: SkillFamilySet(rawValue: try row.int64(7)))
                }
                candidates[id]!.levels |= UInt64(level) << (4 * UInt64(index))
            }
        }

        let required = SkillFamilySet(requirements.map(\.code), taxonomy: taxonomy)
        let start = details.window.start.daysSinceEpoch, end = details.window.end.daysSinceEpoch
        let windowDays = end - start + 1
        let threshold = query.minimumLevel ?? .notions
        var top = TopK<ScoredTalent>(capacity: keep) { lhs, rhs in
            lhs.score.total != rhs.score.total ? lhs.score.total > rhs.score.total : lhs.talentID < rhs.talentID
        }
        for (id, facts) in candidates {
            var credits = 0.0
            var eligible = false
            for (index, requirement) in requirements.enumerated() {
                let level = SkillLevel(rawValue: Int((facts.levels >> (4 * UInt64(index))) & 0xF))
                credits += MatchScoring.skillCredit(level: level, minimum: requirement.minimumLevel)
                if let level, level >= requirement.minimumLevel, level >= threshold { eligible = true }
            }
            guard eligible else { continue }
            let overlap = MatchScoring.overlapDays(from: facts.fromDay, until: facts.untilDay, start: start, end: end)
            guard overlap > 0 else { continue }
            let score = MatchScore(
                skills: MatchScoring.skillsPoints(credits: credits, requirementCount: requirements.count),
                family: MatchScoring.familyPoints(required: required, held: facts.families),
                availability: MatchScoring.availabilityPoints(overlapDays: overlap, windowDays: windowDays,
                                                              hoursPerMonth: facts.hoursPerMonth,
                                                              effortHours: details.effortHours),
                place: MatchScoring.placePoints(remote: details.remote, sameDepartement: facts.sameDepartement))
            top.insert(ScoredTalent(talentID: TalentID(id), employerID: AdministrationID(facts.employerID), score: score))
        }
        return top.sorted
    }

    /// The `keep` best published missions for a talent with `profile`, still open to applications
    /// on `today`, best first (ties: the most recently published first). A candidate requires a
    /// skill the talent holds at its minimum level, and its window meets the talent's availability.
    public func missions(for profile: TalentProfile, today: LocalDate, keep: Int,
                         taxonomy: SkillTaxonomy = .standard) throws -> [ScoredMission] {
        var candidates: [Int64: MissionFacts] = [:]
        for skill in profile.skills {
            _ = try connection.query("""
                SELECT mission_id, minimum_level, departement = ?, remote, effort_hours, start_day, end_day,
                    required_count, families, published_at
                FROM published_mission_skills WHERE skill_code = ? AND minimum_level <= ? AND deadline_day >= ?
                """, profile.departement.code, skill.code.rawValue, skill.level.rawValue + 1, today.daysSinceEpoch
            ) { row in
                let id = try row.int64(0)
                guard let minimum = SkillLevel(rawValue: try row.int(1)) else {
                    throw SQLiteError.mismatch("published_mission_skills.minimum_level out of range", sql: nil)
                }
                if candidates[id] == nil {
                    candidates[id] = MissionFacts(sameDepartement: try row.optionalBool(2) ?? false,
                                                  remote: try row.bool(3), effortHours: try row.int(4),
                                                  startDay: try row.int(5), endDay: try row.int(6),
                                                  requiredCount: try row.int(7),
                                                  families: SkillFamilySet(rawValue: try row.int64(8)),
                                                  publishedAt: try row.decode(9))
                }
                candidates[id]!.credits += MatchScoring.skillCredit(level: skill.level, minimum: minimum)
                if skill.level >= minimum { candidates[id]!.eligible = true }
            }
        }

        let held = SkillFamilySet(profile.skills.map(\.code), taxonomy: taxonomy)
        let availability = profile.availability
        let from = availability.from?.daysSinceEpoch, until = availability.until?.daysSinceEpoch
        var top = TopK<ScoredMission>(capacity: keep) { lhs, rhs in
            if lhs.score.total != rhs.score.total { return lhs.score.total > rhs.score.total }
            if lhs.publishedAt != rhs.publishedAt { return lhs.publishedAt > rhs.publishedAt }
            return lhs.missionID > rhs.missionID
        }
        for (id, facts) in candidates where facts.eligible {
            let overlap = MatchScoring.overlapDays(from: from, until: until, start: facts.startDay, end: facts.endDay)
            guard overlap > 0 else { continue }
            let windowDays = facts.endDay - facts.startDay + 1
            let score = MatchScore(
                skills: MatchScoring.skillsPoints(credits: facts.credits, requirementCount: facts.requiredCount),
                family: MatchScoring.familyPoints(required: facts.families, held: held),
                availability: MatchScoring.availabilityPoints(overlapDays: overlap, windowDays: windowDays,
                                                              hoursPerMonth: availability.hoursPerMonth,
                                                              effortHours: facts.effortHours),
                place: MatchScoring.placePoints(remote: facts.remote, sameDepartement: facts.sameDepartement))
            top.insert(ScoredMission(missionID: MissionID(id), publishedAt: facts.publishedAt, score: score))
        }
        return top.sorted
    }
}

/// What a `pool_skills` row tells of its talent, plus the levels of the mission's requirements
/// gathered so far: 4 bits per requirement, 0 when not held.
private struct TalentFacts {
    let employerID: Int64
    let sameDepartement: Bool
    let hoursPerMonth: Int
    let fromDay: Int?
    let untilDay: Int?
    let families: SkillFamilySet
    var levels: UInt64 = 0
}

/// What a `published_mission_skills` row tells of its mission, plus the credits earned so far.
private struct MissionFacts {
    let sameDepartement: Bool
    let remote: Bool
    let effortHours: Int
    let startDay: Int
    let endDay: Int
    let requiredCount: Int
    let families: SkillFamilySet
    let publishedAt: Instant
    var credits = 0.0
    var eligible = false
}
