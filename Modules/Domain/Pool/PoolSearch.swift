/// What a mission owner looks for in the pool (*vivier*): every criterion is optional and all
/// of them must hold. Only consenting talents are ever searched (see ``Talent/isVisibleInPool``).
///
/// Built from the query of `GET /v1/pool` by ``init(query:taxonomy:)``, which names the
/// offending parameter in its errors.
public struct PoolSearch: Hashable, Sendable {
    /// The page size when none is asked.
    public static let defaultLimit = 20
    /// The largest page size.
    public static let maximumLimit = 100
    /// The query parameters understood.
    public static let parameterNames: Set<String> = [
        "skill", "minLevel", "family", "departement",
        "availableFrom", "availableUntil", "cursor", "limit"
    ]

    /// A skill the talent declares (at ``minimumLevel`` or above).
    public var skill: SkillCode?
    /// The lowest accepted level of the matching skill: of ``skill``, of a skill of ``family``,
    /// or of any declared skill when neither is given.
    public var minimumLevel: SkillLevel?
    /// A family the talent has a skill in (at ``minimumLevel`` or above).
    public var family: SkillFamily?
    /// Where the talent works.
    public var departement: Departement?
    /// With ``availableUntil``: a period the talent's availability must overlap. Open-ended
    /// availabilities overlap every period on their open side.
    public var availableFrom: LocalDate?
    /// The end of the period, included; not before ``availableFrom``.
    public var availableUntil: LocalDate?
    /// Where the previous page ended: the opaque `nextCursor` it returned.
    public var cursor: String?
    /// The page size, 1 to ``maximumLimit``.
    public var limit: Int

    /// Creates criteria; ``validated(taxonomy:)`` checks them.
    public init(
        skill: SkillCode? = nil, minimumLevel: SkillLevel? = nil, family: SkillFamily? = nil,
        departement: Departement? = nil, availableFrom: LocalDate? = nil, availableUntil: LocalDate? = nil,
        cursor: String? = nil, limit: Int = defaultLimit
    ) {
        self.skill = skill
        self.minimumLevel = minimumLevel
        self.family = family
        self.departement = departement
        self.availableFrom = availableFrom
        self.availableUntil = availableUntil
        self.cursor = cursor
        self.limit = limit
    }

    /// Parses and validates query parameters (already percent-decoded), in order.
    /// - Throws: ``PoolSearchError`` or ``ValueError`` naming the parameter.
    public init(query: some Sequence<(name: String, value: String)>, taxonomy: SkillTaxonomy = .standard) throws {
        self.init()
        var seen: Set<String> = []
        for (name, value) in query {
            guard Self.parameterNames.contains(name) else { throw PoolSearchError.unknownParameter(name) }
            guard seen.insert(name).inserted else { throw PoolSearchError.repeatedParameter(name) }
            switch name {
            case "skill": skill = SkillCode(value)
            case "minLevel":
                guard let number = Int(value), let level = SkillLevel(rawValue: number) else {
                    throw PoolSearchError.invalidLevel(value)
                }
                minimumLevel = level
            case "family":
                guard let family = SkillFamily(rawValue: value) else { throw PoolSearchError.unknownFamily(value) }
                self.family = family
            case "departement": departement = try Departement(value, field: name)
            case "availableFrom": availableFrom = try LocalDate(parsing: value, field: name)
            case "availableUntil": availableUntil = try LocalDate(parsing: value, field: name)
            case "cursor": cursor = value
            default:
                guard let limit = Int(value) else { throw PoolSearchError.limitOutOfRange(value) }
                self.limit = limit
            }
        }
        self = try validated(taxonomy: taxonomy)
    }

    /// The criteria, or the first rule they break.
    /// - Throws: ``PoolSearchError``.
    public func validated(taxonomy: SkillTaxonomy = .standard) throws -> PoolSearch {
        if let skill, !taxonomy.contains(skill) { throw PoolSearchError.unknownSkill(skill) }
        guard (1...Self.maximumLimit).contains(limit) else { throw PoolSearchError.limitOutOfRange(String(limit)) }
        if let availableFrom, let availableUntil, availableUntil < availableFrom {
            throw PoolSearchError.periodReversed(from: availableFrom, until: availableUntil)
        }
        return self
    }
}
