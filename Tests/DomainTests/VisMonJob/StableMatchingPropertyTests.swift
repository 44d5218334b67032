import Domain
import Support
import Testing

@Suite("Vis mon job pairing, properties on random instances")
struct StableMatchingPropertyTests {
    /// A random instance: few départements and families, so students compete for places.
    static func instance(seed: UInt64) -> (students: [PairingStudent], ambassadors: [PairingAmbassador]) {
        var random = SplitMix64(seed: seed)
        let places = ["75", "69", "13", "2A", "974"]
        let families = Array(JobFamily.allCases.prefix(5))
        let administrations: [AdministrationID] = [1, 2, 3, 4]
        let ambassadors = (0..<random.int(in: 0...12)).map { index in
            PairingAmbassador(
                id: AmbassadorID(Int64(100 + index)), jobFamily: random.pick(1, of: families)[0],
                departement: departement(random.pick(1, of: places)[0]),
                administrationID: random.pick(1, of: administrations)[0],
                capacity: random.int(in: 1...3))
        }
        let students = (0..<random.int(in: 0...30)).map { index in
            PairingStudent(
                id: StudentID(Int64(1 + index)), wishes: random.pick(random.int(in: 1...3), of: families),
                departements: random.pick(random.int(in: 1...3), of: places).map(departement),
                administrations: random.pick(random.int(in: 0...2), of: administrations))
        }
        return (students, ambassadors)
    }

    static let seeds: [UInt64] = Array(1...300)

    @Test("capacities are kept, each student has at most one ambassador, every pair is acceptable")
    func capacitiesAndAcceptability() {
        for seed in Self.seeds {
            let (students, ambassadors) = Self.instance(seed: seed)
            let result = StableMatching.pair(students: students, ambassadors: ambassadors)
            let byStudent = Dictionary(grouping: result.matches, by: \.studentID)
            #expect(byStudent.values.allSatisfy { $0.count == 1 }, "seed \(seed)")
            for ambassador in ambassadors {
                #expect(
                    result.matches.filter { $0.ambassadorID == ambassador.id }.count <= ambassador.capacity,
                    "seed \(seed)")
            }
            let studentsByID = Dictionary(uniqueKeysWithValues: students.map { ($0.id, $0) })
            let ambassadorsByID = Dictionary(uniqueKeysWithValues: ambassadors.map { ($0.id, $0) })
            for match in result.matches {
                let fit = PairFit(
                    student: studentsByID[match.studentID]!, ambassador: ambassadorsByID[match.ambassadorID]!)
                #expect(fit.isAcceptable && fit == match.fit, "seed \(seed)")
            }
        }
    }

    @Test("no student and ambassador would both rather be together (brute force over every pair)")
    func noBlockingPair() {
        for seed in Self.seeds {
            let (students, ambassadors) = Self.instance(seed: seed)
            let result = StableMatching.pair(students: students, ambassadors: ambassadors)
            let current = Dictionary(uniqueKeysWithValues: result.matches.map { ($0.studentID, $0) })
            for student in students {
                for ambassador in ambassadors {
                    let fit = PairFit(student: student, ambassador: ambassador)
                    guard fit.isAcceptable, current[student.id]?.ambassadorID != ambassador.id else { continue }
                    let studentWants =
                        current[student.id].map {
                            fit.studentRank(of: ambassador.id) < $0.fit.studentRank(of: $0.ambassadorID)
                        } ?? true
                    let hosted = result.matches.filter { $0.ambassadorID == ambassador.id }
                    let ambassadorWants =
                        hosted.count < ambassador.capacity
                        || hosted.contains {
                            fit.ambassadorRank(of: student.id) < $0.fit.ambassadorRank(of: $0.studentID)
                        }
                    #expect(
                        !(studentWants && ambassadorWants),
                        "seed \(seed): student \(student.id) and ambassador \(ambassador.id) block")
                }
            }
        }
    }

    @Test("the same candidates in any order give the same result")
    func deterministic() {
        for seed in Self.seeds.prefix(100) {
            let (students, ambassadors) = Self.instance(seed: seed)
            let first = StableMatching.pair(students: students, ambassadors: ambassadors)
            #expect(
                StableMatching.pair(students: students.reversed(), ambassadors: ambassadors.reversed()) == first,
                "seed \(seed)")
            #expect(StableMatching.pair(students: students, ambassadors: ambassadors) == first, "seed \(seed)")
        }
    }

    @Test("every student is paired or listed with a reason that fits the instance")
    func everyUnmatchedStudentHasAReason() {
        for seed in Self.seeds {
            let (students, ambassadors) = Self.instance(seed: seed)
            let result = StableMatching.pair(students: students, ambassadors: ambassadors)
            let paired = Set(result.matches.map(\.studentID))
            #expect(paired.isDisjoint(with: result.unmatched.keys), "seed \(seed)")
            #expect(paired.union(result.unmatched.keys) == Set(students.map(\.id)), "seed \(seed)")
            for student in students {
                guard let reason = result.unmatched[student.id] else { continue }
                let acceptable = ambassadors.contains { PairFit(student: student, ambassador: $0).isAcceptable }
                let familyExists = ambassadors.contains { student.wishes.contains($0.jobFamily) }
                let expected: UnmatchedReason =
                    acceptable
                    ? .acceptableAmbassadorsFull
                    : familyExists ? .noAmbassadorInDepartements : .noAmbassadorInWishedFamilies
                #expect(reason == expected, "seed \(seed), student \(student.id)")
            }
        }
    }
}
