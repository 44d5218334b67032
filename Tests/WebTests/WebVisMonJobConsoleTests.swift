import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The operator runs a whole *Vis mon job* edition on the web (issue 18), on the real binary:
/// creation with its dates, an ambassador (signed in) and students (public form) registering —
/// the student's private link arrives by e-mail and opens their page —, the ambassador's and
/// the student's changes, an ambassador's withdrawal, a coaching hour with its video link,
/// the closure of registrations, the pairing and why each pair was formed, an adjustment, the
/// publication, a day done and the edition closed. Every irreversible step asks first; the
/// effects are read in the database; every new page and error re-render goes through axe-core.
@Suite struct WebVisMonJobConsoleTests {
    static let operatorEmail = "operateur@numerique.gouv.fr"

    @Test func theOperatorRunsAnEditionFromCreationToClosure() throws {
        let world = try VisMonJobWorld(now: "2026-09-01T08:00:00Z")
        defer { world.stop() }
        let console = WebBrowser(world.server)
        #expect(try console.get("/console/vis-mon-job").status == 303, "sign-in first")
        try console.signIn(Self.operatorEmail, database: world.database)
        let empty = try console.get("/console/vis-mon-job")
        #expect(empty.status == 200 && empty.text.contains("Aucune édition n'a encore été créée."))
        for id in ["nom", "ouverture", "cloture", "journee", "fenetre"] {
            #expect(empty.text.contains("<label class=\"fr-label\" for=\"\(id)\">"), "\(id)")
        }

        // Creation: the fields' errors at once, the input kept; then the edition and its page.
        let fields = [
            ("nom", "Vis mon job 2026"), ("ouverture", "2026-09-01"), ("cloture", "2026-10-15"),
            ("journee", "2026-11-17"), ("fenetre", "30")
        ]
        #expect(try console.post("/console/vis-mon-job", fields, csrf: "forged").status == 403)
        try console.get("/console/vis-mon-job")
        let wrong = try console.post(
            "/console/vis-mon-job",
            fields.map { $0.0 == "journee" ? ($0.0, "32/13/2026") : $0.0 == "nom" ? ($0.0, " ") : $0 })
        #expect(wrong.status == 422 && wrong.text.contains("id=\"journee-erreur\""))
        #expect(wrong.text.contains("id=\"nom-erreur\"") && wrong.text.contains("value=\"32/13/2026\""))
        try console.get("/console/vis-mon-job")
        let reversed = try console.post(
            "/console/vis-mon-job", fields.map { $0.0 == "cloture" ? ($0.0, "2026-08-01") : $0 })
        #expect(reversed.status == 422 && reversed.text.contains("id=\"cloture-erreur\""))
        #expect(try world.sql("SELECT count(*) FROM vmj_editions") == "0")
        try console.get("/console/vis-mon-job")
        let created = try console.post("/console/vis-mon-job", fields)
        #expect(created.status == 303)
        let edition = try world.sql("SELECT id FROM vmj_editions")
        let page = "/console/vis-mon-job/\(edition)"
        #expect(created.headers["location"] == page)
        #expect(
            try world.sql("SELECT name, registration_opens, registration_closes, event_day, state FROM vmj_editions")
                == "Vis mon job 2026|2026-09-01|2026-10-15|2026-11-17|open")
        #expect(try console.get("/console/vis-mon-job").text.contains("href=\"\(page)\""))

