public import Domain

extension MissionSearch {
    /// The query parameters of `GET /v1/missions`, in the order the documentation lists them.
    public static let parameterNames = [
        "q", "nature", "skill", "family", "ministry", "departement", "remote",
        "effortMin", "effortMax", "startsAfter", "endsBefore", "crisis", "state",
        "mine", "sort", "limit", "cursor"
    ]
    /// The parameters that take several values: repeated, or separated by commas.
    public static let multiValuedParameterNames: Set = ["nature", "skill", "family", "state"]

    /// Reads the criteria from query parameters (already percent-decoded). Every parameter is
    /// checked: an unknown name or value, a malformed number, date or boolean, a repeated
    /// single-valued parameter are errors naming the parameter. The rules between criteria are
    /// checked by ``validate(taxonomy:)``.
    /// - Throws: ``UnknownValueError``, ``MissionSearchError`` or ``ValueError``.
    public init(parameters: some Sequence<(name: String, value: String)>) throws {
        var values: [String: [String]] = [:]
        for (name, value) in parameters {
            guard Self.parameterNames.contains(name) else {
                throw UnknownValueError(field: name, value: name, allowed: Self.parameterNames)
            }
            values[name, default: []].append(value)
        }
        for name in Self.parameterNames where values[name, default: []].count > 1 {
            guard Self.multiValuedParameterNames.contains(name) else {
                throw MissionSearchError.repeatedParameter(name)
            }
        }
        func many<T: Hashable>(_ name: String, _ parse: (String) throws -> T) throws -> Set<T> {
            let items = values[name, default: []].flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            return Set(try items.map { try parse(String($0)) })
        }
        func one<T>(_ name: String, _ parse: (String) throws -> T) throws -> T? {
            try values[name]?.first.map(parse)
        }
        self.init(
            natures: try many("nature") { try Self.code($0, MissionNature.self, parameter: "nature") },
            skills: try many("skill") { SkillCode($0) },
            families: try many("family") { try Self.code($0, SkillFamily.self, parameter: "family") },
            ministry: try one("ministry") { AdministrationID(Int64(try Self.integer($0, parameter: "ministry"))) },
            departement: try one("departement") { try Departement($0, field: "departement") },
            remote: try one("remote") { try Self.boolean($0, parameter: "remote") },
            effortMin: try one("effortMin") { Int(try Self.integer($0, parameter: "effortMin")) },
            effortMax: try one("effortMax") { Int(try Self.integer($0, parameter: "effortMax")) },
            startsAfter: try one("startsAfter") { try LocalDate(parsing: $0, field: "startsAfter") },
            endsBefore: try one("endsBefore") { try LocalDate(parsing: $0, field: "endsBefore") },
            crisis: try one("crisis") { try Self.boolean($0, parameter: "crisis") },
            states: try many("state") { text in
                guard let state = MissionState(rawValue: text) else {
                    throw UnknownValueError(field: "state", value: text, allowed: MissionState.allCases.map(\.rawValue))
                }
                return state
            },
            mine: try one("mine") { try Self.boolean($0, parameter: "mine") } ?? false,
            text: try one("q", MissionTextQuery.init),
            sort: try one("sort") { try MissionSort(parameter: $0) },
            limit: try one("limit") { Int(try Self.integer($0, parameter: "limit")) } ?? Self.defaultLimit,
            after: try one("cursor", MissionCursor.position))
    }

    private static func code<T: CaseIterable & RawRepresentable>(
        _ text: String, _ type: T.Type,
        parameter: String
    ) throws -> T
    where T.RawValue == String {
        guard let value = T(rawValue: text) else { throw UnknownValueError(field: parameter, value: text, of: T.self) }
        return value
    }

    /// A whole number of 32 bits, enough for every parameter (ids, hours, page sizes).
    private static func integer(_ text: String, parameter: String) throws -> Int32 {
        guard let value = Int32(text) else { throw MissionSearchError.notAnInteger(parameter: parameter, text: text) }
        return value
    }

    private static func boolean(_ text: String, parameter: String) throws -> Bool {
        switch text {
        case "true": true
        case "false": false
        default: throw MissionSearchError.notABoolean(parameter: parameter, text: text)
        }
    }
}
