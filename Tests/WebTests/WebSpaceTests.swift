import Foundation
import Testing

@testable import AppTestSupport

/// Each person lands on their space after signing in (issue 17), which lists what awaits them
/// across their roles, each with the link to where they act; agents create their own account.
@Suite struct WebSpaceTests {
    @Test func everyRoleLandsOnItsSpaceWithWhatAwaitsIt() throws {
        let world = try EngagementFixture(talents: 2)
        // Talent 0's agreement is signed and awaits its mission order (the referent's); talent 1's
        // awaits the three signatures; talent 1 has reported nothing yet.
        let signed = try world.signedAgreement(0)
        let drafted = try world.send(
            "POST", "/v1/applications/\(world.applications[1])/agreement", as: "owner",
            json: EngagementFixture.terms())
        let draftID = try #require(drafted.jsonObject["id"] as? Int)
        // An application awaiting the owner's answer, and a mission awaiting moderation.
        let pending = try WebLinksTests.pendingApplication(world)
        let created = try world.send(
            "POST", "/v1/missions", as: "owner", json: ApplicationWorld.mission(title: "Audit du SI"))
        let missionID = try #require(created.jsonObject["id"] as? Int)
        #expect(try world.send("POST", "/v1/missions/\(missionID)/submit", as: "owner", ifMatch: "\"1\"").status == 200)
        let expectations: [(reader: String, contains: [String])] = [
            ("talent1", ["<h2 id=\"a-signer\">À signer (1)</h2>", "href=\"/conventions/\(draftID)\""]),
            ("manager", ["<h2 id=\"a-signer\">À signer (1)</h2>", "href=\"/conventions/\(draftID)\""]),
            (
                "owner",
                [
                    "<h2 id=\"a-signer\">À signer (1)</h2>", "<h2 id=\"a-repondre\">Candidatures à répondre (1)</h2>",
                    "href=\"/espace-responsable/candidatures#candidature-\(pending)\"", "jours restants pour répondre"
                ]
            ),
            (
                "referent",
                [
                    "<h2 id=\"ordres-a-emettre\">Ordres de mission à émettre (1)</h2>",
                    "href=\"/conventions/\(signed.id)\""
                ]
            ),
            (
                "operator",
                [
                    "<h2 id=\"a-moderer\">Missions à modérer (1)</h2>", "Audit du SI",
                    "href=\"/console/missions/\(missionID)\""
                ]
            ),
            ("outsider", ["<h2 id=\"profil\">Votre profil à compléter</h2>", "href=\"/mon-profil\""])
        ]
        for (reader, contains) in expectations {
            let browser = WebBrowser(world.server)
            let email = "\(reader)@example.gouv.fr"
            try browser.get("/connexion")
            try browser.post("/connexion", [("email", email)])
            try WebBrowser.waitForLinks(world.database, to: email, count: 1)
            let token = try WebBrowser.newestLinkToken(world.database, to: email)
            try browser.get("/connexion/lien?jeton=\(token)")
            let landed = try browser.post("/connexion/lien", [("jeton", token)])
            #expect(landed.status == 303 && landed.headers["location"] == "/mon-espace", "\(reader)")
            let space = try browser.get("/mon-espace")
            #expect(space.status == 200 && WebLinksTests.heading(space.text) == "Mon espace", "\(reader)")
            for text in contains { #expect(space.text.contains(text), "\(reader): \(text)") }
            // Every link of the space opens a page for its reader.
            let links = Set(Self.mainLinks(space.text))
            for link in links.sorted() {
                let page = try browser.get(link)
                #expect(page.status == 200, "\(reader): \(link) answers \(page.status)")
            }
            if reader == "owner" {
                try WebAccessibility.expectNoViolations(["/mon-espace", "/mes-preferences"], browser: browser)
                try Self.mutesTheDigests(browser, world: world)
            }
        }
        #expect(
            try WebBrowser(world.server).get("/mon-espace").headers["location"] == "/connexion?retour=%2Fmon-espace")
    }

