import Domain
import Matching
import Testing

/// The index ranks with the explanation's own score: for every pair of a generated world, a
/// candidate the index returns has exactly ``MatchExplanation/evaluate(_:_:taxonomy:)``'s
/// score, and the index returns exactly the candidates the explanation accepts, best first.
@Suite struct MatchingIndexTests {
    @Test func theTalentsRankedForAMissionAreThoseTheExplanationScoresWithTheSameScores() throws {
        let world = MatchingWorld.make()
        let index = MatchingIndex()
        var compared = 0
        for (_, mission) in world.missions {
            let ranked = try index.talents(
                for: mission.details, query: RecommendationQuery(),
                keep: world.talents.count, from: world.source)
            let expected = world.talents.compactMap { id, profile in
                MatchExplanation.evaluate(mission.details, MatchCandidate(profile)).map { (id, $0.score) }
            }.sorted { $0.1.total != $1.1.total ? $0.1.total > $1.1.total : $0.0 < $1.0 }
            #expect(ranked.map(\.talentID) == expected.map(\.0))
            #expect(ranked.map(\.score) == expected.map(\.1))
            #expect(ranked.map(\.employerID) == expected.map { world.talents[$0.0]!.employerID })
            compared += ranked.count
        }
        #expect(compared > 500, "the world yields candidates: \(compared)")
    }

    @Test func theFilteredTalentsKeepTheExplanationsScore() throws {
        let world = MatchingWorld.make()
        let index = MatchingIndex()
        let query = RecommendationQuery(minimumLevel: .mastery, departement: try Departement("69"))
        var compared = 0
        for (_, mission) in world.missions {
            let ranked = try index.talents(
                for: mission.details, query: query, keep: world.talents.count,
                from: world.source)
            for talent in ranked {
                let profile = try #require(world.talents[talent.talentID])
                #expect(profile.departement.code == "69")
                #expect(
                    mission.details.requiredSkills.contains { requirement in
                        profile.level(of: requirement.code).map { $0 >= requirement.minimumLevel && $0 >= .mastery }
                            ?? false
                    })
                #expect(MatchExplanation.evaluate(mission.details, MatchCandidate(profile))?.score == talent.score)
            }
            compared += ranked.count
        }
        #expect(compared > 20, "the filter leaves candidates: \(compared)")
    }

    @Test func theMissionsRankedForATalentAreThoseTheExplanationScoresWithTheSameScores() throws {
        let world = MatchingWorld.make()
        let index = MatchingIndex()
        var compared = 0
        for (_, profile) in world.talents {
            let ranked = try index.missions(
                for: profile, today: MatchingWorld.today, keep: world.missions.count,
                from: world.source)
            let expected = world.missions.compactMap { id, mission -> (MissionID, Instant, MatchScore)? in
                guard mission.details.applicationDeadline >= MatchingWorld.today,
                    let explanation = MatchExplanation.evaluate(mission.details, MatchCandidate(profile))
                else {
                    return nil
                }
                return (id, mission.publishedAt, explanation.score)
            }.sorted { lhs, rhs in
                if lhs.2.total != rhs.2.total { return lhs.2.total > rhs.2.total }
                return lhs.1 != rhs.1 ? lhs.1 > rhs.1 : lhs.0 > rhs.0
            }
            #expect(ranked.map(\.missionID) == expected.map(\.0))
            #expect(ranked.map(\.score) == expected.map(\.2))
            compared += ranked.count
        }
        #expect(compared > 500, "the world yields candidates: \(compared)")
    }

    @Test func theIndexFollowsTheChangesOfItsSource() throws {
        let world = MatchingWorld.make(talentCount: 40, missionCount: 10)
        var source = world.source
        let index = MatchingIndex()
        let (missionID, mission) = try #require(world.missions.min { $0.key < $1.key })
        let details = mission.details
        let paris = try Departement("75")
        let fit = TalentProfile(
            employerID: 99, status: .contractAgent,
            lineManager: LineManager(name: "Claire Dubois", email: try EmailAddress("claire.dubois@interieur.gouv.fr")),
            departement: details.departement ?? paris,
            skills: details.requiredSkills.map { TalentSkill($0.code, .expert) },
            availability: Availability(hoursPerMonth: 160))
        let newcomer = TalentID(1_000)
        #expect(
            try !index.talents(for: details, query: RecommendationQuery(), keep: 50, from: source)
                .contains { $0.talentID == newcomer })

        source.update(newcomer, MatchingWorld.entry(newcomer, fit))
        let ranked = try index.talents(for: details, query: RecommendationQuery(), keep: 50, from: source)
        let added = try #require(ranked.first { $0.talentID == newcomer })
        #expect(added.score == MatchExplanation.evaluate(details, MatchCandidate(fit))?.score)
        #expect(added.score.skills == 60 && added.score.availability == 20)

        source.update(newcomer, nil)
        #expect(
            try !index.talents(for: details, query: RecommendationQuery(), keep: 50, from: source)
                .contains { $0.talentID == newcomer })

        // A mission withdrawn from the open ones is no longer recommended to the talent who fits it.
        source.update(newcomer, MatchingWorld.entry(newcomer, fit))
        var open = details
        open.applicationDeadline = MatchingWorld.today
        source.update(missionID, MatchingWorld.entry(missionID, open, publishedAt: mission.publishedAt))
        #expect(
            try index.missions(for: fit, today: MatchingWorld.today, keep: 50, from: source)
                .contains { $0.missionID == missionID })
        source.update(missionID, nil)
        #expect(
            try !index.missions(for: fit, today: MatchingWorld.today, keep: 50, from: source)
                .contains { $0.missionID == missionID })
    }
}
