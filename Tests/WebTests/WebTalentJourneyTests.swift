import Foundation
import Testing

@testable import AppTestSupport

/// The talent's and the line manager's tasks of issue #18 on the real binary, from sign-in:
/// the talent withdraws an application (confirmed, with a reason), saves a search from the
/// catalogue and deletes it, reads the missions recommended to them with why; the line manager
/// lists the agents they sign for; a party interrupts an agreement with a reason. Effects are read
/// in the database and through the JSON API; every new page and error re-render passes axe-core.
@Suite struct WebTalentJourneyTests {
    @Test func theTalentWithdrawsAnApplicationSavesAndDeletesASearchAndReadsTheirRecommendations() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        var documents: [String: String] = [:]
        let withdrawn = try world.publishedMission(title: "Refonte du formulaire de contact")
        let applied = try world.send(
            "POST", "/v1/missions/\(withdrawn)/applications", as: "talent1", json: #"{"motivation":"Disponible."}"#)
        let application = try #require(applied.jsonObject["id"] as? Int, "\(applied.text)")
        let talent = try WebEngagementTests.signedIn(world, "talent1")

        // Withdraw: the button, then the confirmation page that asks why; nothing changes before.
        let list = try talent.get("/mes-candidatures")
        let action = "/candidatures/\(application)/retirer"
        #expect(list.status == 200 && list.text.contains("action=\"\(action)\""))
        let state =
            "SELECT status || '|' || coalesce(reason_code, '-') || '|' || coalesce(reason_text, '-') FROM applications WHERE id = \(application)"
        let confirm = try talent.post(action, [("revision", "1")])
        #expect(confirm.status == 200 && confirm.text.contains("<h1>Retirer votre candidature ?</h1>"))
        #expect(
            confirm.text.contains("Refonte du formulaire de contact")
                && confirm.text.contains("name=\"confirmation\" value=\"oui\""))
        #expect(try world.sql(state) == "submitted|-|-")
        documents["retrait-confirmation"] = confirm.text
        // "Autre" without its precision: the confirmation again, the error by its field.
        let noText = try talent.post(
            action, [("revision", "1"), ("confirmation", "oui"), ("motif", "other"), ("precision", "")])
        #expect(noText.status == 422 && noText.text.contains("id=\"precision-erreur\""))
        #expect(noText.text.contains("précisez le motif « Autre »") && noText.text.contains("href=\"#precision\""))
        #expect(try world.sql(state) == "submitted|-|-")
        documents["retrait-erreur"] = noText.text
        // Without the CSRF token: refused, nothing changes.
        let forged = try talent.post(
            action, [("revision", "1"), ("confirmation", "oui"), ("motif", "no-longer-available")], csrf: .none)
        #expect(forged.status == 403)
        #expect(try world.sql(state) == "submitted|-|-")
        try talent.get("/mes-candidatures")
        let done = try talent.post(
            action,
            [
                ("revision", "1"), ("confirmation", "oui"), ("motif", "no-longer-available"),
                ("precision", "Plus le temps")
            ])
        #expect(done.status == 303 && done.headers["location"] == "/mes-candidatures?retiree=1")
        #expect(try world.sql(state) == "withdrawn|no-longer-available|Plus le temps")
        let api = try world.send("GET", "/v1/applications/\(application)", as: "talent1")
        #expect(api.text.contains("withdrawn"))
        let after = try talent.get("/mes-candidatures?retiree=1")
        #expect(after.text.contains("Votre candidature est retirée") && !after.text.contains("action=\"\(action)\""))
        #expect(after.text.contains("Motif : Plus disponible — Plus le temps"))