        // An agent volunteers (signed in), then changes their registration.
        let camille = WebBrowser(world.server)
        try camille.signIn("camille.martin@mina.gouv.fr", database: world.database)
        #expect(try camille.get("/console/vis-mon-job").status == 403, "the console is the operator's")
        #expect(try camille.get(page).status == 403)
        let profile = [
            ("metier", "developer"), ("departement", "75"), ("ville", "Paris"), ("capacite", "1"),
            ("description", "Une journée dans l'équipe produit.")
        ]
        try camille.get("/vis-mon-job/ambassadeur")
        #expect(try camille.post("/vis-mon-job/ambassadeur", [("edition", edition)] + profile).status == 303)
        let ambassador = try world.sql("SELECT id FROM vmj_ambassadors")
        let mine = try camille.get("/vis-mon-job/ambassadeur")
        #expect(mine.text.contains("Modifier mon inscription") && mine.text.contains("value=\"Paris\""))
        let change = [("ambassadeur", ambassador), ("revision", "1")]
        #expect(
            try camille.post("/vis-mon-job/ambassadeur/modifier", change + profile, csrf: "forged").status == 403)
        try camille.get("/vis-mon-job/ambassadeur")
        let badChange = try camille.post(
            "/vis-mon-job/ambassadeur/modifier", change + profile.map { $0.0 == "departement" ? ($0.0, "99x") : $0 })
        #expect(badChange.status == 422 && badChange.text.contains("id=\"departement-erreur\""))
        #expect(badChange.text.contains("value=\"99x\""))
        try camille.get("/vis-mon-job/ambassadeur")
        let changed = try camille.post(
            "/vis-mon-job/ambassadeur/modifier",
            change + profile.map { $0.0 == "ville" ? ($0.0, "Paris 13e") : $0.0 == "capacite" ? ($0.0, "2") : $0 })
        #expect(changed.status == 303)
        #expect(try world.sql("SELECT city, capacity, revision FROM vmj_ambassadors") == "Paris 13e|2|2")
        try camille.get("/vis-mon-job/ambassadeur")
        let stale = try camille.post("/vis-mon-job/ambassadeur/modifier", change + profile)
        #expect(stale.status == 409 && stale.text.contains("a changé entre-temps"))

        // Another agent volunteers, withdraws (after confirmation), and volunteers again.
        let yanis = WebBrowser(world.server)
        try yanis.signIn("yanis.benali@minb.gouv.fr", database: world.database)
        try yanis.get("/vis-mon-job/ambassadeur")
        let lyon = [
            ("metier", "analyst"), ("departement", "69"), ("ville", "Lyon"), ("capacite", "1"),
            ("description", "Une journée avec les analystes.")
        ]
        #expect(try yanis.post("/vis-mon-job/ambassadeur", [("edition", edition)] + lyon).status == 303)
        let first = try world.sql("SELECT id FROM vmj_ambassadors WHERE city = 'Lyon'")
        try yanis.get("/vis-mon-job/ambassadeur")
        let withdrawal = [("ambassadeur", first), ("revision", "1")]
        #expect(try camille.post("/vis-mon-job/ambassadeur/retrait", withdrawal).status == 404, "not Camille's")
        let asked = try yanis.post("/vis-mon-job/ambassadeur/retrait", withdrawal)
        #expect(asked.status == 200 && asked.text.contains("<h1>Retirer votre inscription d’ambassadeur ?</h1>"))
        #expect(try world.sql("SELECT count(*) FROM vmj_ambassadors") == "2")
        let withdrawn = try yanis.post("/vis-mon-job/ambassadeur/retrait", withdrawal + [("confirmation", "oui")])
        #expect(withdrawn.status == 303)
        #expect(try world.sql("SELECT count(*) FROM vmj_ambassadors WHERE city = 'Lyon'") == "0")
        #expect(
            try world.sql("SELECT count(*) FROM audit_events WHERE action = 'vmj.ambassador.withdrawn'") == "1")
        #expect(try yanis.get("/vis-mon-job/ambassadeur").text.contains("Devenir ambassadeur ou ambassadrice"))
        #expect(try yanis.post("/vis-mon-job/ambassadeur", [("edition", edition)] + lyon).status == 303)
        let lyonID = try world.sql("SELECT id FROM vmj_ambassadors WHERE city = 'Lyon'")

        // A student registers on the public form: the private link arrives by e-mail and opens
        // their page, where they change their registration.
        let lina = WebBrowser(world.server)
        try lina.get("/vis-mon-job")
        let registered = try lina.post("/vis-mon-job", Self.student("lina@etu.example.fr", edition: edition))
        #expect(registered.status == 303)
        let confirmation = try lina.get(try #require(registered.headers["location"]))
        #expect(confirmation.text.contains("envoyé par courriel à l'adresse lina@etu.example.fr"))
        let noe = WebBrowser(world.server)
        try noe.get("/vis-mon-job")
        #expect(
            try noe.post("/vis-mon-job", Self.student("noe@etu.example.fr", edition: edition, wish: "analyst"))
                .status == 303)
        let link = try Self.mailedLink(world, to: "lina@etu.example.fr")
        #expect(link.hasPrefix("/vis-mon-job/binome?jeton="))
        // Delivered, the message leaves no copy of the token in the outbox.
        #expect(
            try world.sql(
                "SELECT status || ':' || json_extract(payload, '$.visMonJobStudentRegistered.token') FROM notification_outbox "
                    + "WHERE kind = 'vis-mon-job-student-registered' AND recipient_email = 'lina@etu.example.fr'")
                == "sent:")
        let privatePage = try lina.get(link)
        #expect(privatePage.status == 200 && privatePage.text.contains("<h1>Mon binôme Vis mon job</h1>"))
        #expect(
            privatePage.text.contains("lina@etu.example.fr") && privatePage.text.contains("Modifier mon inscription"))
        let token = String(link.dropFirst("/vis-mon-job/binome?jeton=".count))
        let edit = Self.student("lina@etu.example.fr", edition: edition).filter { $0.0 != "edition" }
        #expect(
            try lina.post("/vis-mon-job/binome/modifier", [("jeton", token), ("revision", "1")] + edit, csrf: "forged")
                .status == 403)
        try lina.get(link)
        let badEdit = try lina.post(
            "/vis-mon-job/binome/modifier",
            [("jeton", token), ("revision", "1")] + edit.map { $0.0 == "email" ? ($0.0, "pas-une-adresse") : $0 })
        #expect(badEdit.status == 422 && badEdit.text.contains("id=\"email-erreur\""))
        #expect(badEdit.text.contains("value=\"pas-une-adresse\"") && badEdit.text.contains("Erreur : saisissez"))
        try lina.get(link)
        let edited = try lina.post(
            "/vis-mon-job/binome/modifier",
            [("jeton", token), ("revision", "1")] + edit.map { $0.0 == "ecole" ? ($0.0, "IUT de Lannion") : $0 })
        #expect(edited.status == 303)
        #expect(
            try world.sql("SELECT school, revision FROM vmj_students WHERE email = 'lina@etu.example.fr'")
                == "IUT de Lannion|2")
        #expect(try lina.get(link).text.contains("<dd>IUT de Lannion</dd>"))

        // A coaching hour with its video link; the ambassador books it and reads the link.
        try console.get(page)
        let slot = [("date", "2026-11-03"), ("heure", "10:00"), ("capacite", "5")]
        let noPlace = try console.post(page + "/creneaux", slot + [("lieu", " ")])
        #expect(noPlace.status == 422 && noPlace.text.contains("id=\"lieu-erreur\""))
        try console.get(page)
        let visio = "https://webconf.numerique.gouv.fr/vis-mon-job"
        #expect(try console.post(page + "/creneaux", slot + [("lieu", visio)]).status == 303)
        #expect(try world.sql("SELECT place, capacity FROM vmj_coaching_slots") == "\(visio)|5")
        let slotID = try world.sql("SELECT id FROM vmj_coaching_slots")
        try camille.get("/vis-mon-job/ambassadeur")
        #expect(try camille.post("/vis-mon-job/coaching/\(slotID)/reservation", []).status == 303)
        let booked = try camille.get("/vis-mon-job/ambassadeur")
        #expect(booked.text.contains("Vous avez réservé la séance du") && booked.text.contains("href=\"\(visio)\""))

        // The operator's page lists both sides.
        let open = try console.get(page)
        #expect(open.text.contains("Camille Martin") && open.text.contains("Yanis Benali"))
        #expect(open.text.contains("lina@etu.example.fr") && open.text.contains("IUT de Lannion"))

        // Closing the registrations asks first.
        let revision = { try world.sql("SELECT revision FROM vmj_editions") }
        let close = try console.post(page + "/cloture", [("revision", try revision())])
        #expect(close.status == 200 && close.text.contains("<h1>Clore les inscriptions ?</h1>"))
        #expect(try world.sql("SELECT state FROM vmj_editions") == "open")
        #expect(
            try camille.post(page + "/cloture", [("revision", try revision()), ("confirmation", "oui")]).status == 403)
        try console.get(page)
        #expect(
            try console.post(page + "/cloture", [("revision", try revision()), ("confirmation", "oui")]).status == 303)
        #expect(try world.sql("SELECT state FROM vmj_editions") == "matching")
        try camille.get("/vis-mon-job/ambassadeur")
        #expect(!(try camille.get("/vis-mon-job/ambassadeur").text.contains("Modifier mon inscription")))

        // The pairing, with why each pair was formed; Noé, left without an ambassador, is
        // given to Yanis.
        try console.get(page)
        #expect(try console.post(page + "/appariement", [("revision", try revision())]).status == 303)
        let preview = try console.get(page)
        #expect(preview.text.contains("Pourquoi ce binôme"))
        #expect(preview.text.contains("Métier souhaité n°1") && preview.text.contains("département 75 (choix n°1)"))
        #expect(preview.text.contains("Étudiants sans binôme"))
        #expect(try world.sql("SELECT count(*) FROM vmj_pairs") == "1")
        let noeID = try world.sql("SELECT id FROM vmj_students WHERE email = 'noe@etu.example.fr'")
        let adjustment = [("revision", try revision()), ("etudiant", noeID), ("ambassadeur", lyonID)]
        let staleAdjustment = try console.post(
            page + "/ajustement", [("revision", "1"), ("etudiant", noeID), ("ambassadeur", lyonID)])
        #expect(staleAdjustment.status == 409 && staleAdjustment.text.contains("a changé entre-temps"))
        try console.get(page)
        #expect(try console.post(page + "/ajustement", adjustment).status == 303)
        #expect(
            try world.sql("SELECT ambassador_id, manual FROM vmj_pairs WHERE student_id = \(noeID)") == "\(lyonID)|1")
        let adjusted = try console.get(page)
        #expect(adjusted.text.contains("Binôme ajusté par l&#39;équipe du programme"))

        // The publication asks first, then both sides are told.
        let publish = try console.post(page + "/publication", [("revision", try revision())])
        #expect(publish.status == 200 && publish.text.contains("<h1>Publier les binômes ?</h1>"))
        try console.get(page)
        #expect(
            try console.post(page + "/publication", [("revision", try revision()), ("confirmation", "oui")]).status
                == 303)
        #expect(try world.sql("SELECT state FROM vmj_editions") == "paired")
        #expect(
            try world.sql("SELECT count(*) FROM notification_outbox WHERE kind = 'vis-mon-job-pair-published'") == "4")
        #expect(try lina.get(link).text.contains("Camille Martin"))

        // From the day on: a day done, then the edition closed, each after confirmation.
        try world.setClock("2026-11-17T16:00:00Z")
        try console.signIn(Self.operatorEmail, database: world.database)
        let pair = try world.sql("SELECT id FROM vmj_pairs WHERE student_id != \(noeID)")
        let paired = try console.get(page)
        #expect(paired.text.contains("/console/vis-mon-job/binomes/\(pair)/effectue"))
        let done = "/console/vis-mon-job/binomes/\(pair)/effectue"
        let askDone = try console.post(done, [])
        #expect(askDone.status == 200 && askDone.text.contains("<h1>Confirmer que la journée a eu lieu ?</h1>"))
        try console.get(page)
        #expect(try console.post(done, [("confirmation", "oui")]).status == 303)
        #expect(try world.sql("SELECT status FROM vmj_pairs WHERE id = \(pair)") == "done")
        try console.get(page)
        let askComplete = try console.post(page + "/terminer", [("revision", try revision())])
        #expect(askComplete.status == 200 && askComplete.text.contains("<h1>Clore l’édition ?</h1>"))
        try console.get(page)
        #expect(
            try console.post(page + "/terminer", [("revision", try revision()), ("confirmation", "oui")]).status == 303)
        #expect(try world.sql("SELECT state FROM vmj_editions") == "done")
        #expect(try console.get(page).text.contains("L'édition est terminée."))

        try WebAccessibility.expectNoViolations(["/console/vis-mon-job", page], browser: console)
        try WebAccessibility.expectNoViolations(
            documents: [
                "console-edition-erreurs": wrong.text, "console-dates-inversees": reversed.text,
                "console-ouverte": open.text, "console-apercu": preview.text, "console-ajuste": adjusted.text,
                "console-publiee": paired.text, "console-creneau-erreur": noPlace.text,
                "console-ajustement-perime": staleAdjustment.text, "confirmer-cloture": close.text,
                "confirmer-publication": publish.text, "confirmer-journee": askDone.text,
                "confirmer-fin": askComplete.text, "ambassadeur-inscrit": mine.text,
                "ambassadeur-modification-erreur": badChange.text, "ambassadeur-reservation": booked.text,
                "ambassadeur-confirmer-retrait": asked.text, "etudiant-page": privatePage.text,
                "etudiant-modification-erreur": badEdit.text, "etudiant-confirmation": confirmation.text
            ], server: world.server)
    }

    /// The operator's console pages are the operator's: a talent gets 403 on each form too,
    /// and nothing changes.
    @Test func theConsoleFormsRefuseAnybodyButTheOperator() throws {
        let world = try VisMonJobWorld(now: "2026-09-01T08:00:00Z")
        defer { world.stop() }
        let edition = try WebVisMonJobTests.openEdition(world)
        let camille = WebBrowser(world.server)
        try camille.signIn("camille.martin@mina.gouv.fr", database: world.database)
        try camille.get("/vis-mon-job")
        let base = "/console/vis-mon-job/\(edition)"
        for (path, fields) in [
            (
                "/console/vis-mon-job",
                [
                    ("nom", "X"), ("ouverture", "2026-09-01"), ("cloture", "2026-10-01"), ("journee", "2026-11-01"),
                    ("fenetre", "30")
                ]
            ),
            (base + "/cloture", [("revision", "1"), ("confirmation", "oui")]),
            (base + "/creneaux", [("date", "2026-11-03"), ("heure", "10:00"), ("capacite", "5"), ("lieu", "Paris")]),
            (base + "/appariement", [("revision", "1")]),
            (base + "/publication", [("revision", "1"), ("confirmation", "oui")]),
            (base + "/terminer", [("revision", "1"), ("confirmation", "oui")])
        ] {
            #expect(try camille.post(path, fields).status == 403, "\(path)")
        }
        #expect(try world.sql("SELECT count(*) FROM vmj_editions") == "1")
        #expect(try world.sql("SELECT count(*) FROM vmj_coaching_slots") == "0")
        #expect(try world.sql("SELECT state, revision FROM vmj_editions") == "open|1")
    }

    // MARK: Helpers

    /// The registration form's fields.
    static func student(_ email: String, edition: String, wish: String = "developer") -> [(String, String)] {
        [
            ("edition", edition), ("email", email), ("ecole", "Université Paris Cité"), ("niveau", "bac+3"),
            ("voeu-1", wish), ("departements", "75")
        ]
    }

    /// Sends the outbox with `talents-admin jobs run` (the default transport: a maildir beside
    /// the database) and returns the path of the link of the message to `email`.
    static func mailedLink(_ world: VisMonJobWorld, to email: String) throws -> String {
        let run = try Subprocess.run(
            "talents-admin", ["jobs", "run"],
            environment: [
                "TALENTS_DB": world.database, "TALENTS_CLOCK_FILE": world.clockFile,
                "TALENTS_BASE_URL": "https://talents.example.gouv.fr"
            ])
        try #require(run.status == 0, "\(run.errorOutput)")
        let folder = world.directory.path("mail/new")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let raw = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            // The bodies are quoted-printable: soft line breaks joined, `=3D` back to `=`.
            let text = raw.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "=\n", with: "")
                .replacingOccurrences(of: "=3D", with: "=")
            guard text.contains(email), text.contains("/vis-mon-job/binome?jeton=") else { continue }
            #expect(text.contains("Subject:") && text.contains("lien personnel"))
            let match = try #require(
                text.firstMatch(
                    of: /https:\/\/talents\.example\.gouv\.fr(\/vis-mon-job\/binome\?jeton=[A-Za-z0-9_%-]+)/),
                "no private link in the message")
            return String(match.1)
        }
        Issue.record("no message to \(email) in \(folder)")
        throw WebVisMonJobConsoleTestsError.noMessage
    }
}

