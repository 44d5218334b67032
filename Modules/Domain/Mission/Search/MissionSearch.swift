/// The criteria of a mission listing: filters (all must hold; the values of one multi-valued
/// filter are alternatives), an optional full-text search, the order and the page.
public struct MissionSearch: Hashable, Sendable {
    /// The page size when none is asked for.
    public static let defaultLimit = 20
    /// The page sizes one may ask for.
    public static let limits = 1...100

    /// Missions of one of these natures (any when empty).
    public var natures: Set<MissionNature>
    /// Missions requiring one of these skills (any when empty).
    public var skills: Set<SkillCode>
    /// Missions requiring a skill of one of these families (any when empty).
    public var families: Set<SkillFamily>
    /// Missions of this administration or of one under it.
    public var ministry: AdministrationID?
    /// Missions located in this département.
    public var departement: Departement?
    /// Missions that can (true) or cannot (false) be done remotely.
    public var remote: Bool?
    /// Missions of at least this many hours.
    public var effortMin: Int?
    /// Missions of at most this many hours.
    public var effortMax: Int?
    /// Missions whose window starts on or after this date.
    public var startsAfter: LocalDate?
    /// Missions whose window ends on or before this date.
    public var endsBefore: LocalDate?
    /// Crisis missions (true) or the others (false).
    public var crisis: Bool?
    /// Missions in one of these states (any visible state when empty).
    public var states: Set<MissionState>
    /// Only the caller's own missions.
    public var mine: Bool
    /// The full-text search, if any.
    public var text: MissionTextQuery?
    /// The order asked for; nil for the default (see ``effectiveSort``).
    public var sort: MissionSort?
    /// The page size.
    public var limit: Int
    /// Where the previous page ended, for the next one.
    public var after: MissionSearchPosition?

    /// Creates criteria; by default, every visible mission, newest first, 20 per page.
    public init(
        natures: Set<MissionNature> = [], skills: Set<SkillCode> = [], families: Set<SkillFamily> = [],
        ministry: AdministrationID? = nil, departement: Departement? = nil, remote: Bool? = nil,
        effortMin: Int? = nil, effortMax: Int? = nil, startsAfter: LocalDate? = nil,
        endsBefore: LocalDate? = nil, crisis: Bool? = nil, states: Set<MissionState> = [],
        mine: Bool = false, text: MissionTextQuery? = nil, sort: MissionSort? = nil,
        limit: Int = defaultLimit, after: MissionSearchPosition? = nil
    ) {
        self.natures = natures
        self.skills = skills
        self.families = families
        self.ministry = ministry
        self.departement = departement
        self.remote = remote
        self.effortMin = effortMin
        self.effortMax = effortMax
        self.startsAfter = startsAfter
        self.endsBefore = endsBefore
        self.crisis = crisis
        self.states = states
        self.mine = mine
        self.text = text
        self.sort = sort
        self.limit = limit
        self.after = after
    }

    /// The order applied: the one asked for, else relevance with a search text, else newest first.
    public var effectiveSort: MissionSort {
        sort ?? (text == nil ? .newest : .relevance)
    }

    /// Checks the rules between criteria.
    /// - Throws: ``MissionSearchError``.
    public func validate(taxonomy: SkillTaxonomy = .standard) throws {
        guard Self.limits.contains(limit) else { throw MissionSearchError.limitOutOfRange(limit) }
        if let unknown = skills.sorted().first(where: { !taxonomy.contains($0) }) {
            throw MissionSearchError.unknownSkill(unknown)
        }
        for (parameter, value) in [("effortMin", effortMin), ("effortMax", effortMax)] {
            if let value, value < 0 { throw MissionSearchError.negativeEffort(parameter: parameter, value: value) }
        }
        if let effortMin, let effortMax, effortMin > effortMax {
            throw MissionSearchError.effortRangeReversed(minimum: effortMin, maximum: effortMax)
        }
        if let startsAfter, let endsBefore, startsAfter > endsBefore {
            throw MissionSearchError.dateRangeReversed(startsAfter: startsAfter, endsBefore: endsBefore)
        }
        if effectiveSort.key == .relevance, text == nil { throw MissionSearchError.relevanceWithoutQuery }
        if let after, after.sort != effectiveSort {
            throw MissionSearchError.cursorSortMismatch(cursor: after.sort, request: effectiveSort)
        }
    }
}
