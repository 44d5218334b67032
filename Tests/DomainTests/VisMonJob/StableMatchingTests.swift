import Domain
import Testing

@Suite("Vis mon job pairing, small cases checked by hand")
struct StableMatchingTests {
    @Test("with one place, the earlier registration wins a tie; the other is told the place is taken")
    func tieBrokenByRegistration() {
        let result = StableMatching.pair(students: [.make(2), .make(1)], ambassadors: [.make(10)])
        #expect(result.pairs == [1: 10])
        #expect(result.unmatched == [2: .acceptableAmbassadorsFull])
    }

    @Test("each student gets their first wish when the places allow it")
    func firstWishes() {
        let result = StableMatching.pair(
            students: [.make(1, wishes: [.analyst, .developer]), .make(2, wishes: [.developer])],
            ambassadors: [.make(10, .developer), .make(11, .analyst)])
        #expect(result.pairs == [1: 11, 2: 10])
        #expect(result.unmatched.isEmpty)
        #expect(result.matches.allSatisfy { $0.fit.wishRank == 1 && $0.fit.departementRank == 1 })
    }

    @Test("an ambassador prefers the student who ranked their job higher, whatever the registration order")
    func ambassadorPrefersHigherWish() {
        let result = StableMatching.pair(
            students: [.make(1, wishes: [.analyst, .developer]), .make(2, wishes: [.developer])],
            ambassadors: [.make(10, .developer)])
        #expect(result.pairs == [2: 10])
        #expect(result.unmatched == [1: .acceptableAmbassadorsFull])
    }

    @Test("a student bumped by a better fit moves down their list (deferred acceptance)")
    func rejectionChain() {
        // Ambassador 10 (security, 75) first holds 1, who proposes first; then 2 proposes, who
        // wants security in 75 as first choice on both counts, while 1 listed 75 second: 10
        // keeps 2 and 1 moves on to their second wish, development (11).
        let result = StableMatching.pair(
            students: [
                .make(1, wishes: [.securityOfficer, .developer], departements: ["69", "75"]),
                .make(2, wishes: [.securityOfficer])
            ],
            ambassadors: [.make(10, .securityOfficer), .make(11, .developer)])
        #expect(result.pairs == [1: 11, 2: 10])
        #expect(result.unmatched.isEmpty)
        #expect(result.matches.first?.fit == PairFit(wishRank: 2, departementRank: 2, administrationRank: nil))
        // With equal fits, the earlier registration keeps the place.
        let tie = StableMatching.pair(
            students: [.make(1, wishes: [.securityOfficer, .developer]), .make(2, wishes: [.securityOfficer])],
            ambassadors: [.make(10, .securityOfficer)])
        #expect(tie.pairs == [1: 10])
        #expect(tie.unmatched == [2: .acceptableAmbassadorsFull])
    }

    @Test("a capacity of two keeps the two best fits")
    func capacity() {
        let result = StableMatching.pair(
            students: [
                .make(1, wishes: [.analyst, .developer]), .make(2, wishes: [.developer]),
                .make(3, wishes: [.developer], departements: ["69", "75"])
            ],
            ambassadors: [.make(10, .developer, capacity: 2)])
        // 2: wish 1, place 1; 3: wish 1, place 2; 1: wish 2 → out.
        #expect(result.pairs == [2: 10, 3: 10])
        #expect(result.unmatched == [1: .acceptableAmbassadorsFull])
    }

    @Test("places and jobs are conditions; the reason says which one failed")
    func unmatchedReasons() {
        let result = StableMatching.pair(
            students: [.make(1, wishes: [.developer], departements: ["69"]), .make(2, wishes: [.dataScientist])],
            ambassadors: [.make(10, .developer, in: "75")])
        #expect(result.matches.isEmpty)
        #expect(result.unmatched == [1: .noAmbassadorInDepartements, 2: .noAmbassadorInWishedFamilies])
    }

    @Test("a preferred administration decides between two equal ambassadors, and the explanation says so")
    func administrationPreference() throws {
        let result = StableMatching.pair(
            students: [.make(1, administrations: [7])],
            ambassadors: [.make(10, administration: 8), .make(11, administration: 7)])
        #expect(result.pairs == [1: 11])
        let match = try #require(result.matches.first)
        #expect(match.fit == PairFit(wishRank: 1, departementRank: 1, administrationRank: 1))
        #expect(
            match.fit.explanation(jobFamily: .developer, departement: departement("75"))
                == "Métier souhaité n°1 (Développeur·se) · département 75 (choix n°1) · administration souhaitée (choix n°1)"
        )
        #expect(
            PairFit(wishRank: nil, departementRank: 2, administrationRank: nil)
                .explanation(jobFamily: .analyst, departement: departement("69"), manual: true)
                == "Binôme ajusté par l'équipe du programme · Métier hors des vœux (Analyste) · département 69 (choix n°2)"
        )
    }

    @Test("no candidates, no pairs")
    func empty() {
        #expect(
            StableMatching.pair(students: [], ambassadors: [.make(10)]) == PairingResult(matches: [], unmatched: [:]))
        #expect(
            StableMatching.pair(students: [.make(1)], ambassadors: []).unmatched == [1: .noAmbassadorInWishedFamilies])
    }
}
