/// What an agent tells when volunteering as a *Vis mon job* ambassador; their administration
/// is their employer, taken from their talent profile.
public struct AmbassadorProfile: Hashable, Sendable, Codable {
    /// The most students one ambassador may host.
    public static let maximumCapacity = 5
    /// Maximum length of ``city``, in characters.
    public static let maximumCityLength = 80
    /// Maximum length of ``description``, in characters.
    public static let maximumDescriptionLength = 1000

    /// The ambassador's job.
    public var jobFamily: JobFamily
    /// Where the day takes place.
    public var departement: Departement
    /// The city, e.g. "Lyon".
    public var city: String
    /// How many students the ambassador hosts (default 1).
    public var capacity: Int
    /// A short description of the day offered.
    public var description: String

    /// Creates an unvalidated profile.
    public init(
        jobFamily: JobFamily, departement: Departement, city: String, capacity: Int = 1,
        description: String
    ) {
        self.jobFamily = jobFamily
        self.departement = departement
        self.city = city
        self.capacity = capacity
        self.description = description
    }

    private enum CodingKeys: String, CodingKey {
        case jobFamily, departement, city, capacity, description
    }

    /// Decodes a profile; the capacity defaults to 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            jobFamily: try container.decode(JobFamily.self, forKey: .jobFamily),
            departement: try container.decode(Departement.self, forKey: .departement),
            city: try container.decode(String.self, forKey: .city),
            capacity: try container.decodeIfPresent(Int.self, forKey: .capacity) ?? 1,
            description: try container.decode(String.self, forKey: .description))
    }

    /// The normalised profile (texts trimmed), or the first rule it breaks.
    /// - Throws: ``VisMonJobError``.
    public func validated() throws -> AmbassadorProfile {
        var result = self
        result.city = city.trimmingWhitespace()
        result.description = description.trimmingWhitespace()
        guard (1...Self.maximumCityLength).contains(result.city.count) else {
            throw VisMonJobError.textLength(field: "city", maximum: Self.maximumCityLength)
        }
        guard (1...Self.maximumCapacity).contains(capacity) else { throw VisMonJobError.capacityOutOfRange(capacity) }
        guard (1...Self.maximumDescriptionLength).contains(result.description.count) else {
            throw VisMonJobError.textLength(field: "description", maximum: Self.maximumDescriptionLength)
        }
        return result
    }
}