    @Test func anAgentSignsUpWithAProfessionalAddressAndLandsOnTheProfileForm() throws {
        let world = try EngagementFixture(talents: 1, applied: false)
        let browser = WebBrowser(world.server)
        #expect(try browser.get("/connexion").text.contains("href=\"/inscription\""))
        // Whoever asks for a link (with an account or not) is told how to create one.
        let asked = try browser.post("/connexion", [("email", "inconnu@culture.gouv.fr")])
        #expect(asked.status == 200 && asked.text.contains("href=\"/inscription\""))
        let form = try browser.get("/inscription")
        #expect(form.status == 200 && WebLinksTests.heading(form.text) == "Créer mon compte")
        #expect(form.text.contains("gouv.fr (et ses sous-domaines)"))

        // An address outside the allowed domains: refused at once, saying which are accepted.
        let refused = try browser.post("/inscription", [("email", "camille@gmail.com")])
        #expect(refused.status == 422 && refused.text.contains("n&#39;est pas une adresse professionnelle acceptée"))
        #expect(try browser.post("/inscription", [("email", "camille@evilgouv.fr")]).status == 422)
        try WebAccessibility.expectNoViolations(documents: ["inscription-refusee": refused.text], server: world.server)
        #expect(try browser.post("/inscription", [("email", "pas une adresse")]).status == 422)

        // A new address and an existing one get the same answer (no account enumeration).
        try browser.get("/inscription")
        let new = try browser.post("/inscription", [("email", "camille.durand-petit@culture.gouv.fr")])
        try browser.get("/inscription")
        let existing = try browser.post("/inscription", [("email", "talent0@example.gouv.fr")])
        #expect(new.status == 200 && existing.status == 200)
        #expect(
            new.text.replacingOccurrences(of: "camille.durand-petit@culture.gouv.fr", with: "X")
                == existing.text.replacingOccurrences(of: "talent0@example.gouv.fr", with: "X"))
        try WebBrowser.waitForLinks(world.database, to: "camille.durand-petit@culture.gouv.fr", count: 1)
        try WebBrowser.waitForLinks(world.database, to: "talent0@example.gouv.fr", count: 1)
        #expect(
            try world.sql(
                "SELECT display_name || '|' || group_concat(role) FROM users JOIN user_roles ON user_id = id "
                    + "WHERE email = 'camille.durand-petit@culture.gouv.fr'") == "Camille Durand-Petit|talent")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'user.signed-up'") == "1")
        #expect(try world.sql("SELECT count(*) FROM users") == "10", "the existing account is not created again")
        #expect(
            try world.sql(
                "SELECT json_extract(payload, '$.signInLink.next') FROM notification_outbox "
                    + "WHERE recipient_email = 'talent0@example.gouv.fr'") == "")

        // The e-mailed link confirms the address and leads to the profile form.
        let token = try WebBrowser.newestLinkToken(world.database, to: "camille.durand-petit@culture.gouv.fr")
        let next = try world.sql(
            "SELECT json_extract(payload, '$.signInLink.next') FROM notification_outbox "
                + "WHERE recipient_email = 'camille.durand-petit@culture.gouv.fr'")
        #expect(next == "/mon-profil")
        let confirm = try browser.get("/connexion/lien?jeton=\(token)&retour=%2Fmon-profil")
        #expect(confirm.text.contains("name=\"retour\" value=\"/mon-profil\""))
        let signedIn = try browser.post("/connexion/lien", [("jeton", token), ("retour", "/mon-profil")])
        #expect(signedIn.status == 303 && signedIn.headers["location"] == "/mon-profil")
        let profile = try browser.get("/mon-profil")
        #expect(profile.status == 200 && WebLinksTests.heading(profile.text) == "Mon profil de talent")
        // No role beyond talent: the owner's and the operator's pages stay closed.
        #expect(try browser.get("/console").status == 403)
    }

    /// The preferences page mutes the weekly digests and says so; a stale form is answered 409
    /// with the stored choice.
    static func mutesTheDigests(_ browser: WebBrowser, world: EngagementFixture) throws {
        let page = try browser.get("/mes-preferences")
        #expect(
            page.status == 200
                && page.text.contains("id=\"recapitulatifs\" name=\"recapitulatifs\" value=\"oui\" checked"))
        let saved = try browser.post("/mes-preferences", [("revision", "1")])
        #expect(saved.status == 303 && saved.headers["location"] == "/mes-preferences?enregistre=1")
        #expect(try world.sql("SELECT digests_muted FROM notification_preferences") == "1")
        #expect(try browser.get("/mes-preferences?enregistre=1").text.contains("Vos préférences sont enregistrées."))
        let stale = try browser.post("/mes-preferences", [("revision", "1"), ("recapitulatifs", "oui")])
        #expect(stale.status == 409)
        #expect(try world.sql("SELECT digests_muted FROM notification_preferences") == "1")
    }

    /// The local links of a page's `<main>`, without fragment.
    static func mainLinks(_ html: String) -> [String] {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return [] }
        return html[start.lowerBound..<end.lowerBound].matches(of: /href="(\/[^"#]*)/).map { String($0.1) }
            .filter { !$0.isEmpty }
    }
}
