import Domain
import Testing

/// Scores worked out by hand. The mission: back-end development at mastery and identity and
/// access management at practice, 20 hours from 1 January to 1 March 2027 (60 days, so 2
/// months and 10 hours a month), on site in Paris.
@Suite struct MatchExplanationTests {
    static let details = MissionDetails(
        title: "Sécuriser l'authentification", description: "Revue et durcissement.", nature: .securityHardening,
        requiredSkills: [
            SkillRequirement("dev-backend", minimumLevel: .mastery),
            SkillRequirement("sec-iam", minimumLevel: .practice)
        ],
        effortHours: 20, window: DateWindow(start: date("2027-01-01"), end: date("2027-03-01")),
        departement: try! Departement("75"), remote: false, talentsSought: 1, applicationDeadline: date("2026-12-15"))

    @Test func aTalentWhoMeetsEverythingScoresAHundred() throws {
        let candidate = Self.candidate(
            skills: [TalentSkill("dev-backend", .expert), TalentSkill("sec-iam", .practice)],
            departement: "75", hours: 10)
        let match = try #require(MatchExplanation.evaluate(Self.details, candidate))
        #expect(match.score == MatchScore(skills: 60, family: 10, availability: 20, place: 10))
        #expect(match.score.total == 100)
        #expect(match.matchedSkills.map(\.isMet) == [true, true])
        #expect(match.matchedSkills.map(\.level) == [.expert, .practice])
        #expect(match.missingSkills.isEmpty)
        #expect(
            match.reasons.map(\.code) == [
                MatchReason.Code.skillsAllMet, .availableWholeWindow, .hoursSufficient, .sameDepartement
            ])
        #expect(match.reasons[0].label == "Toutes les compétences requises au niveau attendu (2 sur 2)")
        #expect(match.reasons[3].label == "Même département (75)")
    }

    /// One skill of two (30), both families through another security skill (10), 29 days of 60
    /// (10 × 29/60) and 5 hours of the 10 needed (5), in Lyon (0): 49.83.
    @Test func aPartialMatchIsExplainedCriterionByCriterion() throws {
        let candidate = Self.candidate(
            skills: [TalentSkill("dev-backend", .mastery), TalentSkill("sec-risk", .mastery)],
            departement: "69", hours: 5, from: date("2027-02-01"))
        let match = try #require(MatchExplanation.evaluate(Self.details, candidate))
        #expect(match.score.skills == 30)
        #expect(match.score.family == 10)
        #expect(abs(match.score.availability - (10.0 * 29 / 60 + 5)) < 1e-9)
        #expect(match.score.place == 0)
        #expect(match.score.rounded.total == 49.8)
        #expect(match.missingSkills == [SkillRequirement("sec-iam", minimumLevel: .practice)])
        #expect(
            match.reasons.map(\.code) == [
                MatchReason.Code.skillsPartlyMet, .skillsMissing, .familyAdjacent, .availablePartWindow,
                .hoursShort, .otherDepartement
            ])
        #expect(
            match.reasons.map(\.label) == [
                "1 compétence requise sur 2 au niveau attendu",
                "Compétences non déclarées : Gestion des identités et des accès",
                "Autres compétences dans la famille Sécurité",
                "Disponible 29 jours sur les 60 de la mission",
                "5 h par mois disponibles pour environ 10 h par mois estimées",
                "Mission sur site dans un autre département (75)"
            ])
    }

    /// A skill one level below its minimum earns half its credit: (1 + 0.5) / 2 × 60 = 45.
    @Test func aSkillOneLevelBelowEarnsHalf() throws {
        var details = Self.details
        details.remote = true
        let candidate = Self.candidate(
            skills: [TalentSkill("dev-backend", .mastery), TalentSkill("sec-iam", .notions)],
            departement: "974", hours: 40)
        let match = try #require(MatchExplanation.evaluate(details, candidate))
        #expect(match.score == MatchScore(skills: 45, family: 10, availability: 20, place: 10))
        #expect(match.matchedSkills.map(\.isMet) == [true, false])
        #expect(
            match.reasons.map(\.code) == [
                MatchReason.Code.skillsPartlyMet, .skillBelowMinimum, .availableWholeWindow,
                .hoursSufficient, .remote
            ])
        #expect(match.reasons[1].label == "Gestion des identités et des accès : niveau Notions, Pratique attendu")
    }

    @Test func noRequiredSkillAtItsMinimumIsNoCandidate() {
        let candidate = Self.candidate(
            skills: [TalentSkill("dev-backend", .practice), TalentSkill("data-ai", .expert)],
            departement: "75", hours: 10)
        #expect(MatchExplanation.evaluate(Self.details, candidate) == nil)
    }

    @Test func noDayOfAvailabilityInTheWindowIsNoCandidate() {
        let before = Self.candidate(
            skills: [TalentSkill("dev-backend", .expert)], departement: "75", hours: 10,
            until: date("2026-12-31"))
        let after = Self.candidate(
            skills: [TalentSkill("dev-backend", .expert)], departement: "75", hours: 10,
            from: date("2027-03-02"))
        let lastDay = Self.candidate(
            skills: [TalentSkill("dev-backend", .expert)], departement: "75", hours: 10,
            from: date("2027-03-01"))
        #expect(MatchExplanation.evaluate(Self.details, before) == nil)
        #expect(MatchExplanation.evaluate(Self.details, after) == nil)
        #expect(
            MatchExplanation.evaluate(Self.details, lastDay)?.reasons.contains {
                $0.label == "Disponible 1 jour sur les 60 de la mission"
            } == true)
    }

    @Test func theNeedPerMonthNeverSpreadsOverLessThanAMonth() {
        #expect(MatchScoring.neededHoursPerMonth(effortHours: 20, windowDays: 60) == 10)
        #expect(MatchScoring.neededHoursPerMonth(effortHours: 20, windowDays: 7) == 20)
        #expect(MatchScoring.skillCredit(level: .expert, minimum: .expert) == 1)
        #expect(MatchScoring.skillCredit(level: .mastery, minimum: .expert) == 0.5)
        #expect(MatchScoring.skillCredit(level: .practice, minimum: .expert) == 0)
        #expect(MatchScoring.skillCredit(level: nil, minimum: .notions) == 0)
    }

    static func candidate(
        skills: [TalentSkill], departement: String, hours: Int, from: LocalDate? = nil,
        until: LocalDate? = nil
    ) -> MatchCandidate {
        MatchCandidate(
            employerID: 1, departement: try! Departement(departement), skills: skills,
            availability: Availability(hoursPerMonth: hours, from: from, until: until))
    }

}

private func date(_ text: String) -> LocalDate {
    try! LocalDate(parsing: text)
}
