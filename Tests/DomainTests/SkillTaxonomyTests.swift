import Domain
import Foundation
import Testing

@Suite("Skill taxonomy")
struct SkillTaxonomyTests {
    let taxonomy = SkillTaxonomy.standard

    @Test("has a realistic size with unique, well-formed codes")
    func integrity() {
        #expect((50...70).contains(taxonomy.skills.count))
        #expect(Set(taxonomy.skills.map(\.code)).count == taxonomy.skills.count)
        #expect(taxonomy.skills.allSatisfy { $0.code.isWellFormed })
        #expect(Set(taxonomy.skills.map(\.name)).count == taxonomy.skills.count)
        #expect(taxonomy.skills.allSatisfy { !$0.name.isEmpty && $0.escoURI == nil })
    }

    @Test("every family has skills", arguments: SkillFamily.allCases)
    func everyFamilyHasSkills(family: SkillFamily) {
        #expect(!taxonomy.skills(in: family).isEmpty)
        #expect(!family.label.isEmpty)
    }

    @Test("the catalogue lists skills family by family")
    func groupedByFamily() {
        var seen: [SkillFamily] = []
        for skill in taxonomy.skills where seen.last != skill.family {
            #expect(!seen.contains(skill.family), "\(skill.family) appears in two runs")
            seen.append(skill.family)
        }
        #expect(seen == SkillFamily.allCases)
    }

    @Test("job families and cross-cutting fields are told apart")
    func crossCutting() {
        let crossCutting = SkillFamily.allCases.filter(\.isCrossCutting)
        #expect(crossCutting == [.procurement, .legal, .designUX, .accessibility, .changeManagement])
        #expect(SkillFamily.allCases.count - crossCutting.count == 10)
    }

    @Test("looks skills up by code")
    func lookup() throws {
        let skill = try #require(taxonomy.skill("dev-backend"))
        #expect(skill.name == "Développement back-end")
        #expect(skill.family == .development)
        #expect(taxonomy.contains("legal-gdpr"))
        #expect(!taxonomy.contains("dev-cobol"))
        #expect(taxonomy.skill("Dev-Backend") == nil)
    }

    @Test(
        "recognises kebab-case codes",
        arguments: [
            ("dev-backend", true), ("a11y-audit", true), ("data", true), ("Dev-backend", false),
            ("dev--backend", false),
            ("-dev", false), ("dev-", false), ("dev_backend", false), ("", false), ("dév", false)
        ])
    func wellFormedCodes(code: String, expected: Bool) {
        #expect(SkillCode(code).isWellFormed == expected)
    }

    @Test("levels go from 1 to 4 with French labels")
    func levels() throws {
        #expect(SkillLevel.allCases.map(\.rawValue) == [1, 2, 3, 4])
        #expect(SkillLevel.allCases.map(\.label) == ["Notions", "Pratique", "Maîtrise", "Expert"])
        #expect(SkillLevel.notions < SkillLevel.expert)
        #expect(try SkillLevel(validating: 3) == .mastery)
        for value in [0, 5, -1] {
            #expect(throws: ValueError.invalidSkillLevel(field: "level", value: value)) {
                try SkillLevel(validating: value)
            }
        }
    }

    @Test("levels decode as numbers, naming the field when invalid")
    func levelCodable() throws {
        let skills = [TalentSkill("dev-backend", .expert)]
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(skills)
        #expect(String(decoding: data, as: UTF8.self) == #"[{"code":"dev-backend","level":4}]"#)
        #expect(try JSONDecoder().decode([TalentSkill].self, from: data) == skills)
        let bad = Data(#"[{"code":"dev-backend","level":4},{"code":"data-bi","level":5}]"#.utf8)
        #expect(throws: ValueError.invalidSkillLevel(field: "[1].level", value: 5)) {
            try JSONDecoder().decode([TalentSkill].self, from: bad)
        }
    }
}
