import Domain
import Support

extension PairingStudent {
    static func make(
        _ id: Int64, wishes: [JobFamily] = [.developer], departements: [String] = ["75"],
        administrations: [AdministrationID] = []
    ) -> PairingStudent {
        PairingStudent(
            id: StudentID(id), wishes: wishes, departements: departements.map(departement),
            administrations: administrations)
    }
}

extension PairingAmbassador {
    static func make(
        _ id: Int64, _ family: JobFamily = .developer, in departementCode: String = "75",
        administration: AdministrationID = 1, capacity: Int = 1
    ) -> PairingAmbassador {
        PairingAmbassador(
            id: AmbassadorID(id), jobFamily: family, departement: DomainTests.departement(departementCode),
            administrationID: administration, capacity: capacity)
    }
}

extension PairingResult {
    /// The pairs as `student → ambassador` numbers.
    var pairs: [Int64: Int64] {
        Dictionary(uniqueKeysWithValues: matches.map { ($0.studentID.rawValue, $0.ambassadorID.rawValue) })
    }
}

extension SplitMix64 {
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
