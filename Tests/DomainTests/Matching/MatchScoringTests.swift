import Domain
import Testing

/// ``MatchScoring/score(_:)`` is the one score: the explanation's is the score of the facts it
/// builds, and facts filled column by column the way the indexes of `Matching` fill them (days
/// as numbers, open bounds as sentinels, credits added in the talent's order, families as masks)
/// give the same score. `MatchingTests` checks the indexes themselves against the explanation.
@Suite struct MatchScoringTests {
    static let details = MatchExplanationTests.details

    @Test func theExplanationsScoreIsTheScoreOfItsFacts() throws {
        for candidate in Self.candidates {
            let facts = MatchFacts(Self.details, candidate)
            #expect(MatchExplanation.evaluate(Self.details, candidate)?.score == MatchScoring.score(facts))
        }
    }

    @Test func factsFilledLikeAnIndexGiveTheExplanationsScore() throws {
        var scored = 0
        for candidate in Self.candidates {
            // The missions index walks the talent's skills against each requirement's minimum.
            var skills = SkillCredits()
            for skill in candidate.skills {
                for requirement in Self.details.requiredSkills where requirement.code == skill.code {
                    skills.add(level: skill.level, minimum: requirement.minimumLevel)
                }
            }
            let facts = MatchFacts(
                skills: skills, requirementCount: Self.details.requiredSkills.count,
                requiredFamilies: SkillFamilySet(
                    rawValue: SkillFamilySet(
                        Self.details.requiredSkills.map(\.code),
                        taxonomy: .standard
                    ).rawValue),
                heldFamilies: SkillFamilySet(candidate.skills.map(\.code), taxonomy: .standard),
                availableFrom: candidate.availability.from?.daysSinceEpoch ?? Int(Int32.min),
                availableUntil: candidate.availability.until?.daysSinceEpoch ?? Int(Int32.max),
                hoursPerMonth: candidate.availability.hoursPerMonth,
                windowStart: Self.details.window.start.daysSinceEpoch,
                windowEnd: Self.details.window.end.daysSinceEpoch,
                effortHours: Self.details.effortHours, remote: Self.details.remote,
                sameDepartement: Self.details.departement == candidate.departement)
            let explanation = MatchExplanation.evaluate(Self.details, candidate)
            #expect(MatchScoring.score(facts) == explanation?.score)
            if explanation != nil { scored += 1 }
        }
        #expect(scored >= 3)
    }

    @Test func noCandidateWithoutARequirementMetOrADayInTheWindow() {
        var credits = SkillCredits()
        credits.add(level: .mastery, minimum: .expert)
        credits.add(level: nil, minimum: .notions)
        #expect(credits.total == 0.5 && !credits.meetsARequirement)
        var facts = MatchFacts(
            skills: credits, requirementCount: 2, requiredFamilies: [], heldFamilies: [],
            availableFrom: nil, availableUntil: nil, hoursPerMonth: 10, windowStart: 100,
            windowEnd: 159, effortHours: 20, remote: true, sameDepartement: false)
        #expect(MatchScoring.score(facts) == nil)
        facts.skills.add(level: .expert, minimum: .expert)
        #expect(MatchScoring.score(facts) == MatchScore(skills: 45, family: 0, availability: 20, place: 10))
        facts.availableUntil = 99
        #expect(MatchScoring.score(facts) == nil)
    }

    /// The candidates of ``MatchExplanationTests``, fitting or not.
    static let candidates: [MatchCandidate] = [
        MatchExplanationTests.candidate(
            skills: [TalentSkill("dev-backend", .expert), TalentSkill("sec-iam", .practice)],
            departement: "75", hours: 10),
        MatchExplanationTests.candidate(
            skills: [TalentSkill("sec-risk", .mastery), TalentSkill("dev-backend", .mastery)],
            departement: "69", hours: 5, from: date("2027-02-01")),
        MatchExplanationTests.candidate(
            skills: [TalentSkill("dev-backend", .mastery), TalentSkill("sec-iam", .notions)],
            departement: "974", hours: 40, until: date("2027-01-10")),
        MatchExplanationTests.candidate(
            skills: [TalentSkill("dev-backend", .practice), TalentSkill("data-ai", .expert)],
            departement: "75", hours: 10),
        MatchExplanationTests.candidate(
            skills: [TalentSkill("dev-backend", .expert)], departement: "75", hours: 10,
            until: date("2026-12-31"))
    ]
}

private func date(_ text: String) -> LocalDate {
    try! LocalDate(parsing: text)
}
