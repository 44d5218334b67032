import Foundation
import Testing

@testable import AppTestSupport

/// The engagement pages (issue 11) on the real binary: the owner drafts the agreement from an
/// accepted application, the three parties sign (or the line manager refuses), a referent issues
/// the mission order, the talent reports time and the owner validates or rejects it, completes
/// the mission, and feedback is left. Every form is refused without its CSRF token, every text
/// typed comes back escaped, and every page (error re-renders included) passes axe-core.
@Suite struct WebEngagementTests {
    static let hostile = "<script>alert(1)</script> & co"
    static let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"

    @Test func theOwnerDraftsThePartiesSignTheReferentIssuesTheOrderAndTimeIsReportedAndValidated() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let application = try Self.prepare(world, talents: 1)[0]
        var fetchedPages: [String: String] = [:]

        // The owner finds the accepted application and drafts the terms; refusals keep the input.
        let owner = try Self.signedIn(world, "owner")
        #expect(try owner.get("/mes-conventions").text.contains("href=\"/candidatures/\(application)/convention\""))
        let draft = "/candidatures/\(application)/convention"
        let form = try owner.get(draft)
        #expect(form.status == 200 && form.text.contains("<label class=\"fr-label\" for=\"objectifs\">"))
        try Self.expectCSRFRefused(
            owner, draft, Self.terms(), world: world, unchanged: "SELECT count(*) FROM agreements")
        let badHours = try owner.post(draft, Self.terms(hours: "0"))
        #expect(badHours.status == 422 && badHours.text.contains("id=\"heures-erreur\""))
        #expect(badHours.text.contains("aria-describedby=\"heures-aide heures-erreur\" aria-invalid=\"true\""))
        #expect(badHours.text.contains(Self.escaped) && !badHours.text.contains("<script>"))
        fetchedPages["brouillon"] = badHours.text
        try owner.get(draft)
        let badDates = try owner.post(draft, Self.terms(start: Self.day(10)))
        #expect(badDates.status == 422 && badDates.text.contains("id=\"debut-erreur\""))
        // Every error at once, in the summary that links to each field, the values typed kept.
        try owner.get(draft)
        let several = try owner.post(
            draft,
            [
                ("objectifs", ""), ("livrables", "Rapport"), ("heures", "beaucoup"),
                ("debut", Self.day(10)), ("fin", Self.day(100)), ("modalite", "hybrid")
            ])
        #expect(several.status == 422 && several.text.contains("3 erreurs empêchent l&#39;enregistrement"))
        for field in ["objectifs", "heures", "debut"] {
            #expect(
                several.text.contains("id=\"\(field)-erreur\"") && several.text.contains("href=\"#\(field)\""),
                "\(field)")
        }
        #expect(several.text.contains("value=\"beaucoup\""))
        #expect(try world.sql("SELECT count(*) FROM agreements") == "0")
        try owner.get(draft)
        let created = try owner.post(draft, Self.terms())
        #expect(created.status == 303)
        let id = try #require(created.headers["location"]?.split(separator: "/").last.map(String.init))
        #expect(created.headers["location"] == "/conventions/\(id)")
        #expect(
            try world.sql("SELECT objectives || '|' || hours_budget || '|' || work_mode FROM agreements")
                == "\(Self.hostile)|20|hybrid")
        #expect(try owner.get(draft).headers["location"] == "/conventions/\(id)", "one agreement per application")

        // The talent signs; the owner then changes the terms, which clears that signature.
        let talent = try Self.signedIn(world, "talent1")
        #expect(try talent.get("/mes-conventions").text.contains("Votre signature est attendue"))
        let page = try talent.get("/conventions/\(id)")
        #expect(page.text.contains("Lisez les conditions") && page.text.contains(">Signer la convention</button>"))
        #expect(page.text.contains(Self.escaped) && !page.text.contains("<script>"))
        #expect(!page.text.contains("motif-refus"), "only the line manager refuses")
        let signed =
            "SELECT coalesce(talent_signed_at, '-') || coalesce(manager_signed_at, '-') || coalesce(owner_signed_at, '-') || status FROM agreements"
        try Self.expectCSRFRefused(
            talent, "/conventions/\(id)/signer", [("revision", "1")], world: world, unchanged: signed)
        #expect(try talent.post("/conventions/\(id)/signer", [("revision", "1")]).status == 303)
        #expect(try world.sql("SELECT talent_signed_at IS NOT NULL FROM agreements") == "1")
        let edit = "/conventions/\(id)/modifier"
        #expect(try owner.get(edit).text.contains("value=\"20\""))
        try Self.expectCSRFRefused(
            owner, edit, Self.terms(hours: "30") + [("revision", "2")], world: world, unchanged: signed)
        let badEdit = try owner.post(edit, Self.terms(hours: "") + [("revision", "2")])
        #expect(badEdit.status == 422 && badEdit.text.contains("id=\"heures-erreur\""))
        fetchedPages["modification"] = badEdit.text
        try owner.get(edit)
        #expect(try owner.post(edit, Self.terms(hours: "30") + [("revision", "2")]).status == 303)
        #expect(try world.sql("SELECT hours_budget || coalesce(talent_signed_at, '-') FROM agreements") == "30-")
        // A signature on terms read before the change is refused (409), and nothing is signed.
        try talent.get("/conventions/\(id)")
        let stale = try talent.post("/conventions/\(id)/signer", [("revision", "2")])
        #expect(stale.status == 409 && stale.text.contains("id=\"page-erreur\""))
        fetchedPages["signature-perimee"] = stale.text

        // The three parties sign the new terms, each from the page's own revision.
        let manager = try Self.signedIn(world, "helene.garnier")
        for browser in [talent, manager, owner] {
            try browser.get("/conventions/\(id)")
            #expect(
                try browser.post("/conventions/\(id)/signer", [("revision", try Self.revision(browser))]).status == 303)
        }
        #expect(try world.sql("SELECT status FROM agreements") == "signed")
        let ownerView = try owner.get("/conventions/\(id)").text
        #expect(ownerView.contains("Signée") && ownerView.components(separatedBy: "signée le").count == 4)

        // A referent of the talent's administration issues the mission order.
        let referent = try Self.signedIn(world, "referent")
        let toIssue = try referent.get("/mes-conventions").text
        #expect(toIssue.contains("class=\"fr-nav__link\" href=\"/mes-conventions\""))
        #expect(toIssue.contains("Ordres de mission à émettre") && toIssue.contains("href=\"/conventions/\(id)\""))
        fetchedPages["referent-conventions"] = toIssue
        #expect(try referent.get("/conventions/\(id)").text.contains(">Émettre l'ordre de mission</button>"))
        let issue = "/conventions/\(id)/ordre-de-mission"
        let order = [("ordre-debut", Self.day(40)), ("ordre-fin", Self.day(100))]
        try Self.expectCSRFRefused(
            referent, issue, order, world: world, unchanged: "SELECT count(*) FROM mission_orders")
        let badOrder = try referent.post(issue, [("ordre-debut", Self.day(10)), ("ordre-fin", Self.day(100))])
        #expect(badOrder.status == 422 && badOrder.text.contains("id=\"ordre-debut-erreur\""))
        fetchedPages["ordre"] = badOrder.text
        try referent.get("/conventions/\(id)")
        let issued = try referent.post(issue, order)
        #expect(issued.status == 303)
        let orderPath = try #require(issued.headers["location"])
        #expect(orderPath.hasPrefix("/ordres-de-mission/"))
        #expect(try world.sql("SELECT count(*) FROM mission_orders WHERE cancelled_at IS NULL") == "1")
        #expect(try referent.get("/mes-conventions").text.contains("Aucune convention n'attend d'ordre de mission."))
        fetchedPages["ordre-vue-referent"] = try referent.get(orderPath).text

        // 45 days later (new sessions), the talent reports two days; a malformed duration is refused.
        try world.setClock(Date().addingTimeInterval(45 * 86_400))
        let talentLater = try Self.signedIn(world, "talent1")
        let timePath = "/conventions/\(id)/temps"
        #expect(try talentLater.get(timePath).text.contains(">Déclarer ce temps</button>"))
        let first = [("temps-date", Self.day(41)), ("temps-heures", "2,5"), ("temps-description", Self.hostile)]
        try Self.expectCSRFRefused(
            talentLater, timePath, first, world: world, unchanged: "SELECT count(*) FROM time_reports")
        let badTime = try talentLater.post(
            timePath,
            [
                ("temps-date", Self.day(41)), ("temps-heures", "beaucoup"),
                ("temps-description", Self.hostile)
            ])
        #expect(badTime.status == 422 && badTime.text.contains("id=\"temps-heures-erreur\""))
        #expect(badTime.text.contains(Self.escaped) && !badTime.text.contains("<script>"))
        fetchedPages["temps"] = badTime.text
        try talentLater.get(timePath)
        // Neither the day nor the hours can be read: both said at once.
        let neither = try talentLater.post(
            timePath, [("temps-date", "hier"), ("temps-heures", "beaucoup"), ("temps-description", "Audit")])
        #expect(
            neither.status == 422 && neither.text.contains("id=\"temps-date-erreur\"")
                && neither.text.contains("id=\"temps-heures-erreur\""))
        try talentLater.get(timePath)
        #expect(try talentLater.post(timePath, first).status == 303)
        try talentLater.get(timePath)
        #expect(
            try talentLater.post(
                timePath,
                [
                    ("temps-date", Self.day(42)), ("temps-heures", "1"),
                    ("temps-description", "Atelier")
                ]
            ).status == 303)
        #expect(
            try world.sql("SELECT group_concat(minutes) FROM (SELECT minutes FROM time_reports ORDER BY id)")
                == "150,60")
        let reports = try world.sql("SELECT group_concat(id) FROM (SELECT id FROM time_reports ORDER BY id)")
            .split(separator: ",").map(String.init)

        // The owner validates the first and rejects the second with a reason.
        let ownerLater = try Self.signedIn(world, "owner")
        #expect(try ownerLater.get("/mes-conventions").text.contains("À faire : Validez ou rejetez le temps déclaré"))
        let sheet = try ownerLater.get(timePath).text
        #expect(
            sheet.contains(Self.escaped) && !sheet.contains("<script>")
                && sheet.contains(">Valider<span class=\"visually-hidden\"> le temps du "))
        let statuses = "SELECT group_concat(status) FROM (SELECT status FROM time_reports ORDER BY id)"
        try Self.expectCSRFRefused(
            ownerLater, "/temps/\(reports[0])/valider", [("revision", "1")], world: world,
            unchanged: statuses)
        #expect(try ownerLater.post("/temps/\(reports[0])/valider", [("revision", "1")]).status == 303)
        try ownerLater.get(timePath)
        let reject = "/temps/\(reports[1])/rejeter"
        try Self.expectCSRFRefused(
            ownerLater, reject, [("revision", "1"), ("rejet-\(reports[1])", "Doublon")],
            world: world, unchanged: statuses)
        let noReason = try ownerLater.post(reject, [("revision", "1"), ("rejet-\(reports[1])", " ")])
        #expect(noReason.status == 422 && noReason.text.contains("id=\"rejet-\(reports[1])-erreur\""))
        fetchedPages["rejet"] = noReason.text
        try ownerLater.get(timePath)
        #expect(try ownerLater.post(reject, [("revision", "1"), ("rejet-\(reports[1])", Self.hostile)]).status == 303)
        #expect(try world.sql(statuses) == "validated,rejected")
        let decided = try talentLater.get(timePath).text
        #expect(
            decided.contains("Reste du volume (après le temps validé)</dt><dd>27 h 30")
                && decided.contains("Rejeté</span> : \(Self.escaped)"))
        #expect(!decided.contains("<script>"))

        // The owner declares the mission completed; the talent leaves feedback, once.
        try ownerLater.get("/conventions/\(id)")
        let complete = "/conventions/\(id)/terminer"
        let revision = try Self.revision(ownerLater)
        try Self.expectCSRFRefused(
            ownerLater, complete, [("revision", revision)], world: world,
            unchanged: "SELECT status FROM agreements")
        let confirm = try ownerLater.post(complete, [("revision", revision)])
        #expect(confirm.status == 200 && confirm.text.contains("<h1>Déclarer la mission terminée ?</h1>"))
        #expect(try world.sql("SELECT status FROM agreements") != "completed")
        #expect(try ownerLater.post(complete, [("revision", revision), ("confirmation", "oui")]).status == 303)
        #expect(try world.sql("SELECT status FROM agreements") == "completed")
        #expect(try talentLater.get("/conventions/\(id)").text.contains(">Envoyer mon avis</button>"))
        let feedback = "/conventions/\(id)/avis"
        try Self.expectCSRFRefused(
            talentLater, feedback, [("avis-note", "5"), ("avis-commentaire", "Bien")],
            world: world, unchanged: "SELECT count(*) FROM feedback")
        let noComment = try talentLater.post(feedback, [("avis-note", "5"), ("avis-commentaire", "")])
        #expect(noComment.status == 422 && noComment.text.contains("id=\"avis-commentaire-erreur\""))
        fetchedPages["avis"] = noComment.text
        try talentLater.get("/conventions/\(id)")
        #expect(try talentLater.post(feedback, [("avis-note", "4"), ("avis-commentaire", Self.hostile)]).status == 303)
        #expect(try world.sql("SELECT side || rating || comment FROM feedback") == "talent4\(Self.hostile)")
        let closed = try ownerLater.get("/conventions/\(id)").text
        #expect(closed.contains("4/5 — \(Self.escaped)") && !closed.contains("<script>"))

        try WebAccessibility.expectNoViolations(
            ["/mes-conventions", "/conventions/\(id)", orderPath, timePath],
            browser: ownerLater)
        try WebAccessibility.expectNoViolations(documents: fetchedPages, server: world.server)
    }

    @Test func theLineManagerRefusesForServiceNeedsWithAReason() throws {
        let world = try ApplicationWorld(talents: 2)
        defer { world.close() }
        let applications = try Self.prepare(world, talents: 2)
        let owner = try Self.signedIn(world, "owner")
        try owner.get("/candidatures/\(applications[0])/convention")
        let created = try owner.post("/candidatures/\(applications[0])/convention", Self.terms())
        let id = try #require(created.headers["location"]?.split(separator: "/").last.map(String.init))
        // The second accepted application still waits for its agreement.
        #expect(try owner.get("/mes-conventions").text.contains("href=\"/candidatures/\(applications[1])/convention\""))

        let manager = try Self.signedIn(world, "helene.garnier")
        #expect(try manager.get("/mes-conventions").text.contains("Vous êtes : Responsable hiérarchique"))
        let page = try manager.get("/conventions/\(id)")
        #expect(
            page.text.contains("refuser pour nécessité de service")
                && page.text.contains(">Refuser la convention</button>"))
        let refuse = "/conventions/\(id)/refuser"
        try Self.expectCSRFRefused(
            manager, refuse, [("revision", "1"), ("motif-refus", "Charge")], world: world,
            unchanged: "SELECT status FROM agreements")
        let asked = try manager.post(refuse, [("revision", "1"), ("motif-refus", "Charge")])
        #expect(asked.status == 200 && asked.text.contains("<h1>Refuser la convention ?</h1>"))
        #expect(try world.sql("SELECT status FROM agreements") == "awaiting-signatures")
        try manager.get("/conventions/\(id)")
        let empty = try manager.post(refuse, [("revision", "1"), ("motif-refus", ""), ("confirmation", "oui")])
        #expect(empty.status == 422 && empty.text.contains("id=\"motif-refus-erreur\""))
        #expect(empty.text.contains("aria-describedby=\"motif-refus-aide motif-refus-erreur\" aria-invalid=\"true\""))
        try manager.get("/conventions/\(id)")
        #expect(
            try manager.post(refuse, [("revision", "1"), ("motif-refus", Self.hostile), ("confirmation", "oui")]).status
                == 303)
        #expect(
            try world.sql("SELECT status || '|' || end_reason || '|' || ended_by FROM agreements")
                == "refused|\(Self.hostile)|line-manager")

        // Everyone reads the refusal and its reason; nobody may sign any more.
        let talent = try Self.signedIn(world, "talent1")
        let refused = try talent.get("/conventions/\(id)").text
        #expect(refused.contains("Refusée") && refused.contains("Motif du refus : \(Self.escaped)"))
        #expect(!refused.contains("<script>") && !refused.contains(">Signer la convention</button>"))
        let late = try talent.post("/conventions/\(id)/signer", [("revision", "2")])
        #expect(late.status == 409 && late.text.contains("plus possible dans l"))
        // Someone who is no party does not see it.
        let outsider = try Self.signedIn(world, "talent2")
        #expect(try outsider.get("/conventions/\(id)").status == 404)
        #expect(try outsider.get("/candidatures/\(applications[1])/convention").status == 403)

        try WebAccessibility.expectNoViolations(
            [
                "/mes-conventions", "/conventions/\(id)",
                "/candidatures/\(applications[1])/convention",
                "/conventions/\(id)/modifier"
            ], browser: owner)
        try WebAccessibility.expectNoViolations(documents: ["refus": empty.text], server: world.server)
    }

    // MARK: Helpers

    /// Adds the talents' line manager (Hélène Garnier, named in their profiles) and a referent of
    /// their ministry, publishes a mission, and has the owner accept one application per talent; their ids.
    static func prepare(_ world: ApplicationWorld, talents: Int) throws -> [Int] {
        try world.admin(
            "users", "add", "--name", "Hélène Garnier", "--email", "helene.garnier@numerique.gouv.fr",
            "--role", "line-manager", "--administration", "MINESSAI")
        try world.admin(
            "users", "add", "--name", "Personne referent", "--email", "referent@numerique.gouv.fr",
            "--role", "referent", "--administration", "MINESSAI")
        let mission = try world.publishedMission(title: "Audit <RGAA> du portail")
        return try (1...talents).map { index in
            let applied = try world.send(
                "POST", "/v1/missions/\(mission)/applications", as: "talent\(index)",
                json: #"{"motivation":"Disponible."}"#)
            let id = try #require(applied.jsonObject["id"] as? Int, "\(applied.text)")
            let talent = try #require(applied.jsonObject["talentID"] as? Int, "\(applied.text)")
            try world.admin("talents", "confirm-employment", String(talent))
            let accepted = try world.send("POST", "/v1/applications/\(id)/accept", as: "owner", ifMatch: "\"1\"")
            try #require(accepted.status == 200, "\(accepted.text)")
            return id
        }
    }

    /// A browser signed in as `name`@numerique.gouv.fr.
    static func signedIn(_ world: ApplicationWorld, _ name: String) throws -> WebBrowser {
        let browser = WebBrowser(world.server)
        try browser.signIn("\(name)@numerique.gouv.fr", database: world.database)
        return browser
    }

    /// The drafting form's fields: hostile texts, the mission's window (days 40 to 100).
    static func terms(hours: String = "20", start: String = day(40)) -> [(String, String)] {
        [
            ("objectifs", hostile), ("livrables", "Rapport d'audit"), ("heures", hours), ("debut", start),
            ("fin", day(100)), ("modalite", "hybrid"), ("conditions", hostile)
        ]
    }

    /// The day `offset` days from today, `yyyy-MM-dd` (UTC), as ApplicationWorld's mission uses.
    static func day(_ offset: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date().addingTimeInterval(Double(offset) * 86_400))
    }

    /// The first `revision` hidden field of the browser's last page.
    static func revision(_ browser: WebBrowser) throws -> String {
        let text = try #require(browser.last?.text)
        let range = try #require(text.range(of: "name=\"revision\" value=\""))
        return String(text[range.upperBound...].prefix { $0 != "\"" })
    }

    /// A POST of `fields` to `path` without a CSRF token, then with a forged one: both 403, and
    /// `unchanged` (a query) reads the same after.
    static func expectCSRFRefused(
        _ browser: WebBrowser, _ path: String, _ fields: [(String, String)],
        world: ApplicationWorld, unchanged query: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try world.sql(query)
        #expect(try browser.post(path, fields, csrf: .none).status == 403, "\(path)", sourceLocation: sourceLocation)
        #expect(try browser.post(path, fields, csrf: "forged").status == 403, "\(path)", sourceLocation: sourceLocation)
        #expect(try world.sql(query) == before, "\(path)", sourceLocation: sourceLocation)
    }
}
