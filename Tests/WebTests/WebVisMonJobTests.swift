import Foundation
import Testing

@testable import AppTestSupport

/// The Vis mon job pages of the web front (issue 11) on the real binary: a student registers
/// through the public form and reaches their pair by their private link; an agent volunteers
/// as ambassador, books the coaching hour and sees the student. Every form is checked against
/// missing and forged CSRF tokens, every text field against `<script>`, and every page (and a
/// form re-rendered with its errors) with axe-core.
@Suite struct WebVisMonJobTests {
    static let hostile = "<script>alert(1)</script>"

    @Test func aStudentRegistersAndReachesTheirRegistrationByTheirPrivateLinkOnly() throws {
        let world = try VisMonJobWorld(now: "2026-09-01T08:00:00Z")
        defer { world.stop() }
        let edition = try Self.openEdition(world)
        let browser = WebBrowser(world.server)
        let page = try browser.get("/vis-mon-job")
        #expect(page.status == 200 && page.text.contains("class=\"fr-nav__link\" href=\"/vis-mon-job\""))
        for id in ["email", "ecole", "niveau", "voeu-1", "voeu-2", "voeu-3", "departements", "administration-1"] {
            #expect(page.text.contains("<label class=\"fr-label\" for=\"\(id)\">"), "\(id)")
        }
        #expect(page.text.contains("name=\"edition\" value=\"\(edition)\""))

        // CSRF: without a token or with a forged one, refused and nothing written.
        let fields = Self.student("lina@etu.example.fr", edition: edition, school: Self.hostile)
        #expect(try browser.post("/vis-mon-job", fields, csrf: .none).status == 403)
        #expect(try browser.post("/vis-mon-job", fields, csrf: "forged").status == 403)
        #expect(try world.sql("SELECT count(*) FROM vmj_students") == "0")

        // Errors tied to their fields, the input kept (escaped).
        try browser.get("/vis-mon-job")
        var wrong = Self.student("pas-une-adresse", edition: edition, school: Self.hostile, departements: Self.hostile)
        wrong.removeAll { $0.0 == "voeu-1" }
        wrong += [("voeu-2", "analyst"), ("voeu-3", "analyst")]
        let refused = try browser.post("/vis-mon-job", wrong)
        #expect(refused.status == 422)
        for id in ["email", "departements", "voeu-3"] {
            #expect(refused.text.contains("id=\"\(id)-erreur\""), "\(id)")
        }
        #expect(refused.text.contains("aria-describedby=\"email-aide email-erreur\" aria-invalid=\"true\""))
        #expect(refused.text.contains("value=\"pas-une-adresse\""))
        #expect(refused.text.contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\""))
        #expect(!refused.text.contains(Self.hostile))
        let errorPage = refused.text
        try browser.get("/vis-mon-job")
        let duplicate = try browser.post(
            "/vis-mon-job",
            Self.student("lina@etu.example.fr", edition: edition)
                + [("voeu-2", "developer")])
        #expect(duplicate.status == 422 && duplicate.text.contains("id=\"voeu-2-erreur\""))
        #expect(try world.sql("SELECT count(*) FROM vmj_students") == "0")

        // Registered: 303 to the confirmation, which gives the private link once.
        try browser.get("/vis-mon-job")
        let registered = try browser.post("/vis-mon-job", fields + [("voeu-2", "analyst"), ("administration-1", "2")])
        #expect(registered.status == 303)
        let location = try #require(registered.headers["location"])
        #expect(location.hasPrefix("/vis-mon-job/inscription-confirmee?jeton="))
        let token = String(location.dropFirst("/vis-mon-job/inscription-confirmee?jeton=".count))
        #expect(
            try world.sql("SELECT email, school, study_level, wishes, departements, administrations FROM vmj_students")
                == #"lina@etu.example.fr|<script>alert(1)</script>|bac+3|["developer","analyst"]|["75","92"]|[2]"#)
        let confirmation = try browser.get(location)
        #expect(confirmation.status == 200 && confirmation.headers["referrer-policy"] == "no-referrer")
        #expect(confirmation.text.contains("href=\"/vis-mon-job/binome?jeton=\(token)\""))
        let mine = try browser.get("/vis-mon-job/binome?jeton=\(token)")
        #expect(mine.status == 200 && mine.text.contains("<dd>&lt;script&gt;alert(1)&lt;/script&gt;</dd>"))
        #expect(!mine.text.contains(Self.hostile) && mine.text.contains("Ministère B"))
        // The same address twice in an edition: refused next to the field.
        try browser.get("/vis-mon-job")
        let again = try browser.post("/vis-mon-job", fields)
        #expect(
            again.status == 422 && again.text.contains("id=\"email-erreur\"")
                && again.text.contains("utilise déjà cette adresse"))

