import Domain
import Support
import Testing

@Suite struct RankingTests {
    @Test func topKKeepsTheBestWhateverTheOrderOfInsertion() {
        var numbers = Array(1...100)
        var generator = SplitMix64(seed: 3)
        numbers.shuffle(using: &generator)
        var top = TopK<Int>(capacity: 5, by: >)
        for number in numbers { top.insert(number) }
        #expect(top.sorted == [100, 99, 98, 97, 96])
        #expect(top.threshold == 96)
        var few = TopK<Int>(capacity: 5, by: >)
        few.insert(2)
        few.insert(7)
        #expect(few.sorted == [7, 2])
        #expect(few.threshold == nil)
    }

    /// Each talent of an employer already picked costs 5 points: A1 (90) first; then B1 (86)
    /// beats A2 (89 − 5); then A2 (84) beats A3 (83); then A3 (88 − 10 = 78) beats B2 (70 − 5).
    @Test func employerDiversityByHand() {
        let ranked: [(String, Double, AdministrationID)] = [
            ("A1", 90, 1), ("A2", 89, 1), ("A3", 88, 1), ("B1", 86, 2),
            ("B2", 70, 2), ("C1", 60, 3)
        ]
        let picks = EmployerDiversity.rerank(ranked, limit: 4, score: \.1, employer: \.2)
        #expect(picks.map(\.element.0) == ["A1", "B1", "A2", "A3"])
        #expect(picks.map(\.penalty) == [0, 0, 5, 10])
        #expect(picks[0].reason == nil)
        #expect(picks[3].reason?.code == .employerDiversity)
    }

    /// 25 talents of one administration at 90 and one of another at 70: the other enters sixth,
    /// once five of the first cost 25 points; the list is never one administration's only.
    @Test func aTopTwentyIsNeverOneAdministrationWhenAnotherFits() {
        let ranked = (1...25).map { ("A\($0)", 90.0, AdministrationID(1)) } + [("B1", 70.0, AdministrationID(2))]
        let picks = EmployerDiversity.rerank(ranked, limit: 20, score: \.1, employer: \.2)
        #expect(picks.count == 20)
        #expect(picks.firstIndex { $0.element.0 == "B1" } == 5)
        #expect(picks.prefix(5).map(\.element.0) == ["A1", "A2", "A3", "A4", "A5"])
        // Deterministic: the same input gives the same list.
        #expect(
            EmployerDiversity.rerank(ranked, limit: 20, score: \.1, employer: \.2).map(\.element.0)
                == picks.map(\.element.0))
    }

    @Test func familySetsUseStableBits() {
        let set = SkillFamilySet(["dev-backend", "sec-iam", "sec-risk", "unknown"], taxonomy: .standard)
        #expect(set.families == [.development, .security])
        #expect(set.rawValue == (1 << 1) | (1 << 6))
        #expect(Set(SkillFamily.allCases.map(\.bit)).count == SkillFamily.allCases.count)
    }
}
