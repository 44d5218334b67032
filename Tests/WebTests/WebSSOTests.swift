import Foundation
import Support
import Testing

@testable import AppTestSupport
@testable import talents_api

/// Single sign-on through a trusted proxy: the identity header is believed only from a
/// configured proxy address (the tests' client connects from 127.0.0.1), and opens one audited
/// session whose cookie the browser keeps.
@Suite struct WebSSOTests {
    static let talent = "talent1@numerique.gouv.fr"
    /// Where a signed-out reader of /mes-candidatures is sent: sign-in, then back.
    static let signIn = "/connexion?retour=%2Fmes-candidatures"

    @Test func theHeaderFromAConfiguredProxyOpensOneAuditedSession() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let server = try APIServerProcess(
            database: world.database,
            environment: [
                "TALENTS_CLOCK_FILE": world.clockFile, "TALENTS_SSO_PROXY_ADDRESSES": "10.1.2.3, 127.0.0.1"
            ])
        defer { server.stop() }
        let first = try Self.get(server, "/mes-candidatures", ["X-Forwarded-Email": Self.talent])
        #expect(first.status == 200 && first.text.contains("Se déconnecter (Personne talent1)"))
        let cookie = try #require(first.headers["set-cookie"])
        #expect(cookie.hasPrefix("talents_session=") && cookie.contains("HttpOnly") && cookie.contains("Max-Age=43200"))
        let actions = try world.sql(
            "SELECT group_concat(action) FROM (SELECT action FROM audit_events WHERE action LIKE 'web.%' ORDER BY id)")
        #expect(actions == "web.sign-in.proxy,web.session.opened")
        #expect(
            try world.sql("SELECT details FROM audit_events WHERE action = 'web.sign-in.proxy'").contains("127.0.0.1"))

        // The browser's cookie carries the session: no second one while the header agrees.
        let session = String(cookie.prefix { $0 != ";" })
        let again = try Self.get(server, "/mes-candidatures", ["X-Forwarded-Email": Self.talent, "Cookie": session])
        #expect(again.status == 200 && again.headers["set-cookie"]?.hasPrefix("talents_session=") != true)
        #expect(try world.sql("SELECT count(*) FROM web_sessions") == "1")

        // The proxy now names somebody else: that person's session replaces the old one.
        let owner = try Self.get(
            server, "/espace-responsable/missions",
            ["X-Forwarded-Email": "OWNER@numerique.gouv.fr", "Cookie": session])
        #expect(owner.status == 200 && owner.text.contains("Se déconnecter (Personne owner)"))
        #expect(try world.sql("SELECT count(*) || '|' || count(ended_at) FROM web_sessions") == "2|1")

        // No account, a repeated header or none at all: nobody is signed in by the proxy.
        for headers in [
            ["X-Forwarded-Email": "inconnu@numerique.gouv.fr"], ["X-Forwarded-Email": "pas une adresse"],
            [:]
        ] {
            #expect(try Self.get(server, "/mes-candidatures", headers).headers["location"] == Self.signIn, "\(headers)")
        }
        let repeated = try HTTPClient.send(
            "GET", server.baseURL + "/mes-candidatures",
            headers: ["X-Forwarded-Email": "\(Self.talent)\r\nX-Forwarded-Email: \(Self.talent)"])
        #expect(repeated.headers["location"] == Self.signIn)
        #expect(try world.sql("SELECT count(*) FROM web_sessions") == "2")

        // A form works with the session the proxy opened (the CSRF token derives from it).
        let id = try world.publishedMission()
        let page = try Self.get(server, "/missions/\(id)", ["X-Forwarded-Email": Self.talent])
        let talentCookie = String(try #require(page.headers["set-cookie"]).prefix { $0 != ";" })
        let token = try #require(page.text.firstMatch(of: /name="csrf" value="([^"]+)"/)?.1)
        let applied = try HTTPClient.send(
            "POST", server.baseURL + "/missions/\(id)/candidature",
            headers: [
                "X-Forwarded-Email": Self.talent, "Cookie": talentCookie,
                "Content-Type": "application/x-www-form-urlencoded"
            ],
            body: Data("csrf=\(WebBrowser.encode(String(token)))&motivation=Disponible".utf8))
        #expect(applied.status == 303 && applied.headers["location"] == "/missions/\(id)#candidature")
        #expect(try world.sql("SELECT count(*) FROM applications") == "1")
    }

    @Test func theHeaderIsIgnoredFromAPeerNotListedOrWhenNotConfigured() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        // The world's server has no proxy configured.
        #expect(
            try Self.get(world.server, "/mes-candidatures", ["X-Forwarded-Email": Self.talent]).headers["location"]
                == Self.signIn)
        // Configured, but the tests' client (127.0.0.1) is not the proxy.
        let elsewhere = try APIServerProcess(
            database: world.database,
            environment: [
                "TALENTS_CLOCK_FILE": world.clockFile, "TALENTS_SSO_PROXY_ADDRESSES": "10.1.2.3,::1"
            ])
        defer { elsewhere.stop() }
        let refused = try Self.get(elsewhere, "/mes-candidatures", ["X-Forwarded-Email": Self.talent])
        #expect(refused.headers["location"] == Self.signIn && refused.headers["set-cookie"] == nil)
        // A configured header name replaces the default one, which is then ignored.
        let renamed = try APIServerProcess(
            database: world.database,
            environment: [
                "TALENTS_CLOCK_FILE": world.clockFile, "TALENTS_SSO_PROXY_ADDRESSES": "127.0.0.1",
                "TALENTS_SSO_HEADER": "X-Auth-Request-Email"
            ])
        defer { renamed.stop() }
        #expect(
            try Self.get(renamed, "/mes-candidatures", ["X-Forwarded-Email": Self.talent]).headers["location"]
                == Self.signIn)
        #expect(try world.sql("SELECT count(*) FROM web_sessions") == "0")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action LIKE 'web.%'") == "0")
        let signedIn = try Self.get(renamed, "/mes-candidatures", ["X-Auth-Request-Email": Self.talent])
        #expect(signedIn.status == 200 && signedIn.text.contains("Personne talent1"))
    }

    @Test func settingsAreReadStrictly() {
        #expect(
            ValueParser<Set<String>>.proxyAddresses.parse("127.0.0.1, 0:0::1,::ffff:10.0.0.1") == [
                "127.0.0.1", "::1", "10.0.0.1"
            ])
        for bad in ["", "proxy.example.org", "127.0.0.1,", "10.0.0.0/8", "127.0.0.1,nope"] {
            #expect(ValueParser<Set<String>>.proxyAddresses.parse(bad) == nil, "\(bad)")
        }
        #expect(ValueParser<String>.headerName.parse("X-Auth-Request-Email") == "X-Auth-Request-Email")
        for bad in ["", "X Email", "X-Email:", "Été"] {
            #expect(ValueParser<String>.headerName.parse(bad) == nil, "\(bad)")
        }
    }

    private static func get(
        _ server: APIServerProcess, _ path: String,
        _ headers: [String: String]
    ) throws -> HTTPClient.Response {
        try HTTPClient.send("GET", server.baseURL + path, headers: headers)
    }
}
