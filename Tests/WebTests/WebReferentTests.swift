import Domain
import Foundation
import Persistence
import Testing
import Workflows

@testable import AppTestSupport

/// The referent's pages (issue 18) on the real binary: from their sign-in, a referent of the
/// agents' ministry finds the orders their administration issued in the register and downloads
/// it, cancels one after confirming, reads the credit statement and downloads it, and confirms
/// an agent's employment; a referent of another administration is refused the account and the
/// cancellation. The agreements, orders and credits are made through the use cases on the same
/// database file, as the parties would make them.
@Suite struct WebReferentTests {
    /// The beneficiary ministry: an accented name, to read intact in the downloads.
    static let beneficiaryName = "Ministère de l’Écologie et des Énergies"

    @Test func theReferentKeepsTheRegisterCancelsAnOrderReadsTheCreditsAndConfirmsAnAgent() throws {
        let world = try ApplicationWorld(talents: 3)
        defer { world.close() }
        let setup = try Self.prepare(world)
        var fetched: [String: String] = [:]

        let referent = WebBrowser(world.server)
        try referent.signIn("referent@numerique.gouv.fr", database: world.database)

        // The register: both orders, newest first, each linking to its page; the filters narrow it.
        let register = try referent.get("/referent/ordres-de-mission")
        #expect(register.status == 200)
        for order in setup.orders {
            #expect(register.text.contains("href=\"/ordres-de-mission/\(order.id)\">\(order.reference)</a>"))
        }
        #expect(register.text.contains("Personne talent1") && register.text.contains("Élise Référente"))
        #expect(register.text.contains("\(Self.beneficiaryName) (MEE)") && register.text.contains("En vigueur"))
        let first = setup.orders[0]
        let narrowed = try referent.get("/referent/ordres-de-mission?q=talent1&etat=en-vigueur")
        #expect(narrowed.text.contains(first.reference) && !narrowed.text.contains(setup.orders[1].reference))
        let none = try referent.get("/referent/ordres-de-mission?etat=annule")
        #expect(none.text.contains("Aucun ordre de mission ne correspond à ces critères."))
        let badDate = try referent.get("/referent/ordres-de-mission?debut=hier&q=talent")
        #expect(badDate.status == 422 && badDate.text.contains("id=\"debut-erreur\""))
        #expect(badDate.text.contains("value=\"hier\"") && badDate.text.contains("value=\"talent\""))
        fetched["registre-erreur"] = badDate.text

        // The download of the filtered register: French spreadsheet CSV, audited without the text searched.
        let csv = try referent.get("/referent/ordres-de-mission.csv?q=talent1")
        #expect(csv.status == 200 && csv.headers["content-type"] == "text/csv; charset=utf-8")
        #expect(csv.headers["content-disposition"]?.contains("attachment") == true)
        let sheet = try Self.sheet(csv.body)
        #expect(sheet.hasPrefix("Référence;Agent;Mission;Administration émettrice;Administration bénéficiaire;"))
        #expect(sheet.contains(first.reference) && !sheet.contains(setup.orders[1].reference))
        #expect(sheet.contains(";\(Self.beneficiaryName) (MEE);\(Self.french(setup.start));"))
        #expect(sheet.contains(";Élise Référente;En vigueur;"))
        #expect(
            try world.sql(
                "SELECT subject_type || ':' || subject_id || ':' || details FROM audit_events WHERE action = 'download.mission-orders'"
            ) == "administration:\(setup.employer):{\"lines\":\"1\",\"text\":\"yes\"}")

