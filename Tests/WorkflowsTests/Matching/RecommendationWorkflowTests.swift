import Domain
import Persistence
import Testing
import Workflows

/// The published mission of ``TalentWorld`` requires `arch-api` at mastery, from April to
/// September 2026, in the Rhône or remotely.
@Suite struct RecommendationWorkflowTests {
    @Test func onlyConsentingAvailableTalentsWithARequiredSkillAreRecommended() throws {
        try TalentWorld.with { world throws in
            let fit = try world.addTalent("Ali Fit", skills: [TalentSkill("arch-api", .expert)])
            try world.addTalent("Bea Hidden", skills: [TalentSkill("arch-api", .expert)], inPool: false)
            try world.addTalent(
                "Cy Away", skills: [TalentSkill("arch-api", .expert)],
                until: TalentWorld.date("2026-03-31"))
            try world.addTalent("Dee Low", skills: [TalentSkill("arch-api", .practice)])
            try world.addTalent("Eve Other", skills: [TalentSkill("data-ai", .expert)])
            #expect(try world.recommended(for: world.published) == [fit.talent.id])
            // The operator sees the same list: consent is not the owner's rule only.
            #expect(try world.recommended(for: world.published, by: .user(world.operatorUser)) == [fit.talent.id])
        }
    }

    @Test func theIndexFollowsConsentAndProfileChanges() throws {
        try TalentWorld.with { world throws in
            let (user, talent) = try world.addTalent("Ali Fit", skills: [TalentSkill("arch-api", .expert)])
            #expect(try world.recommended(for: world.published) == [talent.id])
            _ = try world.workflows.leavePool(
                talent.id, expectedRevision: try world.revision(of: talent.id),
                by: .user(user))
            #expect(try world.recommended(for: world.published).isEmpty)
            try world.join(talent)
            #expect(try world.recommended(for: world.published) == [talent.id])
            var profile = talent.profile
            profile.skills = [TalentSkill("data-ai", .expert)]
            _ = try world.workflows.updateTalentProfile(
                talent.id, profile, expectedRevision: try world.revision(of: talent.id),
                by: .user(user))
            #expect(try world.recommended(for: world.published).isEmpty)
        }
    }

    @Test func filtersAndExplanationsMatchTheDomain() throws {
        try TalentWorld.with { world throws in
            let lyon = try world.addTalent("Ali Lyon", skills: [TalentSkill("arch-api", .mastery)], departement: "69")
            let paris = try world.addTalent(
                "Bea Paris", skills: [TalentSkill("arch-api", .expert)], departement: "75",
                hours: 2)
            #expect(
                try world.recommended(for: world.published, RecommendationQuery(minimumLevel: .expert)) == [
                    paris.talent.id
                ])
            #expect(
                try world.recommended(for: world.published, RecommendationQuery(departement: try Departement("69")))
                    == [lyon.talent.id])
            let all = try world.workflows.recommendTalents(
                for: world.published.id, query: RecommendationQuery(),
                by: .user(world.owner))
            #expect(all.map(\.profile.id) == [lyon.talent.id, paris.talent.id])
            for item in all {
                var explanation = item.explanation
                explanation.reasons.removeAll { $0.code == .employerDiversity }
                #expect(explanation == MatchExplanation.evaluate(world.published.details, MatchCandidate(item.profile)))
            }
            #expect(try world.recommended(for: world.published, RecommendationQuery(limit: 1)) == [lyon.talent.id])
        }
    }

    @Test func onlyTheOwnerAndTheOperatorGetRecommendations() throws {
        try TalentWorld.with { world throws in
            #expect(throws: AccessError.self) {
                try world.recommended(for: world.published, by: .user(world.otherOwner))
            }
            #expect(throws: AccessError.self) { try world.recommended(for: world.published, by: .user(world.camille)) }
            // A draft is not visible to others: it does not exist for them.
            #expect(throws: NotFoundError.self) { try world.recommended(for: world.draft, by: .user(world.otherOwner)) }
            #expect(try world.recommended(for: world.draft).isEmpty)
        }
    }

    @Test func employersAreDiversified() throws {
        try TalentWorld.with { world throws in
            let other = try world.addAdministration("DNUM")
            var same: [TalentID] = []
            for index in 1...4 {
                same.append(try world.addTalent("Agent \(index)", skills: [TalentSkill("arch-api", .expert)]).talent.id)
            }
            // Ten points lower (2 hours a month of the ~6 needed) but another employer: third.
            let outsider = try world.addTalent(
                "Zed Outsider", skills: [TalentSkill("arch-api", .expert)], hours: 2,
                employer: other)
            let list = try world.workflows.recommendTalents(
                for: world.published.id, query: RecommendationQuery(),
                by: .user(world.owner))
            #expect(list.map(\.profile.id) == [same[0], same[1], outsider.talent.id, same[2], same[3]])
            #expect(list[1].explanation.reasons.last?.code == .employerDiversity)
            #expect(list[2].explanation.reasons.last?.code != .employerDiversity)
        }
    }

    @Test func aTalentGetsPublishedOpenMissionsThatFit() throws {
        try TalentWorld.with { world throws in
            let (user, _) = try world.addTalent(
                "Ali Fit", skills: [TalentSkill("arch-api", .mastery)], departement: "2A")
            let items = try world.workflows.recommendMissions(query: RecommendationQuery(), by: .user(user))
            // Both published missions (the owner's and the other owner's), never the draft.
            #expect(Set(items.map(\.mission.id)) == [world.published.id, world.othersPublished.id])
            #expect(items.allSatisfy { $0.explanation.reasons.contains { $0.code == .remote } })
            // Without the talent role, or without a profile, there is nothing to recommend from.
            #expect(throws: AccessError.self) {
                try world.workflows.recommendMissions(query: RecommendationQuery(), by: .user(world.owner))
            }
            #expect(throws: NotFoundError.self) {
                try world.workflows.recommendMissions(query: RecommendationQuery(), by: .user(world.newcomer))
            }
            // Camille holds arch-api at notions only: two levels below, no mission.
            #expect(
                try world.workflows.recommendMissions(query: RecommendationQuery(), by: .user(world.camille)).isEmpty)
        }
    }
}
