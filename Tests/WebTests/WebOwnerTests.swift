import Foundation
import Testing

@testable import AppTestSupport

/// The owner's space (draft, edit, submit a mission) and the operator's console (moderation
/// queue, overdue applications, figures) on the real binary, the database checked with sqlite3.
@Suite struct WebOwnerTests {
    static let hostile = "<script>alert(1)</script>"

    @Test func anOwnerDraftsEditsAndSubmitsAMission() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let browser = WebBrowser(world.server)
        try browser.signIn("owner@numerique.gouv.fr", database: world.database)
        let list = try browser.get("/espace-responsable/missions")
        #expect(list.status == 200 && list.text.contains("<h1>Mes missions</h1>"))
        #expect(list.text.contains("href=\"/espace-responsable/missions\" aria-current=\"page\">Mes missions</a>"))
        #expect(list.text.contains("Candidatures à mes missions") && !list.text.contains("href=\"/console\""))
        #expect(list.text.contains("Proposer une mission"))

        // Refused: every error on its field, the input kept.
        try browser.get("/espace-responsable/missions/nouvelle")
        var fields = MissionFormInput.fields(title: "Audit \(Self.hostile)")
        MissionFormInput.set(&fields, "heures", "beaucoup")
        MissionFormInput.set(&fields, "fin", "31/02/2027")
        MissionFormInput.set(&fields, "description", "Décrire \(Self.hostile)")
        let refused = try browser.post("/espace-responsable/missions/nouvelle", fields)
        #expect(refused.status == 422)
        for id in ["heures", "fin"] {
            #expect(refused.text.contains("id=\"\(id)-erreur\""), "\(id)")
            #expect(
                refused.text.contains("aria-describedby=\"\(id)-aide \(id)-erreur\" aria-invalid=\"true\""), "\(id)")
            #expect(refused.text.contains("<a href=\"#\(id)\">"), "\(id)")
        }
        #expect(refused.text.contains("value=\"beaucoup\""))
        #expect(refused.text.contains("value=\"Audit &lt;script&gt;alert(1)&lt;/script&gt;\""))
        #expect(refused.text.contains(">Décrire &lt;script&gt;alert(1)&lt;/script&gt;</textarea>"))
        #expect(!refused.text.contains(Self.hostile))
        // A domain rule (no place at all) goes on its field too.
        var placeless = MissionFormInput.fields(title: "Sans lieu")
        MissionFormInput.set(&placeless, "departement", "")
        placeless.removeAll { $0.0 == "distance" }
        let noPlace = try browser.post("/espace-responsable/missions/nouvelle", placeless)
        #expect(noPlace.status == 422 && noPlace.text.contains("id=\"departement-erreur\""))
        #expect(try world.sql("SELECT count(*) FROM missions") == "0")

        // CSRF: missing or wrong token, nothing written.
        let valid = MissionFormInput.fields(title: "Audit \(Self.hostile)", description: "Décrire \(Self.hostile)")
        #expect(try browser.post("/espace-responsable/missions/nouvelle", valid, csrf: .none).status == 403)
        #expect(try browser.post("/espace-responsable/missions/nouvelle", valid, csrf: "forged").status == 403)
        #expect(try world.sql("SELECT count(*) FROM missions") == "0")

        try browser.get("/espace-responsable/missions/nouvelle")
        let created = try browser.post("/espace-responsable/missions/nouvelle", valid)
        #expect(created.status == 303 && created.headers["location"] == "/espace-responsable/missions?enregistree=1")
        #expect(
            try world.sql(
                "SELECT state || '|' || title || '|' || description || '|' || effort_hours || '|' || remote || '|' || departement FROM missions"
            )
                == "draft|Audit \(Self.hostile)|Décrire \(Self.hostile)|21|1|75")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'mission.created'") == "1")
        let id = try world.sql("SELECT id FROM missions")
        let drafts = try browser.get("/espace-responsable/missions?enregistree=1").text
        #expect(drafts.contains("Le brouillon est enregistré") && drafts.contains("Brouillon"))
        #expect(drafts.contains("Audit &lt;script&gt;alert(1)&lt;/script&gt;") && !drafts.contains(Self.hostile))
        #expect(drafts.contains("href=\"/espace-responsable/missions/\(id)/modifier\""))

        // Edit: the form carries the revision; a stale one is refused with 409 and nothing changes.
        let edit = try browser.get("/espace-responsable/missions/\(id)/modifier")
        #expect(edit.status == 200 && edit.text.contains("name=\"revision\" value=\"1\""))
        #expect(
            edit.text.contains("value=\"Audit &lt;script&gt;alert(1)&lt;/script&gt;\"")
                && !edit.text.contains(Self.hostile))
        var changed = MissionFormInput.fields(title: "Audit RGAA du portail", description: "Décrire \(Self.hostile)")
        MissionFormInput.set(&changed, "heures", "35")
        let forged = try browser.post(
            "/espace-responsable/missions/\(id)/modifier", changed + [("revision", "1")], csrf: "forged")
        #expect(forged.status == 403)
        #expect(
            try browser.post("/espace-responsable/missions/\(id)/modifier", changed + [("revision", "1")], csrf: .none)
                .status == 403)
        let stale = try browser.post("/espace-responsable/missions/\(id)/modifier", changed + [("revision", "7")])
        #expect(stale.status == 409 && stale.text.contains("changé entre-temps") && stale.text.contains("value=\"35\""))
        #expect(try world.sql("SELECT effort_hours || '|' || revision FROM missions") == "21|1")
        try browser.get("/espace-responsable/missions/\(id)/modifier")
        let saved = try browser.post("/espace-responsable/missions/\(id)/modifier", changed + [("revision", "1")])
        #expect(saved.status == 303)
        #expect(
            try world.sql("SELECT title || '|' || effort_hours || '|' || revision FROM missions")
                == "Audit RGAA du portail|35|2")

        // Submit: CSRF, stale revision, then for real.
        try browser.get("/espace-responsable/missions")
        #expect(
            try browser.post("/espace-responsable/missions/\(id)/soumettre", [("revision", "2")], csrf: .none).status
                == 403)
        #expect(
            try browser.post("/espace-responsable/missions/\(id)/soumettre", [("revision", "2")], csrf: "forged").status
                == 403)
        let staleSubmit = try browser.post("/espace-responsable/missions/\(id)/soumettre", [("revision", "1")])
        #expect(staleSubmit.status == 409 && staleSubmit.text.contains("id=\"mission-\(id)-erreur\""))
        #expect(try world.sql("SELECT state FROM missions") == "draft")
        try browser.get("/espace-responsable/missions")
        let submitted = try browser.post("/espace-responsable/missions/\(id)/soumettre", [("revision", "2")])
        #expect(submitted.status == 303 && submitted.headers["location"] == "/espace-responsable/missions?soumise=1")
        #expect(try world.sql("SELECT state || '|' || revision FROM missions") == "submitted|3")
        let after = try browser.get("/espace-responsable/missions?soumise=1").text
        #expect(after.contains("Soumise, en attente de modération") && after.contains("href=\"/missions/\(id)\""))
        // A submitted mission is no longer edited: its edit page leads to the mission.
        #expect(try browser.get("/espace-responsable/missions/\(id)/modifier").headers["location"] == "/missions/\(id)")

        // A second draft, so the list's submit form shows in the accessibility check.
        try browser.get("/espace-responsable/missions/nouvelle")
        #expect(
            try browser.post(
                "/espace-responsable/missions/nouvelle", MissionFormInput.fields(title: "Second brouillon")
            ).status == 303)
        let second = try world.sql("SELECT max(id) FROM missions")
        let errors = "/espace-responsable/missions/nouvelle!titre=&heures=beaucoup&debut=hier&competence-1=a11y-audit"
        try WebAccessibility.expectNoViolations(
            [
                "/espace-responsable/missions", "/espace-responsable/missions/nouvelle",
                "/espace-responsable/missions/\(second)/modifier", errors
            ], browser: browser)

        // A talent has no owner space: no form to create, and the use case refuses the post.
        let talent = WebBrowser(world.server)
        try talent.signIn("talent1@numerique.gouv.fr", database: world.database)
        #expect(!(try talent.get("/").text.contains("Mes missions</a>")))
        #expect(try talent.get("/espace-responsable/missions/nouvelle").status == 403)
        #expect(
            try talent.post("/espace-responsable/missions/nouvelle", MissionFormInput.fields(title: "Intrus")).status
                == 403)
        #expect(try talent.post("/espace-responsable/missions/\(second)/soumettre", [("revision", "1")]).status == 404)
        #expect(try world.sql("SELECT count(*) FROM missions") == "2")
    }

    @Test func theOperatorModeratesAndWatchesFromTheConsole() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        // One application left unanswered past its 14 days, and a mission awaiting moderation.
        let published = try world.publishedMission(title: "Revue \(Self.hostile)")
        let applied = try world.send(
            "POST", "/v1/missions/\(published)/applications", as: "talent1",
            json: #"{"motivation":"Disponible."}"#)
        try #require(applied.status == 201, "\(applied.text)")
        let created = try world.send(
            "POST", "/v1/missions", as: "owner", json: ApplicationWorld.mission(title: "Refonte \(Self.hostile)"))
        let id = try #require((created.json as? [String: Any])?["id"] as? Int)
        try #require(try world.send("POST", "/v1/missions/\(id)/submit", as: "owner", ifMatch: "\"1\"").status == 200)
        try world.setClock(Date().addingTimeInterval(15 * 86_400))

        let browser = WebBrowser(world.server)
        #expect(try browser.get("/console").headers["location"] == "/connexion?retour=%2Fconsole")
        try browser.signIn("operator@numerique.gouv.fr", database: world.database)
        let console = try browser.get("/console")
        #expect(console.status == 200 && console.text.contains("<h1>Console de l'opérateur</h1>"))
        #expect(console.text.contains("class=\"fr-nav__link\" href=\"/console\""))
        #expect(
            console.text.contains("href=\"/console/missions/\(id)\">Refonte &lt;script&gt;alert(1)&lt;/script&gt;</a>"))
        #expect(console.text.contains("Revue &lt;script&gt;") && console.text.contains("Personne talent1"))
        #expect(console.text.contains("<td>1 jour</td>"), "15 days after applying, 1 day past the 14")
        #expect(!console.text.contains(Self.hostile))
        for figure in [
            "Missions par état", "Candidatures par statut", "Délais de réponse des administrations",
            "Heures validées", "<th scope=\"row\">Publiée</th><td>1</td>", "<th scope=\"row\">MINESSAI</th>"
        ] {
            #expect(console.text.contains(figure), "\(figure)")
        }

        // Reject: CSRF, an empty reason (422, on its field), a stale revision (409), then for real.
        let review = try browser.get("/console/missions/\(id)")
        #expect(review.status == 200 && review.text.contains("name=\"revision\" value=\"2\""))
        #expect(
            review.text.contains("Publier la mission") && review.text.contains("Refuser et renvoyer au responsable"))
        let reason = "Préciser le public \(Self.hostile)"
        #expect(
            try browser.post("/console/missions/\(id)/refuser", [("revision", "2"), ("motif", reason)], csrf: .none)
                .status == 403)
        #expect(
            try browser.post("/console/missions/\(id)/refuser", [("revision", "2"), ("motif", reason)], csrf: "forged")
                .status == 403)
        #expect(try browser.post("/console/missions/\(id)/publier", [("revision", "2")], csrf: .none).status == 403)
        #expect(try browser.post("/console/missions/\(id)/publier", [("revision", "2")], csrf: "forged").status == 403)
        #expect(try world.sql("SELECT state || '|' || revision FROM missions WHERE id = \(id)") == "submitted|2")
        let empty = try browser.post("/console/missions/\(id)/refuser", [("revision", "2"), ("motif", "")])
        #expect(
            empty.status == 422 && empty.text.contains("id=\"motif-erreur\"")
                && empty.text.contains("aria-describedby=\"motif-aide motif-erreur\" aria-invalid=\"true\""))
        let stale = try browser.post("/console/missions/\(id)/refuser", [("revision", "1"), ("motif", reason)])
        #expect(stale.status == 409 && stale.text.contains("changé entre-temps"))
        #expect(
            stale.text.contains(">Préciser le public &lt;script&gt;alert(1)&lt;/script&gt;</textarea>")
                && !stale.text.contains(Self.hostile))
        let rejected = try browser.post("/console/missions/\(id)/refuser", [("revision", "2"), ("motif", reason)])
        #expect(rejected.status == 303 && rejected.headers["location"] == "/console?refusee=\(id)#moderation")
        #expect(
            try world.sql("SELECT state || '|' || rejection_reason FROM missions WHERE id = \(id)") == "draft|\(reason)"
        )
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'mission.rejected'") == "1")

        // The owner reads the reason, escaped, and submits again; the operator publishes.
        let owner = WebBrowser(world.server)
        try owner.signIn("owner@numerique.gouv.fr", database: world.database)
        let mine = try owner.get("/espace-responsable/missions").text
        #expect(
            mine.contains("Refusée par l'opérateur : Préciser le public &lt;script&gt;") && !mine.contains(Self.hostile)
        )
        #expect(try owner.get("/espace-responsable/missions/\(id)/modifier").text.contains("Motif du dernier refus"))
        #expect(try owner.get("/console").status == 403)
        #expect(try owner.get("/console/missions/\(id)").status == 403)
        try owner.get("/espace-responsable/missions")
        #expect(try owner.post("/espace-responsable/missions/\(id)/soumettre", [("revision", "3")]).status == 303)
        try browser.get("/console/missions/\(id)")
        let published2 = try browser.post("/console/missions/\(id)/publier", [("revision", "4")])
        #expect(published2.status == 303 && published2.headers["location"] == "/console?publiee=\(id)#moderation")
        #expect(try world.sql("SELECT state FROM missions WHERE id = \(id)") == "published")
        #expect(try browser.get("/console").text.contains("Aucune mission n'attend de modération"))
        // Publishing again breaks the life cycle's rule: 409, the page explains.
        let again = try browser.post("/console/missions/\(id)/publier", [("revision", "5")])
        #expect(
            again.status == 409 && again.text.contains("impossible de publier une mission à l&#39;état « Publiée »"))
        #expect(!again.text.contains("Publier la mission"), "a published mission shows no decision form")
        let talent = WebBrowser(world.server)
        try talent.signIn("talent1@numerique.gouv.fr", database: world.database)
        #expect(try talent.get("/console").status == 403)

        // A mission awaiting moderation for the checks of the page and its refused form.
        let third = try world.send(
            "POST", "/v1/missions", as: "owner", json: ApplicationWorld.mission(title: "Troisième"))
        let thirdID = try #require((third.json as? [String: Any])?["id"] as? Int)
        try #require(
            try world.send("POST", "/v1/missions/\(thirdID)/submit", as: "owner", ifMatch: "\"1\"").status == 200)
        try WebAccessibility.expectNoViolations(
            ["/console", "/console/missions/\(thirdID)", "/console/missions/\(thirdID)!motif="], browser: browser)
    }
}
