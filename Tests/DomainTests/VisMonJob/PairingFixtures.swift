import Domain

extension PairingStudent {
    static func make(_ id: Int64, wishes: [JobFamily] = [.developer], departements: [String] = ["75"],
                     administrations: [AdministrationID] = []) -> PairingStudent {
        PairingStudent(id: StudentID(id), wishes: wishes, departements: departements.map(departement),
                       administrations: administrations)
    }
}

extension PairingAmbassador {
    static func make(_ id: Int64, _ family: JobFamily = .developer, in departementCode: String = "75",
                     administration: AdministrationID = 1, capacity: Int = 1) -> PairingAmbassador {
        PairingAmbassador(id: AmbassadorID(id), jobFamily: family, departement: DomainTests.departement(departementCode),
                          administrationID: administration, capacity: capacity)
    }
}

extension PairingResult {
    /// The pairs as `student → ambassador` numbers.
    var pairs: [Int64: Int64] {
        Dictionary(uniqueKeysWithValues: matches.map { ($0.studentID.rawValue, $0.ambassadorID.rawValue) })
    }
}

/// A seeded generator (SplitMix64), so every run draws the same instances and shuffles.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `range`, bounds included.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }

    /// `count` distinct elements of `array`, in a random order.
    mutating func pick<T>(_ count: Int, of array: [T]) -> [T] {
        var pool = array
        var picked: [T] = []
        while picked.count < min(count, array.count) {
            picked.append(pool.remove(at: int(in: 0...(pool.count - 1))))
        }
        return picked
    }
}
