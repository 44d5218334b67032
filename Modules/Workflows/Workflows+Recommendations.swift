public import Domain
import Matching
import Persistence

extension Workflows {
    /// The pool talents who fit mission `id` best, for its owner and the operator: candidates
    /// scored by ``MatchingIndex``, the shortlist re-ranked by ``EmployerDiversity``, each with
    /// its explanation. Only consenting talents are ever read, so the others are not even counted.
    /// - Throws: ``NotFoundError`` when the caller may not see the mission, ``AccessError`` when
    ///   they see it without owning it.
    public func recommendTalents(
        for id: MissionID, query: RecommendationQuery,
        by caller: Caller
    ) throws -> [TalentRecommendation] {
        try database.read { connection in
            guard let mission = try MissionStore(connection).find(id), caller.user.map(mission.isVisible) ?? true else {
                throw NotFoundError("mission", id: id)
            }
            if let user = caller.user, !mission.isOwned(by: user), !user.has(.operator) {
                throw AccessError.notOwner(action: "see the talents recommended for this mission")
            }
            // A shortlist four times the list gives the re-ranking other employers to bring up.
            let shortlist = try matchingIndex.talents(
                for: mission.details, query: query,
                keep: query.limit * Self.shortlistFactor,
                from: MatchingFeedSource(connection))
            let picks = EmployerDiversity.rerank(
                shortlist, limit: query.limit, score: \.score.total,
                employer: \.employerID)
            let talents = TalentStore(connection)
            let users = UserStore(connection)
            return try picks.compactMap { pick in
                guard let talent = try talents.find(pick.element.talentID), talent.isVisibleInPool,
                    let user = try users.find(talent.userID)
                else { return nil }
                let profile = PoolProfile(talent, displayName: user.displayName)
                // The shared index may be a commit ahead of this read's snapshot: a talent whose
                // snapshot no longer fits is left out rather than explained against other data.
                guard var explanation = MatchExplanation.evaluate(mission.details, MatchCandidate(profile)) else {
                    return nil
                }
                if let reason = pick.reason { explanation.reasons.append(reason) }
                return TalentRecommendation(profile: profile, explanation: explanation)
            }
        }
    }

    /// The published missions open to applications that fit the caller's own talent profile
    /// best, with their explanation (ties: the most recently published first).
    /// - Throws: ``AccessError`` without the talent role, ``NotFoundError`` without a profile.
    public func recommendMissions(query: RecommendationQuery, by caller: Caller) throws -> [MissionRecommendation] {
        let today = clock.now.utcDate
        return try database.read { connection in
            let talent = try ownTalentProfile(by: caller, in: connection).value
            let scored = try matchingIndex.missions(
                for: talent.profile, today: today, keep: query.limit,
                from: MatchingFeedSource(connection))
            let candidate = MatchCandidate(talent.profile)
            return try MissionStore(connection).find(scored.map(\.missionID)).compactMap { mission in
                guard mission.isVisibleToTalents else { return nil }
                guard let explanation = MatchExplanation.evaluate(mission.details, candidate) else { return nil }
                return MissionRecommendation(
                    mission: caller.user.map(mission.presented) ?? mission,
                    explanation: explanation)
            }
        }
    }

    /// How many more candidates than asked the talent recommendations score before re-ranking.
    static let shortlistFactor = 4
}