        // Bad links: a clear 400 or 404 page, never another student's data.
        let malformed = try browser.get("/vis-mon-job/binome?jeton=abc")
        #expect(malformed.status == 400 && malformed.text.contains("Lien incomplet"))
        #expect(try browser.get("/vis-mon-job/binome").status == 400)
        let unknown = try browser.get("/vis-mon-job/binome?jeton=" + String(repeating: "A", count: 43))
        #expect(unknown.status == 404 && unknown.text.contains("Lien inconnu"))
        #expect(
            try browser.get("/vis-mon-job/inscription-confirmee?jeton=" + String(repeating: "b", count: 43)).status
                == 404)

        try WebAccessibility.expectNoViolations(
            [
                "/vis-mon-job", location, "/vis-mon-job/binome?jeton=\(token)",
                "/vis-mon-job/binome?jeton=abc", "/vis-mon-job/inscription-retiree",
                "/vis-mon-job/pairs/1"
            ], browser: browser)
        try WebAccessibility.expectNoViolations(documents: ["inscription-erreurs": errorPage], server: world.server)

        // Withdrawal: CSRF checked, then the data erased and the link dead.
        try browser.get("/vis-mon-job")
        let other = try browser.post("/vis-mon-job", Self.student("noe@etu.example.fr", edition: edition))
        let noe = String(try #require(other.headers["location"]).split(separator: "=").last ?? "")
        try browser.get("/vis-mon-job/binome?jeton=\(noe)")
        let withdrawal = [("jeton", noe), ("revision", "1")]
        #expect(try browser.post("/vis-mon-job/binome/retrait", withdrawal, csrf: .none).status == 403)
        #expect(try browser.post("/vis-mon-job/binome/retrait", withdrawal, csrf: "forged").status == 403)
        #expect(try world.sql("SELECT group_concat(status) FROM vmj_students") == "registered,registered")
        try browser.get("/vis-mon-job/binome?jeton=\(noe)")
        // Final: one more page asks first, and nothing is erased until confirmed.
        let asked = try browser.post("/vis-mon-job/binome/retrait", withdrawal)
        #expect(asked.status == 200 && asked.text.contains("<h1>Retirer votre inscription ?</h1>"))
        #expect(try world.sql("SELECT group_concat(status) FROM vmj_students") == "registered,registered")
        let withdrawn = try browser.post("/vis-mon-job/binome/retrait", withdrawal + [("confirmation", "oui")])
        #expect(withdrawn.status == 303 && withdrawn.headers["location"] == "/vis-mon-job/inscription-retiree")
        #expect(
            try world.sql("SELECT status, email IS NULL, school IS NULL FROM vmj_students WHERE status = 'withdrawn'")
                == "withdrawn|1|1")
        #expect(try browser.get("/vis-mon-job/binome?jeton=\(noe)").status == 404)
        #expect(try browser.get("/vis-mon-job/binome?jeton=\(token)").status == 200, "the other registration stays")
    }

    @Test func anAmbassadorVolunteersBooksCoachingAndTheStudentSeesTheirPair() throws {
        let world = try VisMonJobWorld(now: "2026-09-01T08:00:00Z")
        defer { world.stop() }
        let edition = try Self.openEdition(world)
        let slot = try world.server.send(
            "POST", "/v1/vmj/editions/\(edition)/coaching-slots", token: world.operatorToken,
            json: #"{"startsAt":"2026-11-03T10:00:00Z","capacity":1}"#)
        try #require(slot.status == 201)
        let camille = WebBrowser(world.server)
        #expect(try camille.get("/vis-mon-job/ambassadeur").status == 303, "sign-in first")
        try camille.signIn("camille.martin@mina.gouv.fr", database: world.database)
        let page = try camille.get("/vis-mon-job/ambassadeur")
        #expect(page.status == 200 && page.text.contains("Devenir ambassadeur ou ambassadrice"))

        let fields = [
            ("edition", "\(edition)"), ("metier", "developer"), ("departement", "75"), ("ville", Self.hostile),
            ("capacite", "1"), ("description", Self.hostile)
        ]
        #expect(try camille.post("/vis-mon-job/ambassadeur", fields, csrf: .none).status == 403)
        #expect(try camille.post("/vis-mon-job/ambassadeur", fields, csrf: "forged").status == 403)
        #expect(try world.sql("SELECT count(*) FROM vmj_ambassadors") == "0")
        try camille.get("/vis-mon-job/ambassadeur")
        let refused = try camille.post(
            "/vis-mon-job/ambassadeur", fields.map { $0.0 == "departement" ? ($0.0, "99x") : $0 })
        #expect(refused.status == 422 && refused.text.contains("id=\"departement-erreur\""))
        #expect(
            refused.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>")
                && !refused.text.contains(Self.hostile))
        let errorPage = refused.text
        try camille.get("/vis-mon-job/ambassadeur")
        let noCity = try camille.post("/vis-mon-job/ambassadeur", fields.map { $0.0 == "ville" ? ($0.0, " ") : $0 })
        #expect(noCity.status == 422 && noCity.text.contains("id=\"ville-erreur\""))
        try camille.get("/vis-mon-job/ambassadeur")
        #expect(try camille.post("/vis-mon-job/ambassadeur", fields).status == 303)
        #expect(
            try world.sql("SELECT job_family, departement, city, capacity, description FROM vmj_ambassadors")
                == "developer|75|<script>alert(1)</script>|1|<script>alert(1)</script>")
        let engaged = try camille.get("/vis-mon-job/ambassadeur")
        #expect(
            engaged.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; (75)") && !engaged.text.contains(Self.hostile))
        #expect(engaged.text.contains("Réserver la séance du 3 novembre 2026 à 11 h 00"))

        // The coaching hour.
        let slotID = try world.sql("SELECT id FROM vmj_coaching_slots")
        #expect(try camille.post("/vis-mon-job/coaching/\(slotID)/reservation", [], csrf: .none).status == 403)
        #expect(try camille.post("/vis-mon-job/coaching/\(slotID)/reservation", [], csrf: "forged").status == 403)
        #expect(try world.sql("SELECT count(*) FROM vmj_coaching_bookings") == "0")
        try camille.get("/vis-mon-job/ambassadeur")
        #expect(try camille.post("/vis-mon-job/coaching/\(slotID)/reservation", []).status == 303)
        #expect(try world.sql("SELECT count(*) FROM vmj_coaching_bookings") == "1")
        #expect(try camille.get("/vis-mon-job/ambassadeur").text.contains("Vous avez réservé la séance du"))

        // A student registers through the form; the operator pairs and publishes (JSON API).
        let student = WebBrowser(world.server)
        try student.get("/vis-mon-job")
        let registered = try student.post("/vis-mon-job", Self.student("lina@etu.example.fr", edition: edition))
        let token = String(try #require(registered.headers["location"]).split(separator: "=").last ?? "")
        try Self.publishPairing(world, edition: edition)
        let pairID = try world.sql("SELECT id FROM vmj_pairs")
        let link = "/vis-mon-job/binome?jeton=\(token)"
        let pair = try student.get(link)
        #expect(pair.status == 200 && pair.text.contains("Camille Martin") && pair.text.contains("17 novembre 2026"))
        #expect(pair.text.contains("camille.martin@mina.gouv.fr") && pair.text.contains("Ministère A"))
        #expect(!pair.text.contains(Self.hostile) && pair.text.contains("Préparer la journée"))
        let hosted = try camille.get("/vis-mon-job/ambassadeur")
        #expect(hosted.text.contains("lina@etu.example.fr") && hosted.text.contains("Université Paris Cité"))
        #expect(try camille.get("/vis-mon-job/pairs/\(pairID)").status == 200)
        let yanis = WebBrowser(world.server)
        try yanis.signIn("yanis.benali@minb.gouv.fr", database: world.database)
        #expect(try yanis.get("/vis-mon-job/pairs/\(pairID)").status == 404, "another agent's pair does not exist")

        // Another date: the student proposes (CSRF checked, the window enforced)…
        try student.get(link)
        let proposal = [("jeton", token), ("revision", "1"), ("date", "2026-11-20")]
        #expect(try student.post("/vis-mon-job/binome/date", proposal, csrf: .none).status == 403)
        #expect(try student.post("/vis-mon-job/binome/date", proposal, csrf: "forged").status == 403)
        #expect(try world.sql("SELECT proposed_date IS NULL FROM vmj_pairs") == "1")
        try student.get(link)
        let outside = try student.post(
            "/vis-mon-job/binome/date", [("jeton", token), ("revision", "1"), ("date", "2027-01-30")])
        #expect(outside.status == 422 && outside.text.contains("id=\"date-erreur\""))
        try student.get(link)
        #expect(try student.post("/vis-mon-job/binome/date", proposal).status == 303)
        #expect(try world.sql("SELECT proposed_date, proposed_by FROM vmj_pairs") == "2026-11-20|student")
        // …the ambassador accepts it on the pair's page (CSRF checked)…
        let pairPage = "/vis-mon-job/pairs/\(pairID)"
        #expect(try camille.get(pairPage).text.contains("Accepter le 20 novembre 2026"))
        let revision = { try world.sql("SELECT revision FROM vmj_pairs") }
        #expect(
            try camille.post(pairPage + "/date/accepter", [("revision", try revision())], csrf: .none).status == 403)
        #expect(
            try camille.post(pairPage + "/date/accepter", [("revision", try revision())], csrf: "forged").status == 403)
        #expect(try world.sql("SELECT agreed_date IS NULL FROM vmj_pairs") == "1")
        try camille.get(pairPage)
        #expect(try camille.post(pairPage + "/date/accepter", [("revision", try revision())]).status == 303)
        #expect(try world.sql("SELECT agreed_date, proposed_date IS NULL FROM vmj_pairs") == "2026-11-20|1")
        // …then proposes another one, which the student accepts.
        try camille.get(pairPage)
        let counter = [("revision", try revision()), ("date", "2026-11-18")]
        #expect(try camille.post(pairPage + "/date", counter, csrf: .none).status == 403)
        #expect(try camille.post(pairPage + "/date", counter, csrf: "forged").status == 403)
        let tooLate = try camille.post(pairPage + "/date", [("revision", try revision()), ("date", "2027-01-30")])
        #expect(tooLate.status == 422 && tooLate.text.contains("id=\"date-erreur\""))
        try camille.get(pairPage)
        let stale = try camille.post(pairPage + "/date", [("revision", "1"), ("date", "2026-11-18")])
        #expect(stale.status == 409 && stale.text.contains("a changé entre-temps"))
        try camille.get(pairPage)
        #expect(try camille.post(pairPage + "/date", counter).status == 303)
        #expect(try world.sql("SELECT proposed_date, proposed_by FROM vmj_pairs") == "2026-11-18|ambassador")
        let offered = try student.get(link)
        #expect(offered.text.contains("Accepter le 18 novembre 2026"))
        #expect(
            try student.post(
                "/vis-mon-job/binome/date/accepter", [("jeton", token), ("revision", try revision())],
                csrf: "forged"
            ).status == 403)
        try student.get(link)
        #expect(
            try student.post("/vis-mon-job/binome/date/accepter", [("jeton", token), ("revision", try revision())])
                .status == 303)
        #expect(try world.sql("SELECT agreed_date, proposed_date IS NULL FROM vmj_pairs") == "2026-11-18|1")
        #expect(try student.get(link).text.contains("18 novembre 2026"))

        // From the day on, each side gives feedback once (CSRF checked, the comment escaped).
        try world.setClock("2026-11-18T09:00:00Z")
        let feedbackForm = try student.get(link)
        #expect(feedbackForm.text.contains("<label class=\"fr-label\" for=\"commentaire\">"))
        let opinion = [("jeton", token), ("note", "5"), ("commentaire", Self.hostile)]
        #expect(try student.post("/vis-mon-job/binome/avis", opinion, csrf: .none).status == 403)
        #expect(try student.post("/vis-mon-job/binome/avis", opinion, csrf: "forged").status == 403)
        #expect(try world.sql("SELECT count(*) FROM vmj_feedback") == "0")
        try student.get(link)
        let badRating = try student.post(
            "/vis-mon-job/binome/avis", [("jeton", token), ("note", "9"), ("commentaire", Self.hostile)])
        #expect(badRating.status == 422 && badRating.text.contains("id=\"note-erreur\""))
        #expect(
            badRating.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;</textarea>")
                && !badRating.text.contains(Self.hostile))
        try student.get(link)
        #expect(try student.post("/vis-mon-job/binome/avis", opinion).status == 303)
        #expect(
            try world.sql("SELECT side, rating, comment FROM vmj_feedback") == "student|5|<script>alert(1)</script>")
        #expect(try student.get(link).text.contains("Merci : votre avis est enregistré."))
        try camille.signIn("camille.martin@mina.gouv.fr", database: world.database)
        let ambassadorForm = try camille.get(pairPage)
        #expect(ambassadorForm.text.contains("Envoyer mon avis"))
        let review = [("note", "4"), ("commentaire", Self.hostile)]
        #expect(try camille.post(pairPage + "/avis", review, csrf: .none).status == 403)
        #expect(try camille.post(pairPage + "/avis", review, csrf: "forged").status == 403)
        try camille.get(pairPage)
        #expect(try camille.post(pairPage + "/avis", review).status == 303)
        #expect(
            try world.sql("SELECT group_concat(side || ':' || rating) FROM (SELECT * FROM vmj_feedback ORDER BY side)")
                == "ambassador:4,student:5")
        try camille.get(pairPage)
        #expect(try camille.post(pairPage + "/avis", review).status == 409, "once per side")

        try WebAccessibility.expectNoViolations(
            ["/vis-mon-job/ambassadeur", link, "/vis-mon-job/pairs/\(pairID)"],
            browser: camille)
        try WebAccessibility.expectNoViolations(
            documents: [
                "date-erreur": errorPage, "date-hors-fenetre": outside.text, "avis-trop-tot": tooLate.text,
                "avis": feedbackForm.text, "avis-note-invalide": badRating.text, "ambassadeur": ambassadorForm.text
            ], server: world.server)
    }

    // MARK: Helpers

    /// An open edition created by the operator (registrations 1 September–15 October 2026,
    /// the day on 17 November); its id.
    static func openEdition(_ world: VisMonJobWorld) throws -> Int {
        let created = try world.server.send(
            "POST", "/v1/vmj/editions", token: world.operatorToken,
            json: """
                {"name":"Vis mon job 2026","eventDay":"2026-11-17","registrationOpens":"2026-09-01",\
                "registrationCloses":"2026-10-15"}
                """)
        try #require(created.status == 201, "\(created.text)")
        return try #require(created.vmjObject["id"] as? Int)
    }

    /// Closes registrations, runs the pairing and publishes it, as the operator.
    static func publishPairing(_ world: VisMonJobWorld, edition: Int) throws {
        let base = "/v1/vmj/editions/\(edition)"
        var current = try world.server.send("GET", base)
        for step in ["/registration-closure", "/pairing", "/publication"] {
            current = try world.server.send("POST", base + step, token: world.operatorToken, headers: current.ifMatch)
            try #require(current.status == 200, "\(step): \(current.text)")
        }
    }

    /// The registration form's fields.
    static func student(
        _ email: String, edition: Int, school: String = "Université Paris Cité",
        departements: String = "75, 92"
    ) -> [(String, String)] {
        [
            ("edition", "\(edition)"), ("email", email), ("ecole", school), ("niveau", "bac+3"),
            ("voeu-1", "developer"),
            ("departements", departements)
        ]
    }
}
