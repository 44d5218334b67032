/// How well an ambassador meets a student's wishes: the ranks (from 1) of the ambassador's job
/// family, département and administration in the student's lists. Both sides' preferences
/// and each pair's explanation come from it.
public struct PairFit: Hashable, Sendable, Codable {
    /// The rank of the ambassador's job family among the student's wishes; nil when not wished.
    public var wishRank: Int?
    /// The rank of the ambassador's département among the student's; nil when not listed.
    public var departementRank: Int?
    /// The rank of the ambassador's administration among the student's preferred ones, if listed.
    public var administrationRank: Int?

    /// Creates a fit from its ranks.
    public init(wishRank: Int?, departementRank: Int?, administrationRank: Int?) {
        self.wishRank = wishRank
        self.departementRank = departementRank
        self.administrationRank = administrationRank
    }

    /// The fit of `ambassador` for `student`.
    public init(student: PairingStudent, ambassador: PairingAmbassador) {
        self.init(
            wishRank: student.wishes.firstIndex(of: ambassador.jobFamily).map { $0 + 1 },
            departementRank: student.departements.firstIndex(of: ambassador.departement).map { $0 + 1 },
            administrationRank: student.administrations.firstIndex(of: ambassador.administrationID).map { $0 + 1 })
    }

    /// Whether the pair may be formed by the pairing: a wished job in an acceptable
    /// département (the administration is a preference, never a condition).
    public var isAcceptable: Bool {
        wishRank != nil && departementRank != nil
    }

    /// The student's order over ambassadors: job wish, then place, then administration, then
    /// the ambassador's id (smaller is better).
    public func studentRank(of ambassador: AmbassadorID) -> PairRank {
        PairRank(wishRank ?? .max, departementRank ?? .max, administrationRank ?? .max, ambassador.rawValue)
    }

    /// The ambassador's order over students: how high the student ranked the ambassador's job,
    /// then place, then whether the student prefers their administration, then earlier
    /// registration (smaller is better).
    public func ambassadorRank(of student: StudentID) -> PairRank {
        PairRank(wishRank ?? .max, departementRank ?? .max, administrationRank == nil ? 1 : 0, student.rawValue)
    }

    /// A short French sentence saying which wishes the pair meets, e.g.
    /// "Métier souhaité n°1 (Développeur·se) · département 69 (choix n°2) · administration souhaitée".
    public func explanation(jobFamily: JobFamily, departement: Departement, manual: Bool = false) -> String {
        var parts: [String] = []
        if manual { parts.append("Binôme ajusté par l'équipe du programme") }
        parts.append(
            wishRank.map { "Métier souhaité n°\($0) (\(jobFamily.label))" }
                ?? "Métier hors des vœux (\(jobFamily.label))")
        parts.append(
            departementRank.map { "département \(departement.code) (choix n°\($0))" }
                ?? "département \(departement.code) hors des choix")
        if let administrationRank { parts.append("administration souhaitée (choix n°\(administrationRank))") }
        return parts.joined(separator: " · ")
    }
}

/// A position in one side's order of preference: compared field by field, smaller is better.
public struct PairRank: Comparable, Sendable {
    let criteria: (Int, Int, Int)
    let tieBreak: Int64

    init(_ first: Int, _ second: Int, _ third: Int, _ tieBreak: Int64) {
        criteria = (first, second, third)
        self.tieBreak = tieBreak
    }

    /// Lexicographic order: the three criteria, then the identifier.
    public static func < (lhs: PairRank, rhs: PairRank) -> Bool {
        (lhs.criteria.0, lhs.criteria.1, lhs.criteria.2, lhs.tieBreak)
            < (rhs.criteria.0, rhs.criteria.1, rhs.criteria.2, rhs.tieBreak)
    }

    /// Equal when every field is.
    public static func == (lhs: PairRank, rhs: PairRank) -> Bool {
        lhs.criteria == rhs.criteria && lhs.tieBreak == rhs.tieBreak
    }
}
