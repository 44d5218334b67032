import Foundation
import Testing

@testable import AppTestSupport

/// The web front (issue 11) on the real binary: HTML pages, escaping, sign-in by a one-time
/// link read from the outbox, session cookie, CSRF refusals, and applying through the form.
@Suite struct WebFrontTests {
    static let html = "text/html; charset=utf-8"

    @Test func pagesAnswerFrenchHTMLAndAssetsAreCacheable() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let id = try world.publishedMission()
        let browser = WebBrowser(world.server)
        for path in ["/", "/missions", "/missions?q=accessibilite&remote=true", "/missions/\(id)", "/connexion"] {
            let page = try browser.get(path)
            #expect(page.status == 200, "\(path)")
            #expect(page.headers["content-type"] == Self.html, "\(path)")
            #expect(page.text.contains("<html lang=\"fr\">") && page.text.contains("<main id=\"contenu\""), "\(path)")
        }
        #expect(try browser.get("/missions?q=accessibilite").text.contains("/missions/\(id)\""))
        #expect(try browser.get("/missions/999999").status == 404)
        let home = try browser.get("/").text
        for asset in ["css"] {
            let path = try #require(home.firstMatch(of: try Regex("/assets/[a-z]+-[0-9a-f]{16}\\.\(asset)"))).0
            let response = try browser.get(String(path))
            #expect(response.status == 200)
            #expect(response.headers["cache-control"] == "public, max-age=31536000, immutable")
        }
        #expect(try browser.get("/assets/talents-0000000000000000.css").status == 404)
    }

    @Test func hostileMissionTitlesAreEscaped() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let hostile = "<script>alert('x')</script> & <img src=x onerror=alert(1)>"
        let id = try world.publishedMission(title: hostile)
        let browser = WebBrowser(world.server)
        for path in ["/", "/missions", "/missions/\(id)"] {
            let text = try browser.get(path).text
            #expect(!text.contains("<script>") && !text.contains("<img src=x"), "\(path)")
            #expect(
                text.contains(
                    "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;"),
                "\(path)")
        }
        // A hostile search term is echoed escaped in the form.
        let search = try browser.get("/missions?q=" + WebBrowser.encode("\"><script>x</script>")).text
        #expect(search.contains("value=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;\""))
    }

    @Test func signInByOneTimeLinkOpensASessionAndSignOutEndsIt() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let browser = WebBrowser(world.server)
        try browser.get("/connexion")
        let known = try browser.post("/connexion", [("email", "talent1@numerique.gouv.fr")])
        #expect(known.status == 200)
        try browser.get("/connexion")
        let unknown = try browser.post("/connexion", [("email", "personne@numerique.gouv.fr")])
        // No account enumeration: the same page, apart from the address echoed.
        #expect(unknown.status == 200)
        #expect(
            known.text.replacingOccurrences(of: "talent1@", with: "X@")
                == unknown.text.replacingOccurrences(of: "personne@", with: "X@"))
        try WebBrowser.waitForLinks(world.database, count: 1)
        #expect(try world.sql("SELECT count(*) FROM notification_outbox WHERE kind = 'sign-in-link'") == "1")
        #expect(try world.sql("SELECT count(*) FROM web_sign_in_links") == "1")
        let token = try WebBrowser.newestLinkToken(world.database)
        #expect(try world.sql("SELECT count(*) FROM web_sign_in_links WHERE hex(token_hash) = hex('\(token)')") == "0")

        let confirm = try browser.get("/connexion/lien?jeton=\(token)")
        #expect(confirm.status == 200 && confirm.text.contains("Me connecter"))
        let signedIn = try browser.post("/connexion/lien", [("jeton", token)])
        #expect(signedIn.status == 303)
        #expect(signedIn.headers["location"] == "/mon-espace")
        let cookie = try #require(browser.lastSetCookie)
        #expect(cookie.hasPrefix("talents_session="))
        for attribute in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=43200"] { #expect(cookie.contains(attribute)) }
        #expect(!cookie.contains("Secure"), "plain http base URL")
        let mine = try browser.get("/mes-candidatures")
        #expect(mine.status == 200 && mine.text.contains("<h1>Mes candidatures</h1>"))
        #expect(mine.text.contains("Se déconnecter (Personne talent1)"))
        #expect(
            try world.sql(
                "SELECT count(*) FROM audit_events WHERE action IN "
                    + "('web.sign-in-link.issued', 'web.sign-in-link.used', 'web.session.opened')") == "3")

        // Single use.
        let again = WebBrowser(world.server)
        try again.get("/connexion/lien?jeton=\(token)")
        #expect(try again.post("/connexion/lien", [("jeton", token)]).status == 400)

        // Sign-out ends the session server-side: the old cookie no longer works.
        let oldCookies = browser.cookies
        #expect(try browser.post("/deconnexion", []).status == 303)
        #expect(try browser.get("/mes-candidatures").status == 303)
        let replay = WebBrowser(world.server)
        replay.restore(oldCookies)
        #expect(try replay.get("/mes-candidatures").status == 303)
        #expect(try world.sql("SELECT count(*) FROM web_sessions WHERE ended_at IS NOT NULL") == "1")
    }

    @Test func anExpiredLinkIsRefused() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let browser = WebBrowser(world.server)
        try browser.get("/connexion")
        try browser.post("/connexion", [("email", "talent1@numerique.gouv.fr")])
        try WebBrowser.waitForLinks(world.database, count: 1)
        let token = try WebBrowser.newestLinkToken(world.database)
        try world.setClock(Date().addingTimeInterval(16 * 60))
        try browser.get("/connexion/lien?jeton=\(token)")
        let refused = try browser.post("/connexion/lien", [("jeton", token)])
        #expect(refused.status == 400 && refused.text.contains("Lien invalide"))
        #expect(browser.cookies["talents_session"] == nil)
    }

    @Test func postsWithoutTheRightCSRFTokenAreRefused() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let id = try world.publishedMission()
        let browser = WebBrowser(world.server)
        try browser.get("/connexion")
        #expect(try browser.post("/connexion", [("email", "talent1@numerique.gouv.fr")], csrf: .none).status == 403)
        #expect(try browser.post("/connexion", [("email", "talent1@numerique.gouv.fr")], csrf: "forged").status == 403)
        #expect(try world.sql("SELECT count(*) FROM web_sign_in_links") == "0")
        try browser.signIn("talent1@numerique.gouv.fr", database: world.database)
        try browser.get("/missions/\(id)")
        let forged = try browser.post("/missions/\(id)/candidature", [("motivation", "Bonjour")], csrf: "forged")
        #expect(forged.status == 403)
        #expect(try browser.post("/deconnexion", [], csrf: .none).status == 403)
        #expect(try world.sql("SELECT count(*) FROM applications") == "0")
        // A token from another browser (another visitor secret) does not fit this one.
        let other = WebBrowser(world.server)
        try other.get("/connexion")
        let foreign = try #require(other.csrfToken)
        #expect(
            try browser.post("/missions/\(id)/candidature", [("motivation", "Bonjour")], csrf: foreign).status == 403)
    }

    @Test func aTalentAppliesThroughTheForm() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let id = try world.publishedMission(title: "Audit <RGAA> du portail")
        let browser = WebBrowser(world.server)
        let anonymous = try browser.get("/missions/\(id)")
        #expect(anonymous.text.contains("Connectez-vous") && !anonymous.text.contains("name=\"motivation\""))
        #expect(try browser.post("/missions/\(id)/candidature", [("motivation", "x")]).status == 303)
        try browser.signIn("talent1@numerique.gouv.fr", database: world.database)
        let page = try browser.get("/missions/\(id)")
        #expect(page.text.contains("<label class=\"fr-label\" for=\"motivation\">"))
        let empty = try browser.post("/missions/\(id)/candidature", [("motivation", "")])
        #expect(empty.status == 422)
        #expect(empty.text.contains("id=\"motivation-erreur\"") && empty.text.contains("aria-invalid=\"true\""))
        #expect(empty.text.contains("aria-describedby=\"motivation-aide motivation-erreur\""))
        let motivation = "J'ai mené <b>douze</b> audits RGAA & formé deux équipes."
        // Too long: refused, and the motivation sent back is escaped in the textarea.
        let long = try browser.post(
            "/missions/\(id)/candidature", [("motivation", motivation + String(repeating: "x", count: 5_000))])
        #expect(long.status == 422 && long.text.contains("&lt;b&gt;douze&lt;/b&gt; audits RGAA &amp; formé"))
        let applied = try browser.post("/missions/\(id)/candidature", [("motivation", motivation)])
        #expect(applied.status == 303 && applied.headers["location"] == "/missions/\(id)#candidature")
        // The confirmation: the mission page says when, and offers the form no more.
        let confirmed = try browser.get("/missions/\(id)").text
        #expect(confirmed.contains("Vous avez proposé votre expertise le "))
        #expect(!confirmed.contains(">Proposer mon expertise</button>"))
        let mine = try browser.get("/mes-candidatures").text
        #expect(mine.contains("Audit &lt;RGAA&gt; du portail") && mine.contains("Envoyée, en attente de réponse"))
        #expect(mine.contains("Réponse attendue le"))
        #expect(try world.sql("SELECT motivation FROM applications") == motivation)
        try WebAccessibility.expectNoViolations(["/mes-candidatures", "/missions/\(id)"], browser: browser)
        // Sent twice (a second tab): refused, the page says so beside the confirmation.
        let twice = try browser.post("/missions/\(id)/candidature", [("motivation", motivation)])
        #expect(twice.status == 422 && twice.text.contains("déjà une candidature"))
    }

    @Test func theOwnerSeesTheCountdownAndAnswersThroughTheForms() throws {
        let world = try ApplicationWorld(talents: 2)
        defer { world.close() }
        let id = try world.publishedMission(title: "Audit <RGAA>")
        for talent in ["talent1", "talent2"] {
            let applied = try world.send(
                "POST", "/v1/missions/\(id)/applications", as: talent,
                json: #"{"motivation":"<i>Motivé</i> & disponible"}"#)
            try #require(applied.status == 201, "\(applied.text)")
        }
        try world.setClock(Date().addingTimeInterval(3 * 86_400))
        let browser = WebBrowser(world.server)
        try browser.signIn("owner@numerique.gouv.fr", database: world.database)
        let list = try browser.get("/espace-responsable/candidatures")
        #expect(list.status == 200)
        #expect(list.text.contains("11 jours restants") && list.text.contains("Audit &lt;RGAA&gt;"))
        #expect(list.text.contains("&lt;i&gt;Motivé&lt;/i&gt; &amp; disponible"))
        let ids = try world.sql("SELECT group_concat(id) FROM (SELECT id FROM applications ORDER BY id)")
            .split(separator: ",").map(String.init)
        try #require(ids.count == 2)
        // A decline "other" without its text is refused next to the application; nothing changes.
        let refused = try browser.post(
            "/candidatures/\(ids[0])/decliner",
            [("revision", "1"), ("motif", "other"), ("confirmation", "oui")])
        #expect(refused.status == 422 && refused.text.contains("id=\"candidature-\(ids[0])-erreur\""))
        try browser.get("/espace-responsable/candidatures")
        // Accepting is final: the first post asks to confirm, changes nothing, and posts the same fields again.
        let asked = try browser.post("/candidatures/\(ids[0])/accepter", [("revision", "1")])
        #expect(asked.status == 200 && asked.text.contains("<h1>Accepter la candidature de Personne talent1 ?</h1>"))
        #expect(
            asked.text.contains("<input type=\"hidden\" name=\"revision\" value=\"1\">")
                && asked.text.contains("<input type=\"hidden\" name=\"confirmation\" value=\"oui\">"))
        #expect(try world.sql("SELECT status FROM applications WHERE id = \(ids[0])") == "submitted")
        #expect(
            try browser.post("/candidatures/\(ids[0])/accepter", [("revision", "1"), ("confirmation", "oui")]).status
                == 303)
        try browser.get("/espace-responsable/candidatures")
        let interview = try browser.post(
            "/candidatures/\(ids[1])/echange",
            [("revision", "1"), ("date", "2099-01-15T14:30"), ("moyen", "Visioconférence")])
        #expect(interview.status == 303)
        #expect(
            try world.sql("SELECT group_concat(status) FROM (SELECT status FROM applications ORDER BY id)")
                == "accepted,interview-proposed")
        // A talent has no applications to answer (the page is refused), and cannot answer one.
        let talent = WebBrowser(world.server)
        try talent.signIn("talent1@numerique.gouv.fr", database: world.database)
        #expect(try talent.get("/espace-responsable/candidatures").status == 403)
        #expect(
            try talent.post("/candidatures/\(ids[1])/accepter", [("revision", "2"), ("confirmation", "oui")]).status
                == 404)
    }

    @Test func pagesStayOutsideTheJSONContract() throws {
        let pages = try DeclaredRoutes.pages()
        #expect(pages.contains(Operation("GET", "/missions/{id}")) && pages.contains(Operation("POST", "/connexion")))
        #expect(pages.allSatisfy { !$0.path.hasPrefix("/v1") }, "the JSON API keeps /v1 to itself")
        #expect(pages.isDisjoint(with: try DeclaredRoutes.all()))
        let documented = try OpenAPIContract.load().operations
        #expect(pages.isDisjoint(with: documented), "docs/openapi.yaml describes the JSON API only")
    }
}
