import Domain
import Testing

@Suite("Mission details")
struct MissionDetailsTests {
    /// Runs `validated()` on `details` and checks it passes or fails with `error`.
    private func check(
        _ details: MissionDetails, rules: MissionRules = MissionRules(), fails error: MissionError?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        if let error {
            #expect(throws: error, sourceLocation: sourceLocation) { try details.validated(rules: rules) }
        } else {
            #expect(throws: Never.self, sourceLocation: sourceLocation) { try details.validated(rules: rules) }
        }
    }

    @Test("the fixture is valid and texts are trimmed")
    func trims() throws {
        let details = try MissionDetails.make(title: "  Audit  ", description: "\tRevue.\n").validated()
        #expect(details.title == "Audit")
        #expect(details.description == "Revue.")
    }

    @Test("title 1…160 characters", arguments: [(0, false), (1, true), (160, true), (161, false)])
    func titleLength(count: Int, valid: Bool) {
        check(.make(title: text(count)), fails: valid ? nil : .titleLength(count: count))
    }

    @Test("a blank title counts as empty")
    func blankTitle() {
        check(.make(title: "   "), fails: .titleLength(count: 0))
    }

    @Test("description 1…10,000 characters", arguments: [(0, false), (1, true), (10_000, true), (10_001, false)])
    func descriptionLength(count: Int, valid: Bool) {
        check(.make(description: text(count)), fails: valid ? nil : .descriptionLength(count: count))
    }

    @Test("1 to 10 required skills", arguments: [(0, false), (1, true), (10, true), (11, false)])
    func requiredSkillsCount(count: Int, valid: Bool) {
        let skills = SkillTaxonomy.standard.skills.prefix(count).map {
            SkillRequirement($0.code, minimumLevel: .practice)
        }
        check(.make(requiredSkills: skills), fails: valid ? nil : .requiredSkillsCount(count))
    }

    @Test("required skills are known and unique")
    func requiredSkillCodes() {
        check(
            .make(requiredSkills: [
                SkillRequirement("sec-audit", minimumLevel: .expert),
                SkillRequirement("sec-magic", minimumLevel: .expert)
            ]),
            fails: .unknownSkill("sec-magic", index: 1))
        check(
            .make(requiredSkills: [
                SkillRequirement("sec-audit", minimumLevel: .expert),
                SkillRequirement("sec-audit", minimumLevel: .notions)
            ]),
            fails: .duplicateSkill("sec-audit", index: 1))
    }

    @Test("effort from 1 hour to the default cap of 105", arguments: [(0, false), (1, true), (105, true), (106, false)])
    func effort(hours: Int, valid: Bool) {
        check(.make(effortHours: hours), fails: valid ? nil : .effortOutOfRange(hours: hours, maximum: 105))
    }

    @Test("the effort cap is configurable")
    func effortCap() {
        let rules = MissionRules(maximumEffortHours: 70)
        check(.make(effortHours: 70), rules: rules, fails: nil)
        check(.make(effortHours: 71), rules: rules, fails: .effortOutOfRange(hours: 71, maximum: 70))
        #expect(MissionRules().maximumEffortHours == 105)
    }

    @Test(
        "the window lasts at most 12 months",
        arguments: [
            ("2026-01-15", "2027-01-15", nil), ("2026-01-15", "2027-01-16", "2027-01-15"),
            ("2024-02-29", "2025-02-28", nil), ("2024-02-29", "2025-03-01", "2025-02-28"),
            ("2026-03-31", "2027-03-31", nil), ("2026-06-01", "2026-06-01", nil)
        ] as [(String, String, String?)])
    func windowLength(start: String, end: String, latestEnd: String?) {
        let details = MissionDetails.make(
            window: DateWindow(start: day(start), end: day(end)),
            applicationDeadline: day(start))
        check(details, fails: latestEnd.map { .windowTooLong(end: day(end), latestEnd: day($0)) })
    }

    @Test("the window does not end before it starts")
    func windowReversed() {
        check(
            .make(
                window: DateWindow(start: day("2026-06-02"), end: day("2026-06-01")),
                applicationDeadline: day("2026-05-01")),
            fails: .windowReversed(start: day("2026-06-02"), end: day("2026-06-01")))
    }

    @Test(
        "a mission has a place, remote work, or both",
        arguments: [
            (true, true, true), (true, false, true), (false, true, true), (false, false, false)
        ])
    func place(hasDepartement: Bool, remote: Bool, valid: Bool) {
        let details = MissionDetails.make(departement: hasDepartement ? departement("13") : nil, remote: remote)
        check(details, fails: valid ? nil : .placeRequired)
    }

    @Test("1 to 20 talents sought", arguments: [(0, false), (1, true), (20, true), (21, false)])
    func talentsSought(count: Int, valid: Bool) {
        check(.make(talentsSought: count), fails: valid ? nil : .talentsSoughtOutOfRange(count))
    }

    @Test(
        "the deadline is not after the window's end",
        arguments: [
            ("2026-06-30", true), ("2026-07-01", false), ("2026-01-01", true)
        ])
    func deadline(deadline: String, valid: Bool) {
        check(
            .make(applicationDeadline: day(deadline)),
            fails: valid ? nil : .deadlineAfterWindow(deadline: day(deadline), windowEnd: day("2026-06-30")))
    }

    @Test("a requirement is met by a talent at or above the minimum level")
    func requirementMet() {
        let requirement = SkillRequirement("sec-audit", minimumLevel: .mastery)
        #expect(requirement.isMet(by: .make(skills: [TalentSkill("sec-audit", .mastery)])))
        #expect(requirement.isMet(by: .make(skills: [TalentSkill("sec-audit", .expert)])))
        #expect(!requirement.isMet(by: .make(skills: [TalentSkill("sec-audit", .practice)])))
        #expect(!requirement.isMet(by: .make(skills: [TalentSkill("dev-java", .expert)])))
    }

    @Test("natures have French labels and stable values")
    func natures() {
        #expect(MissionNature.allCases.count == 7)
        #expect(
            MissionNature.allCases.map(\.rawValue) == [
                "support", "lessons-learned", "skill-transfer", "advice", "software-component", "security-hardening",
                "ux-improvement"
            ])
        #expect(MissionNature.softwareComponent.label == "Développement d'un composant logiciel")
        #expect(Set(MissionNature.allCases.map(\.label)).count == 7)
    }
}
