/// The pairing of *Vis mon job*: student-proposing deferred acceptance with capacities
/// (Gale and Shapley, "College Admissions and the Stability of Marriage", 1962; Roth and
/// Sotomayor, *Two-Sided Matching*, 1990, ch. 5).
///
/// A pair is acceptable when the ambassador's job is among the student's wishes and their
/// département among the student's (``PairFit/isAcceptable``); both sides then rank each
/// other from the same fit (``PairFit/studentRank(of:)``, ``PairFit/ambassadorRank(of:)``),
/// identifiers breaking ties, so the preferences are strict and the result is unique: the
/// student-optimal stable matching. Every student gets at most one ambassador, no ambassador
/// more students than their capacity, and no student and ambassador would both rather be
/// together than with their current pairing.
public enum StableMatching {
    /// Pairs `students` with `ambassadors`. The result depends only on the candidates, not on
    /// their order in the arrays.
    public static func pair(students: [PairingStudent], ambassadors: [PairingAmbassador]) -> PairingResult {
        let students = students.sorted { $0.id < $1.id }
        let ambassadors = ambassadors.sorted { $0.id < $1.id }
        // Ambassadors by job and place, so each student only looks at acceptable ones.
        var buckets: [JobFamily: [Departement: [Int]]] = [:]
        for (index, ambassador) in ambassadors.enumerated() {
            buckets[ambassador.jobFamily, default: [:]][ambassador.departement, default: []].append(index)
        }
        let lists: [[(ambassador: Int, fit: PairFit)]] = students.map { student in
            var acceptable: [(rank: PairRank, ambassador: Int, fit: PairFit)] = []
            for family in student.wishes {
                for departement in student.departements {
                    for index in buckets[family]?[departement] ?? [] where ambassadors[index].capacity > 0 {
                        let fit = PairFit(student: student, ambassador: ambassadors[index])
                        acceptable.append((fit.studentRank(of: ambassadors[index].id), index, fit))
                    }
                }
            }
            // Ranks are computed once, not in every comparison.
            acceptable.sort { $0.rank < $1.rank }
            return acceptable.map { ($0.ambassador, $0.fit) }
        }

        // Each ambassador holds their best proposals so far, best first (capacities are small).
        var held: [[(rank: PairRank, student: Int, fit: PairFit)]] = Array(repeating: [], count: ambassadors.count)
        var next = Array(repeating: 0, count: students.count)
        var free = Array(students.indices.reversed())
        while let student = free.popLast() {
            guard next[student] < lists[student].count else { continue }
            let (ambassador, fit) = lists[student][next[student]]
            next[student] += 1
            let rank = fit.ambassadorRank(of: students[student].id)
            let position = held[ambassador].firstIndex { rank < $0.rank } ?? held[ambassador].count
            held[ambassador].insert((rank, student, fit), at: position)
            if held[ambassador].count > ambassadors[ambassador].capacity {
                free.append(held[ambassador].removeLast().student)
            }
        }

        var matches: [PairingResult.Match] = []
        var matched = Set<Int>()
        for (index, proposals) in held.enumerated() {
            for proposal in proposals {
                matched.insert(proposal.student)
                matches.append(
                    .init(
                        studentID: students[proposal.student].id, ambassadorID: ambassadors[index].id,
                        fit: proposal.fit))
            }
        }
        matches.sort { $0.studentID < $1.studentID }
        let families = Set(ambassadors.map(\.jobFamily))
        var unmatched: [StudentID: UnmatchedReason] = [:]
        for (index, student) in students.enumerated() where !matched.contains(index) {
            unmatched[student.id] =
                if !lists[index].isEmpty {
                    .acceptableAmbassadorsFull
                } else if student.wishes.contains(where: families.contains) {
                    .noAmbassadorInDepartements
                } else {
                    .noAmbassadorInWishedFamilies
                }
        }
        return PairingResult(matches: matches, unmatched: unmatched)
    }
}
