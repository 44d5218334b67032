/// The expected status of every operation of the API for every persona, checked against the
/// real binary on the demo data by ``AuthorizationMatrixTests``.
///
/// To cover a new route, add a row: the method and the path template exactly as declared in
/// `APIRoutes` (a route without a row fails `everyDeclaredRouteHasARow`), the concrete
/// request, and six statuses in the order of ``Persona``. A row whose request depends on the
/// data (a mission of the owner persona, the current ETag) builds it in its `request` closure,
/// which runs just before each persona's call: `fixture.member(.missionOwner).id`,
/// `fixture.sql("SELECT …")`, `fixture.server.send(…)`. Rows run in order, personas from
/// anonymous to operator, so a change only the operator may make happens last. An operation may
/// have several rows (e.g. a draft and a published mission). The rows of an area may live in
/// their own file (`AuthorizationMatrix+Talents.swift`), appended to ``rows``.
enum AuthorizationMatrix {
    static let rows: [AccessRow] =
        [
            //                                                          none  talent owner  manager referent operator
            // MARK: Operations and reference data
            .row("GET", "/health", expect: [200, 200, 200, 200, 200, 200]),
            .row("GET", "/openapi.yaml", expect: [200, 200, 200, 200, 200, 200]),
            .row("GET", "/metrics", expect: [200, 200, 200, 200, 200, 200]),
            .row("GET", "/v1/skills", expect: [200, 200, 200, 200, 200, 200]),
            .row("GET", "/v1/me", expect: [401, 200, 200, 200, 200, 200]),

            // MARK: Administrations
            .row("GET", "/v1/administrations", expect: [401, 200, 200, 200, 200, 200]),
            .row("GET", "/v1/administrations/tree", expect: [401, 200, 200, 200, 200, 200]),
            .row(
                "GET", "/v1/administrations/{id}", path: "/v1/administrations/1",
                expect: [401, 200, 200, 200, 200, 200]),
            .row(
                "GET", "/v1/administrations/{id}", path: "/v1/administrations/999999",
                expect: [401, 404, 404, 404, 404, 404]),
            .row(
                "POST", "/v1/administrations",
                json:
                    #"{"name":"Ministère de la matrice","acronym":"MATRIX","level":"ministry","publicService":"state"}"#,
                expect: [401, 403, 403, 403, 403, 201]),

            // MARK: Personal data: one's own, anyone's for the operator
            .row("GET", "/v1/me/personal-data", expect: [401, 200, 200, 200, 200, 200]),
            // the talent persona's own, which only they and the operator may read
            .row("GET", "/v1/users/{id}/personal-data", expect: [401, 200, 403, 403, 403, 200]) { fixture, _ in
                .init(path: "/v1/users/\(fixture.member(.talent).id)/personal-data")
            },
            .row(
                "GET", "/v1/users/{id}/personal-data", path: "/v1/users/999999/personal-data",
                expect: [401, 403, 403, 403, 403, 404]),

            // MARK: Audit
            .row("GET", "/v1/audit", expect: [401, 403, 403, 403, 403, 200]),
            .row(
                "GET", "/v1/audit", path: "/v1/audit?subjectType=administration&subjectID=1",
                expect: [401, 403, 403, 403, 403, 200])
        ] + talentRows + missionRows + applicationRows + agreementRows + notificationRows + visMonJobRows
        + recognitionRows + matchingRows + userRows + documentRows + questionRows + accountClosureRows
}

/// One row of the matrix: an operation, how to call it, and the status each persona gets.
struct AccessRow: Sendable {
    /// What a persona sends: the concrete path (query included), JSON content, extra headers.
    struct Probe {
        var path: String
        var json: String?
        var headers: [String: String] = [:]
    }

    let operation: Operation
    /// The expected status of each persona.
    let expected: [Persona: Int]
    /// Builds the request of one persona, just before it is sent.
    let request: @Sendable (DemoFixture, Persona) throws -> Probe

    /// A row whose request is the same for everyone; `path` defaults to the template itself.
    /// `expect` lists the statuses of: none, talent, mission-owner, line-manager, referent, operator.
    static func row(
        _ method: String, _ template: String, path: String? = nil, json: String? = nil,
        headers: [String: String] = [:], expect: [Int]
    ) -> AccessRow {
        row(method, template, expect: expect) { _, _ in Probe(path: path ?? template, json: json, headers: headers) }
    }

    /// A row whose request depends on the data or on the persona.
    static func row(
        _ method: String, _ template: String, expect: [Int],
        request: @escaping @Sendable (DemoFixture, Persona) throws -> Probe
    ) -> AccessRow {
        precondition(
            expect.count == Persona.allCases.count,
            "\(method) \(template): one status per persona (\(Persona.allCases.map(\.rawValue)))")
        return AccessRow(
            operation: Operation(method, template),
            expected: Dictionary(uniqueKeysWithValues: zip(Persona.allCases, expect)), request: request)
    }
}
