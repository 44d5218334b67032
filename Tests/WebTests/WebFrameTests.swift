import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The frame of every page on the real binary (issue 17): the State design system's files served
/// under their version with a year of caching, the mandatory pages with the operator's settings
/// and files, the French 404 for browsers (problem+json for the API and other clients), and the
/// menu of each role.
@Suite struct WebFrameTests {
    static let immutable = "public, max-age=31536000, immutable"

    @Test func theDesignSystemIsServedUnderItsVersionAndCachedForAYear() throws {
        let world = try ApplicationWorld(talents: 0)
        defer { world.close() }
        let browser = WebBrowser(world.server)
        let home = try browser.get("/").text
        let prefix = "/assets/dsfr-1.14.4/"
        #expect(home.contains("href=\"\(prefix)dsfr/dsfr.min.css\""))
        #expect(home.contains("<p class=\"fr-logo\">République<br>Française</p>"))
        #expect(home.contains("Partagez vos talents numériques") && home.contains("fr-header__service-tagline"))
        for (path, type) in [
            ("dsfr/dsfr.min.css", "text/css; charset=utf-8"), ("fonts/Marianne-Regular.woff2", "font/woff2"),
            ("fonts/Spectral-Regular.woff2", "font/woff2"), ("icons/system/fr--info-fill.svg", "image/svg+xml"),
            ("favicon/favicon.svg", "image/svg+xml")
        ] {
            let response = try browser.get(prefix + path)
            #expect(response.status == 200, "\(path)")
            #expect(response.headers["content-type"] == type, "\(path)")
            #expect(response.headers["cache-control"] == Self.immutable, "\(path)")
        }
        let css = try browser.get(prefix + "dsfr/dsfr.min.css").text
        #expect(css.contains("DSFR v1.14.4"))
        // Every file the stylesheet refers to is served (fonts in woff2; the woff fallbacks are not shipped).
        let references = Set(
            css.matches(of: try Regex(#"url\(\.\./([^)"']+)\)"#)).compactMap { $0.output[1].substring.map(String.init) }
        )
        #expect(references.count > 50)
        for reference in references where !reference.hasSuffix(".woff") {
            #expect(try browser.get(prefix + reference).status == 200, "\(reference)")
        }
        for missing in ["dsfr/dsfr.module.min.js", "dsfr/README.md", "icons/system/nothing.svg", "../LICENSE.md"] {
            #expect(try browser.get(prefix + missing).status == 404, "\(missing)")
        }
    }

    @Test func theMandatoryPagesAreLinkedFromEveryPageWithTheBuiltInText() throws {
        let world = try ApplicationWorld(talents: 0)
        defer { world.close() }
        let browser = WebBrowser(world.server)
        for path in ["/", "/missions", "/connexion", "/plan-du-site"] {
            let text = try browser.get(path).text
            for link in ["/mentions-legales", "/donnees-personnelles", "/accessibilite", "/plan-du-site"] {
                #expect(text.contains("href=\"\(link)\""), "\(path) links \(link)")
            }
            #expect(text.contains(">Accessibilité : non conforme</a>"), "\(path)")
        }
        let pages = [
            ("/mentions-legales", "Directeur de la publication"),
            ("/donnees-personnelles", "mission d’intérêt public"),
            ("/accessibilite", "Défenseur des droits"),
            ("/plan-du-site", "href=\"/missions\"")
        ]
        for (path, content) in pages {
            let page = try browser.get(path)
            #expect(page.status == 200 && page.headers["content-type"] == "text/html; charset=utf-8", "\(path)")
            #expect(page.text.contains(content), "\(path)")
        }
        let declaration = try browser.get("/accessibilite").text
        for section in [
            "État de conformité", "Contenus non accessibles", "Établissement de cette déclaration",
            "Retour d'information et contact", "Voies de recours", "<strong>non conforme</strong>"
        ] {
            #expect(declaration.contains(section), "\(section)")
        }
        #expect(try browser.get("/donnees-personnelles").text.contains("TALENTS_DPO_CONTACT"))
        try WebAccessibility.expectNoViolations(
            [
                "/mentions-legales", "/donnees-personnelles", "/accessibilite",
                "/plan-du-site", "/page-qui-n-existe-pas"
            ], browser: browser)
    }

    @Test func anOperatorAdaptsTheLegalPagesWithoutARebuild() throws {
        let world = try ApplicationWorld(talents: 0)
        defer { world.close() }
        let folder = try TemporaryDirectory()
        defer { folder.remove() }
        try Data("<h2>Hébergeur</h2><p>Hébergé par l'opérateur X, à Paris.</p>".utf8)
            .write(to: URL(fileURLWithPath: folder.path("mentions-legales.html")))
        let server = try APIServerProcess(
            database: world.database,
            environment: [
                "TALENTS_LEGAL_DIR": folder.url.path, "TALENTS_ACCESSIBILITY_STATUS": "partiellement",
                "TALENTS_DPO_CONTACT": "dpd@numerique.gouv.fr", "TALENTS_CONTACT": "talents@numerique.gouv.fr",
                "TALENTS_CLOCK_FILE": world.clockFile
            ])
        defer { server.stop() }
        let browser = WebBrowser(server)
        let notice = try browser.get("/mentions-legales").text
        #expect(
            notice.contains("Hébergé par l'opérateur X, à Paris.") && !notice.contains("Directeur de la publication"))
        #expect(notice.contains("<h1>Mentions légales</h1>"))
        #expect(try browser.get("/").text.contains(">Accessibilité : partiellement conforme</a>"))
        let declaration = try browser.get("/accessibilite").text
        #expect(
            declaration.contains("<strong>partiellement conforme</strong>")
                && declaration.contains("talents@numerique.gouv.fr"))
        #expect(try browser.get("/donnees-personnelles").text.contains("dpd@numerique.gouv.fr"))
        // The file is read at each request: an edit shows at once.
        try Data("<p>Version du 8 décembre.</p>".utf8).write(
            to: URL(fileURLWithPath: folder.path("mentions-legales.html")))
        #expect(try browser.get("/mentions-legales").text.contains("Version du 8 décembre."))
        // A status outside the three the law names stops the server at start.
        let refused = try Subprocess.run("talents-api", ["--accessibility-status", "conforme", "--print-configuration"])
        #expect(refused.status != 0 && refused.errorOutput.contains("totalement, partiellement, non"))
    }

