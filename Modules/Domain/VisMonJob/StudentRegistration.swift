/// What a student gives when registering to an edition (no account): as little personal data
/// as the pairing and the contact need.
public struct StudentRegistration: Hashable, Sendable, Codable {
    /// Maximum length of ``school``, in characters.
    public static let maximumSchoolLength = 120
    /// The most acceptable départements.
    public static let maximumDepartements = 10
    /// The most preferred administrations.
    public static let maximumAdministrations = 5

    /// The school or university.
    public var school: String
    /// The level of study.
    public var level: StudyLevel
    /// Wished job families, best first; each once.
    public var wishes: [JobFamily]
    /// Where the student can go, best first; each once.
    public var departements: [Departement]
    /// Preferred administrations, best first (optional).
    public var administrations: [AdministrationID]
    /// Where the ambassador can reach the student.
    public var email: EmailAddress

    /// Creates an unvalidated registration.
    public init(
        school: String, level: StudyLevel, wishes: [JobFamily], departements: [Departement],
        administrations: [AdministrationID] = [], email: EmailAddress
    ) {
        self.school = school
        self.level = level
        self.wishes = wishes
        self.departements = departements
        self.administrations = administrations
        self.email = email
    }

    private enum CodingKeys: String, CodingKey {
        case school, level, wishes, departements, administrations, email
    }

    /// Decodes a registration; administrations default to none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            school: try container.decode(String.self, forKey: .school),
            level: try container.decode(StudyLevel.self, forKey: .level),
            wishes: try container.decode([JobFamily].self, forKey: .wishes),
            departements: try container.decode([Departement].self, forKey: .departements),
            administrations: try container.decodeIfPresent([AdministrationID].self, forKey: .administrations)
                ?? [],
            email: try container.decode(EmailAddress.self, forKey: .email))
    }

    /// The normalised registration (school trimmed), or the first rule it breaks.
    /// - Throws: ``VisMonJobError``.
    public func validated() throws -> StudentRegistration {
        var result = self
        result.school = school.trimmingWhitespace()
        guard (1...Self.maximumSchoolLength).contains(result.school.count) else {
            throw VisMonJobError.textLength(field: "school", maximum: Self.maximumSchoolLength)
        }
        guard !wishes.isEmpty else { throw VisMonJobError.noWish }
        if let (index, family) = Self.firstDuplicate(wishes) {
            throw VisMonJobError.duplicateWish(family, index: index)
        }
        guard !departements.isEmpty else { throw VisMonJobError.noDepartement }
        guard departements.count <= Self.maximumDepartements else {
            throw VisMonJobError.tooManyDepartements(departements.count)
        }
        if let (index, departement) = Self.firstDuplicate(departements) {
            throw VisMonJobError.duplicateDepartement(departement, index: index)
        }
        guard administrations.count <= Self.maximumAdministrations else {
            throw VisMonJobError.tooManyAdministrations(administrations.count)
        }
        if let (index, id) = Self.firstDuplicate(administrations) {
            throw VisMonJobError.duplicateAdministration(id, index: index)
        }
        return result
    }

    /// The index and value of the first element already seen earlier in `list`.
    private static func firstDuplicate<T: Hashable>(_ list: [T]) -> (Int, T)? {
        var seen: Set<T> = []
        for (index, element) in list.enumerated() where !seen.insert(element).inserted { return (index, element) }
        return nil
    }
}
