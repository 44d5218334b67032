import Foundation
import Testing

@testable import AppTestSupport

/// The web matrix (``WebAccessMatrix``) against the real `talents-api` on the demo data: one
/// browser per persona, signed in by the e-mailed link, sends every row.
@Suite struct WebAccessMatrixTests {
    @Test func everyPageRouteHasARow() throws {
        let covered = Set(WebAccessMatrix.rows.map(\.operation))
        // the stylesheets, fonts and icons are files, the same for everyone
        let pages = try DeclaredRoutes.pages().filter { !$0.path.hasPrefix("/assets/") }
        let missing = pages.subtracting(covered).sorted()
        #expect(missing.isEmpty, "page routes without a row in WebAccessMatrix: \(missing)")
        let unknown = covered.subtracting(pages).sorted()
        #expect(unknown.isEmpty, "rows of no page route: \(unknown)")
    }

    @Test func everyPersonaGetsWhatTheMatrixSays() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        var browsers: [Persona: WebBrowser] = [:]
        for persona in Persona.allCases {
            let browser = WebBrowser(fixture.server)
            if persona != .anonymous { try browser.signIn(fixture.member(persona).email, database: fixture.database) }
            browsers[persona] = browser
        }
        for row in WebAccessMatrix.rows {
            for persona in Persona.allCases {
                guard let expected = row.expected[persona], let browser = browsers[persona] else { continue }
                let probe = try row.request(fixture, persona)
                let label = "\(row.operation) as \(persona) (\(probe.path))"
                if row.operation.method == "GET" {
                    let response = try browser.get(probe.path)
                    #expect(response.status == expected, "\(label): \(response.status)")
                    check(response, expected: expected, label: label)
                } else {
                    // a page of the site first, for the session's CSRF token
                    try browser.get(persona == .anonymous ? "/connexion" : "/mon-espace")
                    let before = try fixture.sql("SELECT count(*) FROM audit_events")
                    let response = try browser.post(probe.path, probe.fields)
                    #expect(response.status == expected, "\(label): \(response.status)")
                    check(response, expected: expected, label: label)
                    if expected >= 300 {
                        let after = try fixture.sql("SELECT count(*) FROM audit_events")
                        #expect(after == before, "\(label) was refused but audited")
                    }
                }
            }
        }
    }

    /// A refusal is the site's French page (403, 404) or the way to sign in (303).
    private func check(_ response: HTTPClient.Response, expected: Int, label: String) {
        let page = response.text
        switch (expected, response.status) {
        case (303, 303):
            let location = response.headers["location"] ?? ""
            #expect(location.hasPrefix("/connexion"), "\(label) leads to sign-in, not \(location)")
        case (403, 403):
            let refusal = page.contains("<h1>Accès refusé</h1>")
            #expect(refusal, "\(label) shows the French refusal")
        case (404, 404):
            let notFound = page.contains("<h1>Page introuvable</h1>") || page.contains("<h1>Lien inconnu</h1>")
            #expect(notFound, "\(label) shows the French 404")
        default:
            break
        }
    }
}
