import Foundation
import Testing

@testable import AppTestSupport

/// The mission owner's choices on the real binary: an application read with the applicant's
/// skills against the mission's (never their e-mail or line manager), the pool searched and a
/// talent invited, the talents recommended for a mission, a mission closed and another
/// cancelled; another owner refused; the database checked with sqlite3.
@Suite struct WebOwnerChoiceTests {
    static let hostile = "<script>alert(1)</script>"

    /// A mission requiring an accessibility audit (held by the world's talents) and front-end
    /// development (held by nobody), published through the API; its id.
    private static func publishedMission(_ world: ApplicationWorld, title: String) throws -> Int {
        let json = ApplicationWorld.mission(title: title).replacingOccurrences(
            of: #""requiredSkills":[{"code":"a11y-audit","minimumLevel":2}]"#,
            with: #""requiredSkills":[{"code":"a11y-audit","minimumLevel":2},{"code":"dev-frontend","minimumLevel":2}]"#
        )
        let created = try world.send("POST", "/v1/missions", as: "owner", json: json)
        let id = try #require((created.json as? [String: Any])?["id"] as? Int, "\(created.text)")
        for (action, user, revision) in [("submit", "owner", 1), ("publish", "operator", 2)] {
            let response = try world.send("POST", "/v1/missions/\(id)/\(action)", as: user, ifMatch: "\"\(revision)\"")
            try #require(response.status == 200, "\(action): \(response.text)")
        }
        return id
    }

    private static func talentID(_ world: ApplicationWorld, _ name: String) throws -> String {
        try world.sql(
            "SELECT t.id FROM talents t JOIN users u ON u.id = t.user_id WHERE u.email = '\(name)@numerique.gouv.fr'")
    }

    @Test func anOwnerChoosesSearchesInvitesAndCloses() throws {
        let world = try ApplicationWorld(talents: 2)
        defer { world.close() }
        let mission = try Self.publishedMission(world, title: "Audit \(Self.hostile)")
        let other = try Self.publishedMission(world, title: "Refonte du portail")
        let (talent1, talent2) = (try Self.talentID(world, "talent1"), try Self.talentID(world, "talent2"))
        let applied = try world.send(
            "POST", "/v1/missions/\(mission)/applications", as: "talent1",
            json: #"{"motivation":"J'ai audité trois portails."}"#)
        try #require(applied.status == 201, "\(applied.text)")
        let application = try world.sql("SELECT id FROM applications")
        for (name, id) in [("talent1", talent1), ("talent2", talent2)] {
            let joined = try world.send(
                "POST", "/v1/talents/\(id)/pool", as: name, ifMatch: "\"1\"", json: #"{"consent":true}"#)
            try #require(joined.status == 200, "\(joined.text)")
        }
        let browser = WebBrowser(world.server)
        try browser.signIn("owner@numerique.gouv.fr", database: world.database)

        // The application: skills with levels against the mission's, matched and missing; no contact.
        let list = try browser.get("/espace-responsable/candidatures")
        #expect(list.text.contains("href=\"/espace-responsable/candidatures/\(application)\""))
        let review = try browser.get("/espace-responsable/candidatures/\(application)")
        #expect(review.status == 200 && review.text.contains("<h1>Candidature de Personne talent1</h1>"))
        for text in [
            "<th scope=\"row\">Audit d&#39;accessibilité", "<td>Pratique</td><td>Maîtrise</td>", "Au niveau attendu",
            "<th scope=\"row\">Développement front-end</th><td>Pratique</td><td>—</td>", "Non déclarée",
            "Ministère de l&#39;essai (MINESSAI)", "8 h par mois", "Auditrice RGAA.", "J&#39;ai audité trois portails.",
            "Score de rapprochement", "Compétences non déclarées : Développement front-end",
            "Audit &lt;script&gt;alert(1)&lt;/script&gt;"
        ] {
            #expect(review.text.contains(text), "\(text)")
        }
        for secret in ["talent1@numerique.gouv.fr", "helene.garnier", "Hélène Garnier", "Garnier", Self.hostile] {
            #expect(!review.text.contains(secret), "\(secret)")
        }
        // An answer refused from the application's page comes back to it, the error on the forms.
        let refused = try browser.post(
            "/candidatures/\(application)/echange", [("revision", "1"), ("depuis", "fiche"), ("date", "demain")])
        #expect(refused.status == 422 && refused.text.contains("id=\"candidature-\(application)-erreur\""))
        #expect(refused.text.contains("<h1>Candidature de Personne talent1</h1>"))
        #expect(try world.sql("SELECT status FROM applications") == "submitted")
        // Accepted from its page (confirmed first): the e-mail address shows then, never the line manager.
        let asked = try browser.post(
            "/candidatures/\(application)/accepter", [("revision", "1"), ("depuis", "fiche")])
        #expect(asked.status == 200 && asked.text.contains("name=\"depuis\" value=\"fiche\""))
        #expect(asked.text.contains("href=\"/espace-responsable/candidatures/\(application)\""))
        let accepted = try browser.post(
            "/candidatures/\(application)/accepter", [("revision", "1"), ("depuis", "fiche"), ("confirmation", "oui")])
        #expect(
            accepted.status == 303 && accepted.headers["location"] == "/espace-responsable/candidatures/\(application)")
        #expect(try world.sql("SELECT status FROM applications") == "accepted")
        let chosen = try browser.get("/espace-responsable/candidatures/\(application)").text
        #expect(chosen.contains("talent1@numerique.gouv.fr") && chosen.contains("Rédiger la convention"))
        #expect(!chosen.contains("Garnier") && !chosen.contains("Proposer un échange"))

        // The pool: filters, results linking to the profiles; a bad filter on its field.
        let pool = try browser.get("/vivier?skill=a11y-audit&minLevel=3&departement=75")
        #expect(pool.status == 200 && pool.text.contains("<h1>Vivier de talents</h1>"))
        #expect(pool.text.contains("href=\"/vivier/\(talent1)\"") && pool.text.contains("href=\"/vivier/\(talent2)\""))
        #expect(pool.text.contains("<option value=\"a11y-audit\" selected>"))
        let none = try browser.get("/vivier?skill=a11y-audit&minLevel=4")
        #expect(
            none.status == 200 && none.text.contains("Aucun talent du vivier")
                && !none.text.contains("/vivier/\(talent1)\""))
        let wrong = try browser.get("/vivier?availableFrom=31/02/2027&departement=999")
        #expect(wrong.status == 422)
        #expect(wrong.text.contains("id=\"availableFrom-erreur\"") && wrong.text.contains("value=\"31/02/2027\""))
        // The pages: after a cursor (the talents after the first), back to the first; a cursor not ours is refused.
        let cursor = Data("pool-v1:\(talent1)".utf8).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        let second = try browser.get("/vivier?departement=75&cursor=\(cursor)")
        #expect(second.status == 200 && second.text.contains("href=\"/vivier/\(talent2)\""))
        #expect(
            !second.text.contains("href=\"/vivier/\(talent1)\"") && second.text.contains("fr-pagination__link--first"))
        #expect(second.text.contains("href=\"/vivier?departement=75\">Première page</a>"))
        let forged = try browser.get("/vivier?cursor=abc")
        #expect(forged.status == 422 && forged.text.contains("le lien de la page suivante n&#39;est plus valide"))
        let reversed = try browser.get("/vivier?availableFrom=2027-05-01&availableUntil=2027-04-01")
        #expect(reversed.status == 422 && reversed.text.contains("id=\"availableUntil-erreur\""))

