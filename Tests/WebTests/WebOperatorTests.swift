import Foundation
import Testing

@testable import AppTestSupport

/// The operator's and referents' pages (issue 18) through a browser over real sockets, on the
/// demo data served by the real `talents-api`: effects checked in the database and the JSON API,
/// every new page and error re-render checked with axe-core.
@Suite struct WebOperatorTests {
    @Test func theOperatorManagesAccountsAdministrationsCorrectionsAndFigures() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let browser = WebBrowser(fixture.server)
        try browser.signIn(fixture.member(.operator).email, database: fixture.database)

        // Finds a user by name, changes their roles.
        let target = try UserRecords.withinReach(fixture, 3)
        let row = try fixture.sql("SELECT display_name || '|' || email FROM users WHERE id = \(target)")
            .split(separator: "|").map(String.init)
        let (name, email) = (row[0], row[1])
        let found = try browser.get("/utilisateurs?texte=\(WebBrowser.encode(name))&etat=actifs")
        #expect(found.status == 200)
        #expect(found.text.contains("href=\"/utilisateurs/\(target)\""), "the search finds \(name)")
        #expect(try browser.get("/utilisateurs/\(target)").status == 200)
        let roles = try browser.post(
            "/utilisateurs/\(target)/roles",
            [
                ("proposes", "talent,mission-owner,line-manager,referent,operator"), ("role-talent", "oui"),
                ("role-line-manager", "oui")
            ])
        #expect(roles.status == 303)
        #expect(
            try fixture.sql(
                "SELECT group_concat(role) FROM (SELECT role FROM user_roles WHERE user_id = \(target) ORDER BY role)")
                == "line-manager,talent")
        #expect(
            try fixture.sql(
                "SELECT count(*) FROM audit_events WHERE action = 'user.roles-changed' AND subject_id = \(target)")
                == "1")

        // The user has a browser session and a bearer token; deactivating ends both at once.
        let person = WebBrowser(fixture.server)
        try person.signIn(email, database: fixture.database)
        #expect(try person.get("/mon-espace").status == 200)
        let issued = try Subprocess.run(
            "talents-admin", ["tokens", "issue", "--email", email], environment: ["TALENTS_DB": fixture.database])
        let token = issued.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try fixture.server.send("GET", "/v1/me", token: token).status == 200)
        try browser.get("/utilisateurs/\(target)")
        let asked = try browser.post("/utilisateurs/\(target)/desactiver", [])
        #expect(asked.status == 200)
        #expect(asked.text.contains("Désactiver le compte de \(name) ?"))
        let confirmationPage = asked.text
        #expect(
            try fixture.sql("SELECT deactivated_at IS NULL FROM users WHERE id = \(target)") == "1",
            "asking changes nothing")
        #expect(try browser.post("/utilisateurs/\(target)/desactiver", [("confirmation", "oui")]).status == 303)
        #expect(try fixture.sql("SELECT deactivated_at IS NOT NULL FROM users WHERE id = \(target)") == "1")
        let signedOut = try person.get("/mon-espace")
        #expect(signedOut.status == 303 && (signedOut.headers["location"] ?? "").hasPrefix("/connexion"))
        #expect(try fixture.server.send("GET", "/v1/me", token: token).status == 401)
        #expect(try browser.get("/utilisateurs/\(target)").text.contains("Réactiver le compte"))

        // Adds an administration under the referent's ministry, then edits it; a bad acronym comes back.
        let ministry = try RecognitionRecords.referentAdministration(fixture)
        try browser.get("/console/administrations")
        let bad = try browser.post(
            "/console/administrations",
            [
                ("nom", "Service des essais"), ("sigle", "x"), ("niveau", "directorate"),
                ("fonction-publique", "state"),
                ("parent", String(ministry))
            ])
        #expect(bad.status == 422)
        #expect(
            bad.text.contains("Erreur : le sigle compte de 2 à 16") && bad.text.contains("value=\"Service des essais\"")
        )
        let administrationError = bad.text
        try browser.get("/console/administrations")
        let added = try browser.post(
            "/console/administrations",
            [
                ("nom", "Service des essais"), ("sigle", "ESSAIS"), ("niveau", "directorate"),
                ("fonction-publique", "state"),
                ("parent", String(ministry))
            ])
        #expect(added.status == 303)
        let administration = try fixture.sql("SELECT id FROM administrations WHERE acronym = 'ESSAIS'")
        #expect(try browser.get("/console/administrations").text.contains("Service des essais"))
        try browser.get("/console/administrations/\(administration)")
        let edited = try browser.post(
            "/console/administrations/\(administration)",
            [
                ("nom", "Direction des essais"), ("sigle", "ESSAI"), ("niveau", "directorate"),
                ("fonction-publique", "state"),
                ("parent", String(ministry))
            ])
        #expect(edited.status == 303)
        #expect(
            try fixture.sql("SELECT name || ' ' || acronym FROM administrations WHERE id = \(administration)")
                == "Direction des essais ESSAI")
        #expect(
            try fixture.sql(
                "SELECT count(*) FROM audit_events WHERE action = 'administration.updated' AND subject_id = \(administration)"
            ) == "1")
        try browser.get("/console/administrations/\(ministry)")
        let cycle = try browser.post(
            "/console/administrations/\(ministry)",
            [
                ("nom", "Ministère"), ("sigle", "MINCYCLE"), ("niveau", "ministry"), ("fonction-publique", "state"),
                ("parent", administration)
            ])
        #expect(cycle.status == 422)

        // Reopens a declined application, with a reason and a confirmation.
        let application = try WebAccessMatrix.declinedApplication(fixture)
        #expect(try browser.get("/console/candidatures").text.contains("/console/candidatures/\(application)"))
        let page = try browser.get("/console/candidatures/\(application)")
        #expect(page.text.contains("Rouvrir"))
        let noReason = try browser.post("/console/candidatures/\(application)/rouvrir", [("motif", " ")])
        #expect(noReason.status == 422)
        #expect(noReason.text.contains("Erreur : indiquez le motif de la réouverture."))
        let reopenError = noReason.text
        try browser.get("/console/candidatures/\(application)")
        let reopened = try browser.post(
            "/console/candidatures/\(application)/rouvrir",
            [("motif", "Déclinée par erreur"), ("confirmation", "oui")])
        #expect(reopened.status == 303)
        #expect(
            try fixture.sql("SELECT status || ' ' || reopening_reason FROM applications WHERE id = \(application)")
                == "submitted Déclinée par erreur")

        // Revokes a diploma found by its holder; the verification answers that it is revoked.
        let diploma = try RecognitionRecords.diploma(fixture)
        let holder = try fixture.sql("SELECT display_name FROM users WHERE id = \(fixture.member(.talent).id)")
        let diplomas = try browser.get("/console/diplomes?titulaire=\(WebBrowser.encode(holder))&mission=matrice")
        #expect(diplomas.text.contains("/console/diplomes/\(diploma)"))
        try browser.get("/console/diplomes/\(diploma)")
        #expect(
            try browser.post(
                "/console/diplomes/\(diploma)/revoquer", [("motif", "Mission non réalisée"), ("confirmation", "oui")]
            ).status == 303)
        let verification = try fixture.server.send(
            "GET", "/badges/assertions/\(diploma)", headers: ["Accept": "application/json"])
        #expect(verification.status == 410)
        #expect((verification.json as? [String: Any])?["revoked"] as? Bool == true)

        // The figures over a period, a bad date, and the CSV of the same period.
        let period = try browser.get("/console?du=01/01/2026&au=31/12/2026")
        #expect(period.status == 200)
        #expect(period.text.contains("du 1er janvier 2026 au 31 décembre 2026"))
        // The download link keeps the period, as jj/mm/aaaa.
        #expect(period.text.contains(#"<input type="hidden" name="du" value="01/01/2026">"#))
        let badPeriod = try browser.get("/console?du=32/13/2026&au=")
        #expect(badPeriod.status == 422)
        #expect(badPeriod.text.contains("Erreur : saisissez une date au format jj/mm/aaaa"))
        let csv = try browser.get("/console/chiffres.csv?du=01/01/2026&au=31/12/2026")
        #expect(csv.status == 200)
        #expect(csv.headers["content-type"]?.hasPrefix("text/csv") == true)
        #expect(Array(csv.body.prefix(3)) == [0xEF, 0xBB, 0xBF], "a BOM for the spreadsheet")
        let lines = csv.text.split(whereSeparator: \.isNewline)
        #expect(lines.first?.hasSuffix("Du;Au;Rubrique;Indicateur;Valeur") == true)
        #expect(lines.dropFirst().first?.hasPrefix("01/01/2026;31/12/2026;Missions par état;") == true)
        #expect(try fixture.sql("SELECT count(*) FROM audit_events WHERE action = 'download.programme-figures'") == "1")

        // Every new page, and the forms' error re-renders, without accessibility violations.
        try WebAccessibility.expectNoViolations(
            [
                "/utilisateurs", "/utilisateurs/\(target)", "/console/administrations",
                "/console/administrations/\(administration)", "/console/candidatures",
                "/console/candidatures/\(application)", "/console/diplomes?titulaire=a",
                "/console/diplomes/\(diploma)", "/console?du=01/01/2026&au=31/12/2026", "/console?du=32/13/2026"
            ], browser: browser)
        try browser.get("/utilisateurs")
        let userError = try browser.post(
            "/utilisateurs", [("nom", ""), ("courriel", "pas-une-adresse"), ("administration", "")])
        #expect(userError.status == 422)
        try WebAccessibility.expectNoViolations(
            documents: [
                "administration-erreur": administrationError, "reouverture-erreur": reopenError,
                "utilisateur-erreur": userError.text, "confirmation-desactivation": confirmationPage
            ], server: fixture.server)
    }

    @Test func aReferentGrantsWithinTheirReachOnly() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let browser = WebBrowser(fixture.server)
        try browser.signIn(fixture.member(.referent).email, database: fixture.database)
        let own = try UserRecords.withinReach(fixture, 0)
        let foreign = try UserRecords.outsideReach(fixture)

        let list = try browser.get("/utilisateurs")
        #expect(list.status == 200)
        #expect(!list.text.contains("href=\"/utilisateurs/\(foreign)\""))
        let page = try browser.get("/utilisateurs/\(own)")
        #expect(
            page.text.contains("id=\"role-mission-owner\"") && !page.text.contains("id=\"role-referent\""),
            "only the roles a referent grants are offered")
        let granted = try browser.post(
            "/utilisateurs/\(own)/roles",
            [("proposes", "mission-owner,line-manager"), ("role-mission-owner", "oui")])
        #expect(granted.status == 303)
        #expect(
            try fixture.sql("SELECT count(*) FROM user_roles WHERE user_id = \(own) AND role = 'mission-owner'") == "1")

        try browser.get("/utilisateurs")
        let before = try fixture.sql("SELECT count(*) FROM audit_events")
        let outside = try browser.post(
            "/utilisateurs/\(foreign)/roles", [("proposes", "mission-owner"), ("role-mission-owner", "oui")])
        #expect(outside.status == 403)
        #expect(outside.text.contains("<h1>Accès refusé</h1>"))
        // A forged form: the use case decides, not the checkboxes.
        try browser.get("/utilisateurs")
        let referent = try browser.post(
            "/utilisateurs/\(own)/roles", [("proposes", "referent"), ("role-referent", "oui")])
        #expect(referent.status == 403)
        #expect(try fixture.sql("SELECT count(*) FROM audit_events") == before)
        #expect(try fixture.sql("SELECT count(*) FROM user_roles WHERE user_id = \(own) AND role = 'referent'") == "0")
        // The same over the API with the referent's token.
        let api = try fixture.server.send(
            "POST", "/v1/users/\(foreign)/roles", token: fixture.token(.referent), json: #"{"add":["mission-owner"]}"#)
        #expect(api.status == 403)
    }
}
