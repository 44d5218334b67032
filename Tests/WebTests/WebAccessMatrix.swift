import Foundation

@testable import AppTestSupport

/// Who may use each page and each form of the web front, checked against the real server on the
/// demo data by ``WebAccessMatrixTests`` — the web's counterpart of the API's
/// ``AuthorizationMatrix``, since the pages call the same use cases but decide nothing.
///
/// A GET row expects the page (200) for the personas allowed, the sign-in redirect for an
/// anonymous visitor not allowed, and the French "Accès refusé" page (403) for every other
/// persona. A POST row sends the form, with a valid CSRF token, as each persona NOT allowed (the
/// allowed ones would change the data; their journeys test them): the sign-in redirect for the
/// anonymous visitor, 403 for the others, and no audit event either way. A row whose refusal is
/// not a 403 (a record that does not exist for that persona answers 404) lists its statuses
/// with `expect:`. Every page route must have a row (`everyPageRouteHasARow`); an area keeps its
/// rows in its own file (`WebAccessMatrix+Talent.swift`), appended to ``rows``.
enum WebAccessMatrix {
    static let rows: [WebAccessRow] =
        publicRows + spaceRows + engagementRows + ownerRows + visMonJobRows + talentRows + referentRows
        + operatorRows + visMonJobConsoleRows + ownerChoiceRows + agendaRows + proposalRows + documentRows
        + questionRows
        + accountClosureRows  // last: closing an account ends the persona's session
}

/// What one persona sends: the concrete path (query included) and the form's fields (the CSRF
/// token is added by the browser).
struct WebProbe {
    var path: String
    var fields: [(String, String)] = []
}

/// One row of the web matrix: a page or a form, how to reach it, and each persona's status
/// (none for a persona a POST row does not send).
struct WebAccessRow: Sendable {
    let operation: AppTestSupport.Operation
    let expected: [Persona: Int]
    let request: @Sendable (DemoFixture, Persona) throws -> WebProbe

    /// A page: 200 for `allowed`, the sign-in redirect (303) for the anonymous visitor otherwise,
    /// 403 for the others.
    static func get(
        _ template: String, path: String? = nil, allowed: Set<Persona>,
        request: (@Sendable (DemoFixture, Persona) throws -> WebProbe)? = nil
    ) -> WebAccessRow {
        let expected = Dictionary(
            uniqueKeysWithValues: Persona.allCases.map { persona in
                (persona, allowed.contains(persona) ? 200 : persona == .anonymous ? 303 : 403)
            })
        return WebAccessRow(
            operation: AppTestSupport.Operation("GET", template), expected: expected,
            request: request ?? { _, _ in WebProbe(path: path ?? template) })
    }

    /// A form, sent by each persona not `allowed`: the sign-in redirect (303) for the anonymous
    /// visitor, 403 for the others.
    static func post(
        _ template: String, path: String? = nil, fields: [(String, String)] = [], allowed: Set<Persona>,
        request: (@Sendable (DemoFixture, Persona) throws -> WebProbe)? = nil
    ) -> WebAccessRow {
        var expected: [Persona: Int] = [:]
        for persona in Persona.allCases where !allowed.contains(persona) {
            expected[persona] = persona == .anonymous ? 303 : 403
        }
        let fixed = WebProbe(path: path ?? template, fields: fields)
        return WebAccessRow(
            operation: AppTestSupport.Operation("POST", template), expected: expected,
            request: request ?? { _, _ in fixed })
    }

    /// A row with explicit statuses, in the order of ``Persona`` (none, talent, mission-owner,
    /// line-manager, referent, operator); nil: that persona is not sent (a POST it may make).
    static func row(
        _ method: String, _ template: String, expect: [Int?],
        request: @escaping @Sendable (DemoFixture, Persona) throws -> WebProbe
    ) -> WebAccessRow {
        precondition(expect.count == Persona.allCases.count, "\(method) \(template): one status per persona")
        var expected: [Persona: Int] = [:]
        for (persona, status) in zip(Persona.allCases, expect) { expected[persona] = status }
        return WebAccessRow(operation: AppTestSupport.Operation(method, template), expected: expected, request: request)
    }
}

extension Set<Persona> {
    /// Every persona, signed in or not.
    static let everyone = Set(Persona.allCases)
    /// Every signed-in persona.
    static let signedIn = Set(Persona.allCases).subtracting([.anonymous])
}