        // A profile: no contact, the invitation form over the owner's published missions.
        let profile = try browser.get("/vivier/\(talent2)")
        #expect(profile.status == 200 && profile.text.contains("<h1>Personne talent2</h1>"))
        #expect(profile.text.contains("Inviter à candidater") && profile.text.contains("<option value=\"\(mission)\""))
        for secret in ["talent2@numerique.gouv.fr", "helene.garnier", "Garnier"] {
            #expect(!profile.text.contains(secret), "\(secret)")
        }
        let message = "Votre profil \(Self.hostile) nous intéresse."
        #expect(try browser.post("/vivier/\(talent2)/inviter", [("mission", "\(mission)")], csrf: .none).status == 403)
        let noMission = try browser.post("/vivier/\(talent2)/inviter", [("mission", ""), ("message", message)])
        #expect(noMission.status == 422 && noMission.text.contains("id=\"mission-erreur\""))
        #expect(
            noMission.text.contains("Votre profil &lt;script&gt;alert(1)&lt;/script&gt; nous intéresse.</textarea>"))
        let tooLong = try browser.post(
            "/vivier/\(talent2)/inviter", [("mission", "\(mission)"), ("message", String(repeating: "a", count: 2001))])
        #expect(tooLong.status == 422 && tooLong.text.contains("id=\"message-erreur\""))
        #expect(try world.sql("SELECT count(*) FROM invitations") == "0")
        let invited = try browser.post("/vivier/\(talent2)/inviter", [("mission", "\(mission)"), ("message", message)])
        #expect(invited.status == 303 && invited.headers["location"] == "/vivier/\(talent2)?invitation=envoyee")
        #expect(
            try world.sql("SELECT mission_id || '|' || talent_id || '|' || message FROM invitations")
                == "\(mission)|\(talent2)|\(message)")
        let api = try world.send("GET", "/v1/missions/\(mission)/invitations", as: "owner")
        #expect(
            api.status == 200 && api.text.replacingOccurrences(of: " ", with: "").contains("\"talentID\":\(talent2)"),
            "\(api.text)")
        let after = try browser.get("/vivier/\(talent2)?invitation=envoyee")
        #expect(
            after.text.contains("L'invitation est envoyée")
                && after.text.contains("Invitations envoyées à Personne talent2"))
        #expect(
            !after.text.contains("<option value=\"\(mission)\"") && after.text.contains("<option value=\"\(other)\""))
        let again = try browser.post("/vivier/\(talent2)/inviter", [("mission", "\(mission)")])
        #expect(again.status == 422 && again.text.contains("déjà invitée"))
        #expect(try world.sql("SELECT count(*) FROM invitations") == "1")

        // The talents recommended for the mission, explained, each linking to the profile.
        let recommended = try browser.get("/espace-responsable/missions/\(mission)/talents-recommandes")
        #expect(recommended.status == 200 && recommended.text.contains("Talents recommandés pour"))
        #expect(
            recommended.text.contains("href=\"/vivier/\(talent2)\"")
                && recommended.text.contains("Score de rapprochement"))
        #expect(recommended.text.contains("Développement front-end") && !recommended.text.contains("Garnier"))
        let missions = try browser.get("/espace-responsable/missions")
        #expect(missions.text.contains("href=\"/espace-responsable/missions/\(mission)/talents-recommandes\""))
        #expect(
            missions.text.contains("id=\"cloturer-\(mission)\"") && missions.text.contains("id=\"annuler-\(other)\""))

        // Another owner: refused for the mission, the application does not exist for them.
        try world.admin(
            "users", "add", "--name", "Autre responsable", "--email", "owner2@numerique.gouv.fr", "--role",
            "mission-owner", "--administration", "MINESSAI")
        let intruder = WebBrowser(world.server)
        try intruder.signIn("owner2@numerique.gouv.fr", database: world.database)
        #expect(try intruder.get("/espace-responsable/missions/\(mission)/talents-recommandes").status == 403)
        #expect(try intruder.get("/espace-responsable/candidatures/\(application)").status == 404)
        try intruder.get("/espace-responsable/missions")
        let foreign = try intruder.post("/espace-responsable/missions/\(mission)/cloturer", [("revision", "3")])
        #expect(foreign.status == 403 && foreign.text.contains("Accès refusé"))
        #expect(
            try intruder.post(
                "/espace-responsable/missions/\(mission)/cloturer", [("revision", "3"), ("confirmation", "oui")]
            ).status == 403)
        #expect(try intruder.post("/vivier/\(talent1)/inviter", [("mission", "\(mission)")]).status == 403)
        #expect(try world.sql("SELECT count(*) FROM invitations") == "1")

        // Close as filled and cancel: confirmed first, the revision checked.
        let confirm = try browser.post("/espace-responsable/missions/\(mission)/cloturer", [("revision", "3")])
        #expect(confirm.status == 200 && confirm.text.contains("comme pourvue ?"))
        #expect(confirm.text.contains("name=\"confirmation\" value=\"oui\""))
        #expect(try world.sql("SELECT state FROM missions WHERE id = \(mission)") == "published")
        let stale = try browser.post(
            "/espace-responsable/missions/\(mission)/cloturer", [("revision", "1"), ("confirmation", "oui")])
        #expect(stale.status == 409 && stale.text.contains("id=\"mission-\(mission)-erreur\""))
        let closed = try browser.post(
            "/espace-responsable/missions/\(mission)/cloturer", [("revision", "3"), ("confirmation", "oui")])
        #expect(closed.status == 303 && closed.headers["location"] == "/espace-responsable/missions?cloturee=1")
        #expect(try world.sql("SELECT state FROM missions WHERE id = \(mission)") == "closed-filled")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'mission.closed-as-filled'") == "1")
        try browser.get("/espace-responsable/missions?cloturee=1")
        let cancelled = try browser.post(
            "/espace-responsable/missions/\(other)/annuler", [("revision", "3"), ("confirmation", "oui")])
        #expect(
            cancelled.status == 303 && cancelled.headers["location"] == "/espace-responsable/missions?annulee=1",
            "\(cancelled.status)")
        #expect(try world.sql("SELECT state FROM missions WHERE id = \(other)") == "closed-cancelled")
        let closedList = try browser.get("/espace-responsable/missions?cloturee=1").text
        #expect(closedList.contains("La mission est close comme pourvue") && closedList.contains("Close, pourvue"))
        #expect(!closedList.contains("id=\"cloturer-\(mission)\"") && !closedList.contains("id=\"annuler-\(other)\""))

        // A talent has no pool.
        let talent = WebBrowser(world.server)
        try talent.signIn("talent1@numerique.gouv.fr", database: world.database)
        #expect(try talent.get("/vivier").status == 403)
        #expect(try talent.get("/vivier/\(talent2)").status == 403)
        #expect(try talent.get("/espace-responsable/candidatures/\(application)").status == 403)

        // Accessibility: every new page, and the forms re-rendered with their errors.
        try WebAccessibility.expectNoViolations(
            [
                "/espace-responsable/candidatures/\(application)", "/vivier?skill=a11y-audit", "/vivier/\(talent1)",
                "/vivier/\(talent2)?invitation=envoyee", "/espace-responsable/missions/\(mission)/talents-recommandes",
                "/espace-responsable/missions?cloturee=1", "/vivier?availableFrom=31/02/2027"
            ], browser: browser)
        try WebAccessibility.expectNoViolations(
            documents: [
                "candidature-erreur": refused.text, "invitation-erreur": noMission.text, "confirmation": confirm.text,
                "cloture-erreur": stale.text
            ], server: world.server)
    }
}