enum WebVisMonJobConsoleTestsError: Error {
    case noMessage
}

extension WebVisMonJobConsoleTests {
    /// The editions page by page, the most recent first: twenty on the first page, the oldest
    /// on the second, reached by the pagination's link.
    @Test func theEditionsArePaginated() throws {
        let world = try VisMonJobWorld(now: "2026-09-01T08:00:00Z")
        defer { world.stop() }
        for index in 1...21 {
            let created = try world.server.send(
                "POST", "/v1/vmj/editions", token: world.operatorToken,
                json: """
                    {"name":"Édition \(index)","eventDay":"2026-11-17","registrationOpens":"2026-09-01",\
                    "registrationCloses":"2026-10-15"}
                    """)
            try #require(created.status == 201, "\(created.text)")
        }
        let console = WebBrowser(world.server)
        try console.signIn(Self.operatorEmail, database: world.database)
        let first = try console.get("/console/vis-mon-job")
        #expect(first.text.contains("class=\"fr-pagination"))
        #expect(first.text.contains("href=\"/console/vis-mon-job?page=2\""))
        #expect(first.text.components(separatedBy: "href=\"/console/vis-mon-job/").count - 1 == 20)
        let second = try console.get("/console/vis-mon-job?page=2")
        #expect(second.text.components(separatedBy: "href=\"/console/vis-mon-job/").count - 1 == 1)
        #expect(try console.get("/console/vis-mon-job?page=99").status == 200, "beyond the last: the last page")
        try WebAccessibility.expectNoViolations(["/console/vis-mon-job?page=2"], browser: console)
    }
}
