/// What an application listing asks for: every criterion is optional and all of them must
/// hold, inside the caller's ``ApplicationScope``. The order is fixed: oldest due first.
///
/// Built from the query of `GET /v1/applications` by ``init(parameters:allowed:)``, which names
/// the offending parameter in its errors.
public struct ApplicationSearch: Hashable, Sendable {
    /// The page size when none is asked.
    public static let defaultLimit = 20
    /// The page sizes accepted.
    public static let limits = 1...100
    /// The query parameters understood, in the order the documentation lists them.
    public static let parameterNames = ["mission", "status", "overdue", "limit", "cursor"]

    /// Only the applications to this mission.
    public var missionID: MissionID?
    /// Only applications in one of these statuses; every status when empty.
    public var statuses: Set<ApplicationStatus>
    /// `true`: only the overdue ones (awaiting an answer past their due date); `false`: only
    /// the others; nil: both.
    public var overdue: Bool?
    /// The page size, in ``limits``.
    public var limit: Int
    /// Where the previous page ended: the opaque `nextCursor` it returned.
    public var cursor: String?

    /// Creates criteria; ``validated()`` checks them.
    public init(
        missionID: MissionID? = nil, statuses: Set<ApplicationStatus> = [], overdue: Bool? = nil,
        limit: Int = defaultLimit, cursor: String? = nil
    ) {
        self.missionID = missionID
        self.statuses = statuses
        self.overdue = overdue
        self.limit = limit
        self.cursor = cursor
    }

    /// Parses and validates query parameters (already percent-decoded). `status` takes several
    /// values (repeated, or separated by commas); the others one each.
    /// - Parameter allowed: the parameters this listing accepts (a mission's own listing has
    ///   no `mission`); any other is an unknown parameter.
    /// - Throws: ``UnknownValueError`` or ``ApplicationSearchError`` naming the parameter.
    public init(
        parameters: some Sequence<(name: String, value: String)>,
        allowed: [String] = parameterNames
    ) throws {
        self.init()
        var seen: Set<String> = []
        for (name, value) in parameters {
            guard allowed.contains(name) else { throw UnknownValueError(field: name, value: name, allowed: allowed) }
            guard seen.insert(name).inserted || name == "status" else {
                throw ApplicationSearchError.repeatedParameter(name)
            }
            switch name {
            case "mission":
                guard let id = MissionID(value), id.rawValue > 0 else {
                    throw ApplicationSearchError.notAnIdentifier(parameter: name, text: value)
                }
                missionID = id
            case "status":
                for code in value.split(separator: ",", omittingEmptySubsequences: false) {
                    guard let status = ApplicationStatus(rawValue: String(code)) else {
                        throw UnknownValueError(field: name, value: String(code), of: ApplicationStatus.self)
                    }
                    statuses.insert(status)
                }
            case "overdue":
                switch value {
                case "true": overdue = true
                case "false": overdue = false
                default: throw ApplicationSearchError.notABoolean(parameter: name, text: value)
                }
            case "limit":
                guard let limit = Int(value) else { throw ApplicationSearchError.limitOutOfRange(value) }
                self.limit = limit
            default:
                cursor = value
            }
        }
        self = try validated()
    }

    /// The criteria, or the first rule they break.
    /// - Throws: ``ApplicationSearchError/limitOutOfRange(_:)``.
    public func validated() throws -> ApplicationSearch {
        guard Self.limits.contains(limit) else { throw ApplicationSearchError.limitOutOfRange(String(limit)) }
        return self
    }
}