    @Test func aBrowserGetsAFrenchPageForAnUnknownAddressAndTheAPIAProblem() throws {
        let world = try ApplicationWorld(talents: 0)
        defer { world.close() }
        let html = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
        let page = try world.server.send("GET", "/cette-page-n-existe-pas", headers: ["Accept": html])
        #expect(page.status == 404 && page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(
            page.text.contains("<h1>Page introuvable</h1>") && page.text.contains("class=\"fr-header\"")
                && page.text.contains("href=\"/accessibilite\""))
        #expect(page.headers["cache-control"] == "no-store")
        for (path, accept) in [
            ("/v1/nothing", html), ("/v1", html), ("/cette-page-n-existe-pas", "application/json"),
            ("/cette-page-n-existe-pas", nil)
        ] {
            let response = try world.server.send("GET", path, headers: accept.map { ["Accept": $0] } ?? [:])
            #expect(
                response.status == 404 && response.headers["content-type"] == "application/problem+json",
                "\(path) \(accept ?? "-")")
        }
    }

    @Test func theMenuShowsWhatEachRoleMayUse() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        for (name, role) in [("manager", "line-manager"), ("referent", "referent")] {
            try world.admin(
                "users", "add", "--name", "Personne \(name)", "--email", "\(name)@numerique.gouv.fr",
                "--role", role, "--administration", "MINESSAI")
        }
        let personal = [
            "/mon-espace", "/mes-candidatures", "/mes-conventions", "/mon-profil", "/mes-distinctions",
            "/espace-responsable/missions", "/espace-responsable/candidatures", "/console"
        ]
        let expected: [(String?, Set<String>)] = [
            (nil, []),
            ("talent1", ["/mon-espace", "/mes-candidatures", "/mes-conventions", "/mon-profil", "/mes-distinctions"]),
            (
                "owner",
                ["/mon-espace", "/mes-conventions", "/espace-responsable/missions", "/espace-responsable/candidatures"]
            ),
            ("manager", ["/mon-espace", "/mes-conventions"]),
            ("referent", ["/mon-espace", "/mes-conventions"]),
            ("operator", ["/mon-espace", "/espace-responsable/candidatures", "/console"])
        ]
        for (name, links) in expected {
            let browser = WebBrowser(world.server)
            if let name { try browser.signIn("\(name)@numerique.gouv.fr", database: world.database) }
            let text = try browser.get("/missions").text
            let header = String(text[..<(text.range(of: "</header>")?.lowerBound ?? text.endIndex)])
            let shown = Set(personal.filter { header.contains("href=\"\($0)\"") })
            #expect(shown == links, "\(name ?? "visitor")")
            for open in ["/missions", "/a-l-honneur", "/vis-mon-job"] {
                #expect(header.contains("href=\"\(open)\""), "\(name ?? "visitor") \(open)")
            }
            #expect(header.contains("href=\"/missions\" aria-current=\"page\""))
            #expect(header.contains(name == nil ? "href=\"/connexion\"" : "Se déconnecter (Personne \(name!))"))
            // The phone menu is a <details> holding the same links: no script needed.
            #expect(header.contains("<details class=\"talents-menu-phone\">") && !text.contains("<script"))
        }
    }
}
