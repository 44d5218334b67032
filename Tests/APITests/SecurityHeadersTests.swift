import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The header fields of every answer (issue 15) on the real binary: `Referrer-Policy`,
/// `nosniff`, `no-store` but for the public documents, HSTS over https only.
@Suite struct SecurityHeadersTests {
    @Test func everyAnswerCarriesTheSecurityHeadersAndNoneIsStoredButPublicDocuments() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let id = try world.publishedMission()
        let browser = WebBrowser(world.server)
        let answers: [(String, HTTPClient.Response)] = [
            ("page", try browser.get("/")),
            ("sign-in link page", try browser.get("/connexion/lien?jeton=\(String(repeating: "a", count: 43))")),
            ("redirect", try browser.get("/mes-candidatures")),
            ("health", try world.send("GET", "/health", as: nil)),
            ("me", try world.send("GET", "/v1/me", as: "talent1")),
            ("resource", try world.send("GET", "/v1/missions/\(id)", as: "owner")),
            ("401", try world.send("GET", "/v1/me", as: nil)),
            ("404", try world.send("GET", "/v1/nothing-here", as: "owner")),
            ("400", try world.send("POST", "/v1/missions", as: "owner", json: #"{"title":""}"#)),
            ("diploma", try world.send("GET", "/badges/assertions/unknown", as: nil))
        ]
        #expect(answers.map(\.1.status) == [200, 200, 303, 200, 200, 200, 401, 404, 400, 404])
        for (name, answer) in answers {
            #expect(answer.headers["referrer-policy"] == "no-referrer", "\(name)")
            #expect(answer.headers["x-content-type-options"] == "nosniff", "\(name)")
            #expect(answer.headers["cache-control"] == "no-store", "\(name)")
            #expect(answer.headers["strict-transport-security"] == nil, "\(name): plain http base URL")
        }
        // `no-store` does not take the ETag away: `If-Match` still needs it.
        #expect(answers[5].1.headers["etag"] == "\"3\"")

        // Public documents that name nobody stay cacheable; the hashed assets for a year.
        for path in ["/openapi.yaml", "/badges/issuer", "/badges/classes/ux-improvement"] {
            let document = try world.send("GET", path, as: nil)
            #expect(document.status == 200, "\(path)")
            #expect(document.headers["cache-control"] == "public, max-age=3600", "\(path)")
            #expect(document.headers["x-content-type-options"] == "nosniff", "\(path)")
            #expect(document.headers["referrer-policy"] == "no-referrer", "\(path)")
        }
        let home = answers[0].1.text
        let stylesheet = try #require(
            home.range(of: "/assets/talents-").map { range in
                String(home[range.lowerBound...].prefix { $0 != "\"" })
            })
        #expect(try browser.get(stylesheet).headers["cache-control"] == "public, max-age=31536000, immutable")
    }

    @Test func strictTransportSecurityOnlyWhenTheBaseURLIsHTTPS() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let server = try APIServerProcess(
            database: directory.path("talents.sqlite"),
            environment: ["TALENTS_BASE_URL": "https://talents.example.gouv.fr"])
        defer { server.stop() }
        for path in ["/health", "/connexion", "/v1/me", "/openapi.yaml"] {
            let answer = try server.send("GET", path)
            #expect(answer.headers["strict-transport-security"] == "max-age=31536000; includeSubDomains", "\(path)")
            #expect(answer.headers["referrer-policy"] == "no-referrer", "\(path)")
        }
    }
}