        // The cancellation: a reason is required, then a confirmation; only that one acts.
        let orderPage = "/ordres-de-mission/\(first.id)"
        #expect(try referent.get(orderPage).text.contains(">Annuler l’ordre de mission</button>"))
        let cancel = orderPage + "/annuler"
        let inForce = "SELECT count(*) FROM mission_orders WHERE cancelled_at IS NULL"
        try WebEngagementTests.expectCSRFRefused(
            referent, cancel, [("motif-annulation", "Mission reportée"), ("revision", "1")], world: world,
            unchanged: inForce)
        let noReason = try referent.post(cancel, [("motif-annulation", "  "), ("revision", "1")])
        #expect(noReason.status == 422 && noReason.text.contains("id=\"motif-annulation-erreur\""))
        #expect(noReason.text.contains("indiquez le motif d’annulation."))
        fetched["annulation-erreur"] = noReason.text
        try referent.get(orderPage)
        let asked = try referent.post(
            cancel, [("motif-annulation", "Mission reportée <à l'automne>"), ("revision", "1")])
        #expect(asked.status == 200 && asked.text.contains("<h1>Annuler l’ordre de mission \(first.reference) ?</h1>"))
        #expect(asked.text.contains("&lt;à l&#39;automne&gt;") && !asked.text.contains("<à l'automne>"))
        fetched["annulation-confirmation"] = asked.text
        #expect(try world.sql(inForce) == "2")
        let done = try referent.post(
            cancel, [("motif-annulation", "Mission reportée <à l'automne>"), ("revision", "1"), ("confirmation", "oui")]
        )
        #expect(done.status == 303 && done.headers["location"] == orderPage)
        #expect(
            try world.sql(
                "SELECT cancellation_reason FROM mission_orders WHERE id = \(first.id) AND cancelled_at IS NOT NULL")
                == "Mission reportée <à l'automne>")
        #expect(
            try world.sql(
                "SELECT count(*) FROM audit_events WHERE action = 'mission-order.cancelled' AND subject_id = \(first.id)"
            )
                == "1")
        let cancelled = try referent.get(orderPage).text
        #expect(
            cancelled.contains("Annulé le") && cancelled.contains("motif : Mission reportée &lt;à l&#39;automne&gt;"))
        #expect(!cancelled.contains(">Annuler l’ordre de mission</button>"))
        #expect(try referent.get("/referent/ordres-de-mission?etat=annule").text.contains(first.reference))

        // The credit account: 2 h 30 validated for the other ministry earn 2,50 credits.
        let credits = try referent.get("/referent/credits")
        #expect(credits.status == 200)
        #expect(credits.text.contains("<dt>Solde</dt><dd>2,50 crédits</dd>"))
        #expect(credits.text.contains("Heures validées") && credits.text.contains("\(Self.beneficiaryName) (MEE)"))
        #expect(credits.text.contains("<td>2,50</td>"))
        let empty = try referent.get("/referent/credits?debut=01/01/2000&fin=31/12/2000")
        #expect(empty.text.contains("Aucun mouvement sur cette période."))
        let badPeriod = try referent.get("/referent/credits?debut=31/12/2030&fin=01/01/2030")
        #expect(badPeriod.status == 422 && badPeriod.text.contains("id=\"fin-erreur\""))
        fetched["credits-erreur"] = badPeriod.text
        let statement = try referent.get("/referent/credits/releve.csv")
        #expect(statement.status == 200 && statement.headers["content-type"] == "text/csv; charset=utf-8")
        let lines = try Self.sheet(statement.body).split(separator: "\r\n").map(String.init)
        #expect(lines.first == "Date;Libellé;Contrepartie;Débit;Crédit;Solde" && lines.count == 2)
        let line = try #require(lines.last)
        #expect(
            line.wholeMatch(of: /\d\d\/\d\d\/20\d\d;Heures validées \(déclaration de temps n° \d+\);.*/) != nil,
            "\(line)")
        #expect(line.hasSuffix(";\(Self.beneficiaryName) (MEE);;2,50;2,50"), "\(line)")
        #expect(
            try world.sql(
                "SELECT subject_type || ':' || subject_id FROM audit_events WHERE action = 'download.credit-statement'")
                == "administration:\(setup.employer)")

        // The agents to confirm: the third talent; confirming removes them from the list.
        let agents = try referent.get("/referent/agents-a-confirmer")
        #expect(agents.text.contains("Personne talent3") && !agents.text.contains("Personne talent1"))
        fetched["agents"] = agents.text
        let confirmed =
            "SELECT employment_confirmed_employer_id IS NOT NULL FROM talents WHERE id = \(setup.unconfirmed)"
        #expect(try world.sql(confirmed) == "0")
        let confirm = "/referent/agents-a-confirmer/\(setup.unconfirmed)/confirmer"
        try WebEngagementTests.expectCSRFRefused(
            referent, confirm, [("revision", try WebEngagementTests.revision(referent))], world: world,
            unchanged: confirmed)
        try referent.get("/referent/agents-a-confirmer")
        let confirmation = try referent.post(confirm, [("revision", try WebEngagementTests.revision(referent))])
        #expect(confirmation.status == 303 && confirmation.headers["location"] == "/referent/agents-a-confirmer")
        #expect(try world.sql(confirmed) == "1")
        #expect(
            try referent.get("/referent/agents-a-confirmer").text.contains("Aucun emploi n’attend de confirmation."))

        // The operator reads any account.
        let operatorBrowser = WebBrowser(world.server)
        try operatorBrowser.signIn("operator@numerique.gouv.fr", database: world.database)
        let chosen = try operatorBrowser.get("/referent/credits?administration=\(setup.employer)")
        #expect(chosen.status == 200 && chosen.text.contains("<dt>Solde</dt><dd>2,50 crédits</dd>"))
        // (this operator belongs to MINESSAI: their own account first, and a choice of the others)
        #expect(
            try operatorBrowser.get("/referent/credits").text.contains("id=\"administration\" name=\"administration\""))

        // A referent of the beneficiary ministry reads neither this account nor cancels an order.
        let other = WebBrowser(world.server)
        try other.signIn("referent.mee@numerique.gouv.fr", database: world.database)
        let foreign = try other.get("/referent/credits?administration=\(setup.employer)")
        #expect(foreign.status == 403 && foreign.text.contains("<h1>Accès refusé</h1>"))
        #expect(try other.get("/referent/credits").status == 200, "their own account")
        #expect(try other.get("/referent/credits/releve.csv?administration=\(setup.employer)").status == 403)
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'download.credit-statement'") == "1")
        let register2 = try other.get("/referent/ordres-de-mission").text
        #expect(!register2.contains(setup.orders[1].reference), "the orders of another ministry are not theirs")
        let orders = "SELECT group_concat(coalesce(cancelled_at, '-')) FROM mission_orders"
        let before = try world.sql(orders)
        let refused = try other.post(
            "/ordres-de-mission/\(setup.orders[1].id)/annuler",
            [("motif-annulation", "Pas le mien"), ("revision", "1"), ("confirmation", "oui")])
        // The order of an agreement they may not read does not exist for them (as the agreement).
        #expect(refused.status == 404, "\(refused.status)")
        #expect(try other.get("/ordres-de-mission/\(setup.orders[1].id)").status == 404)
        // The line manager reads the order but may not cancel it: no form, and the form is refused.
        let manager = WebBrowser(world.server)
        try manager.signIn("helene.garnier@numerique.gouv.fr", database: world.database)
        let managerView = try manager.get("/ordres-de-mission/\(setup.orders[1].id)")
        #expect(managerView.status == 200 && !managerView.text.contains("motif-annulation"))
        for confirmation in [[], [("confirmation", "oui")]] {
            let post = try manager.post(
                "/ordres-de-mission/\(setup.orders[1].id)/annuler",
                [("motif-annulation", "Pas le mien"), ("revision", "1")] + confirmation)
            #expect(post.status == 403 && post.text.contains("<h1>Accès refusé</h1>"))
        }
        #expect(try world.sql(orders) == before)

        try WebAccessibility.expectNoViolations(
            [
                "/referent/ordres-de-mission", "/referent/ordres-de-mission?page=1&etat=annule", orderPage,
                "/ordres-de-mission/\(setup.orders[1].id)", "/referent/credits", "/referent/agents-a-confirmer"
            ], browser: referent)
        try WebAccessibility.expectNoViolations(documents: fetched, server: world.server)
    }

    // MARK: Setup

    /// A downloaded sheet's text after checking its UTF-8 byte order mark.
    static func sheet(_ body: Data) throws -> String {
        let bytes = [UInt8](body)
        try #require(bytes.starts(with: [0xEF, 0xBB, 0xBF]), "no byte order mark")
        return String(decoding: bytes.dropFirst(3), as: UTF8.self)
    }

    /// `jj/mm/aaaa`.
    static func french(_ date: LocalDate) -> String {
        String(format: "%02d/%02d/%04d", date.day, date.month, date.year)
    }

    /// What ``prepare(_:)`` made.
    struct Setup {
        /// The agents' ministry (MINESSAI).
        let employer: Int
        /// The two orders issued, by id: id and reference.
        let orders: [(id: Int, reference: String)]
        /// The talent whose employment still awaits confirmation.
        let unconfirmed: Int
        /// The first day of the orders (the mission's).
        let start: LocalDate
    }

    /// A second ministry offers a mission; talents 1 and 2 of MINESSAI apply and are accepted, their
    /// employment confirmed; their agreements are signed and the referent of MINESSAI issues their
    /// orders; 45 days later talent 1 reports 2 h 30 that the owner validates (credits move from the
    /// beneficiary to MINESSAI). Talent 3 declares MINESSAI and waits for the confirmation.
    static func prepare(_ world: ApplicationWorld) throws -> Setup {
        try world.admin(
            "administrations", "add", "--name", beneficiaryName, "--acronym", "MEE", "--level", "ministry")
        let people = [
            ("Hélène Garnier", "helene.garnier", "line-manager", "MINESSAI"),
            ("Élise Référente", "referent", "referent", "MINESSAI"),
            ("Gaëlle Porteuse", "owner.mee", "mission-owner", "MEE"),
            ("Référent Écologie", "referent.mee", "referent", "MEE")
        ]
        for (name, email, role, administration) in people {
            try world.admin(
                "users", "add", "--name", name, "--email", "\(email)@numerique.gouv.fr", "--role", role,
                "--administration", administration)
        }
        let owner = try world.admin("tokens", "issue", "--email", "owner.mee@numerique.gouv.fr")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        func send(_ method: String, _ path: String, token: String?, ifMatch: Int? = nil, json: String? = nil) throws
            -> HTTPClient.Response
        {
            let response = try world.server.send(
                method, path, token: token, headers: ifMatch.map { ["If-Match": "\"\($0)\""] } ?? [:], json: json)
            try #require((200..<300).contains(response.status), "\(method) \(path): \(response.text)")
            return response
        }
        let created = try send("POST", "/v1/missions", token: owner, json: ApplicationWorld.mission(title: "Audit"))
        let mission = try #require((created.json as? [String: Any])?["id"] as? Int)
        try send("POST", "/v1/missions/\(mission)/submit", token: owner, ifMatch: 1)
        try send("POST", "/v1/missions/\(mission)/publish", token: world.tokens["operator"], ifMatch: 2)

        let pool = try TalentsDatabase.open(path: world.database)
        let workflows = Workflows(database: pool, clock: try FileClock(path: world.clockFile))
        func user(_ email: String) throws -> User {
            try #require(try pool.read { try UserStore($0).find(email: try EmailAddress(email)) })
        }
        var agreements: [AgreementID] = []
        var orders: [(id: Int, reference: String)] = []
        var unconfirmed = 0
        for index in 1...3 {
            let applied = try send(
                "POST", "/v1/missions/\(mission)/applications", token: world.tokens["talent\(index)"],
                json: #"{"motivation":"Disponible."}"#)
            let application = try #require((applied.json as? [String: Any])?["id"] as? Int)
            let talent = try #require((applied.json as? [String: Any])?["talentID"] as? Int)
            guard index < 3 else {
                unconfirmed = talent
                break
            }
            try world.admin("talents", "confirm-employment", String(talent))
            try send("POST", "/v1/applications/\(application)/accept", token: owner, ifMatch: 1)
            let applicationID = try #require(ApplicationID(String(application)))
            let window = try workflows.agreementDraft(for: applicationID, by: .commandLine).mission.details.window
            let terms = AgreementTerms(
                objectives: "Auditer l’accessibilité.", deliverables: "Un rapport.", hoursBudget: 10 + index,
                dates: window, workMode: .remote)
            let drafted = try workflows.createAgreement(from: applicationID, terms: terms, by: .commandLine)
            let parties = drafted.agreement.parties
            for id in [parties.talentUserID, parties.lineManagerID, parties.ownerID].compactMap({ $0 }) {
                let signer = try #require(try pool.read { try UserStore($0).find(id) })
                _ = try workflows.signAgreement(drafted.agreement.id, expectedRevision: nil, by: .user(signer))
            }
            let order = try workflows.issueMissionOrder(
                for: drafted.agreement.id, dates: window, by: .user(try user("referent@numerique.gouv.fr")))
            agreements.append(drafted.agreement.id)
            orders.append((Int(order.value.id.rawValue), order.value.reference.description))
        }
        try world.setClock(Date().addingTimeInterval(45 * 86_400))
        let start = try workflows.agreement(agreements[0], by: .commandLine).agreement.terms.dates.start
        let report = try workflows.reportTime(
            NewTimeReport(date: start, minutes: 150, note: "Audit des formulaires"), on: agreements[0],
            by: .user(try user("talent1@numerique.gouv.fr")))
        _ = try workflows.validateTimeReport(
            report.value.id, expectedRevision: nil, by: .user(try user("owner.mee@numerique.gouv.fr")))
        let employer = try #require(Int(try world.sql("SELECT id FROM administrations WHERE acronym = 'MINESSAI'")))
        return Setup(employer: employer, orders: orders, unconfirmed: unconfirmed, start: start)
    }
}