        // Save the catalogue's search: the form carries the criteria; a name is required.
        let catalogue = try talent.get("/missions?q=contact&remote=true")
        #expect(catalogue.text.contains("Enregistrer cette recherche"))
        #expect(catalogue.text.contains("<input type=\"hidden\" name=\"q\" value=\"contact\">"))
        #expect(catalogue.text.contains("<input type=\"hidden\" name=\"remote\" value=\"true\">"))
        let unnamed = try talent.post("/mes-recherches", [("q", "contact"), ("remote", "true"), ("nom", " ")])
        #expect(unnamed.status == 422 && unnamed.text.contains("id=\"nom-erreur\""))
        #expect(unnamed.text.contains("value=\"contact\""), "the criteria typed are kept")
        #expect(try world.sql("SELECT count(*) FROM saved_searches") == "0")
        documents["recherche-erreur"] = unnamed.text
        let badPlace = try talent.post("/mes-recherches", [("departement", "999"), ("nom", "Ailleurs")])
        #expect(badPlace.status == 422 && badPlace.text.contains("id=\"departement-erreur\""))
        try talent.get("/missions?q=contact&remote=true")
        let saved = try talent.post(
            "/mes-recherches", [("q", "contact"), ("remote", "true"), ("nom", "Contact à distance")])
        #expect(saved.status == 303 && saved.headers["location"] == "/mes-recherches?fait=enregistree")
        let searchID = try world.sql("SELECT id FROM saved_searches WHERE name = 'Contact à distance'")
        #expect(!searchID.isEmpty)
        let listed = try world.send("GET", "/v1/saved-searches", as: "talent1")
        #expect(listed.status == 200 && listed.text.contains("Contact à distance") && listed.text.contains("contact"))
        let page = try talent.get("/mes-recherches")
        #expect(page.text.contains("Contact à distance") && page.text.contains("Mots : « contact » · À distance"))
        #expect(
            page.text.contains("href=\"/missions?q=contact&amp;remote=true\"")
                || page.text.contains("href=\"/missions?q=contact&remote=true\""))
        // Delete: confirmed first.
        let delete = "/mes-recherches/\(searchID)/supprimer"
        let ask = try talent.post(delete, [])
        #expect(ask.status == 200 && ask.text.contains("Supprimer la recherche « Contact à distance » ?"))
        #expect(try world.sql("SELECT count(*) FROM saved_searches") == "1")
        documents["recherche-suppression"] = ask.text
        let deleted = try talent.post(delete, [("confirmation", "oui")])
        #expect(deleted.status == 303 && deleted.headers["location"] == "/mes-recherches?fait=supprimee")
        #expect(try world.sql("SELECT count(*) FROM saved_searches") == "0")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'saved-search.deleted'") == "1")
        #expect(try talent.get("/mes-recherches").text.contains("Vous n'avez pas encore de recherche enregistrée"))

        // Recommendations: the mission published for their skill, with why.
        let recommended = try world.publishedMission(title: "Audit d'accessibilité de l'intranet")
        let mine = try talent.get("/missions-pour-moi")
        #expect(mine.status == 200 && mine.text.contains("href=\"/missions/\(recommended)\""))
        #expect(mine.text.contains("Toutes les compétences requises au niveau attendu (1 sur 1)"))
        #expect(mine.text.contains("votre niveau") && mine.text.contains("sur 100"))

        try WebAccessibility.expectNoViolations(
            ["/mes-candidatures", "/mes-recherches", "/missions-pour-moi", "/missions?q=contact"], browser: talent)
        try WebAccessibility.expectNoViolations(documents: documents, server: world.server)
    }

    @Test func theLineManagerListsTheirAgentsAndAPartyInterruptsTheAgreementWithAReason() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let application = try WebEngagementTests.prepare(world, talents: 1)[0]
        let owner = try WebEngagementTests.signedIn(world, "owner")
        try owner.get("/candidatures/\(application)/convention")
        let created = try owner.post("/candidatures/\(application)/convention", WebEngagementTests.terms())
        let id = try #require(created.headers["location"]?.split(separator: "/").last.map(String.init))

        // The line manager's list: the agent, the mission, the state, the link.
        let manager = try WebEngagementTests.signedIn(world, "helene.garnier")
        let agents = try manager.get("/agents-encadres")
        #expect(agents.status == 200 && agents.text.contains("Personne talent1"))
        #expect(agents.text.contains("href=\"/conventions/\(id)\"") && agents.text.contains("À signer"))
        #expect(agents.text.contains("1 convention"))
        #expect(try manager.get("/agents-encadres?etat=completed").text.contains("Aucune convention dans cet état"))
        #expect(try manager.get("/agents-encadres?etat=to-sign&page=9").text.contains("href=\"/conventions/\(id)\""))
        #expect(try owner.get("/agents-encadres").status == 403, "only a line manager")

        // The talent interrupts: the reason is required, then confirmed.
        let talent = try WebEngagementTests.signedIn(world, "talent1")
        let page = try talent.get("/conventions/\(id)")
        let action = "/conventions/\(id)/interrompre"
        #expect(page.text.contains("action=\"\(action)\"") && page.text.contains("for=\"motif-interruption\""))
        let status =
            "SELECT status || '|' || coalesce(end_reason, '-') || '|' || coalesce(ended_by, '-') FROM agreements WHERE id = \(id)"
        let empty = try talent.post(action, [("revision", "1"), ("motif-interruption", "  ")])
        #expect(empty.status == 422 && empty.text.contains("id=\"motif-interruption-erreur\""))
        #expect(
            empty.text.contains("indiquez le motif de l'interruption")
                || empty.text.contains("indiquez le motif de l&#39;interruption"))
        let reRender = empty.text
        #expect(try world.sql(status) == "awaiting-signatures|-|-")
        try talent.get("/conventions/\(id)")
        let ask = try talent.post(action, [("revision", "1"), ("motif-interruption", "Mutation <imprévue>")])
        #expect(ask.status == 200 && ask.text.contains("Interrompre la convention ?"))
        #expect(try world.sql(status) == "awaiting-signatures|-|-")
        let confirmPage = ask.text
        let done = try talent.post(
            action, [("revision", "1"), ("motif-interruption", "Mutation <imprévue>"), ("confirmation", "oui")])
        #expect(done.status == 303 && done.headers["location"] == "/conventions/\(id)")
        #expect(try world.sql(status) == "interrupted|Mutation <imprévue>|talent")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'agreement.interrupted'") == "1")
        let api = try world.send("GET", "/v1/agreements/\(id)", as: "talent1")
        #expect(api.text.contains("interrupted"))
        let interrupted = try talent.get("/conventions/\(id)")
        #expect(
            interrupted.text.contains("Convention interrompue par l'agent")
                || interrupted.text.contains("Convention interrompue par l&#39;agent"))
        #expect(
            interrupted.text.contains("Motif : Mutation &lt;imprévue&gt;")
                && !interrupted.text.contains("action=\"\(action)\""))
        #expect(try manager.get("/agents-encadres").text.contains("Interrompue"))
        // Once ended, interrupting again is refused with the page's message.
        let again = try talent.post(
            action, [("revision", "2"), ("motif-interruption", "Encore"), ("confirmation", "oui")])
        #expect(again.status == 409)

        try WebAccessibility.expectNoViolations(["/agents-encadres", "/conventions/\(id)"], browser: manager)
        try WebAccessibility.expectNoViolations(
            documents: ["interruption-erreur": reRender, "interruption-confirmation": confirmPage], server: world.server
        )
    }
}
