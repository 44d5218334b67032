import Domain
import Foundation
import Persistence
import TestSupport
import Testing
import Workflows

@testable import AppTestSupport

/// Issue #22 on the real binaries and the demo data: a talent asks the owner of a published mission
/// a question and reads the answer given from the owner's space; a message to the programme team
/// reaches the operators' mailbox (through `talents-admin jobs run` into the maildir) and their
/// console; the limits answer in French with nothing lost; no address is shown to the other side
/// unless shared; the purge keeps what the register keeps.
@Suite struct WebQuestionsTests {
    static let hostile = "<script>alert(1)</script> & co"
    static let escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"
    static let mailbox = "equipe-talents@numerique.example.gouv.fr"

    @Test func aTalentAsksAboutAMissionAndReadsTheOwnersAnswer() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let mission = try WebAccessMatrix.ownPublishedMission(fixture)
        let talent = fixture.member(.talent)
        let owner = fixture.member(.missionOwner)
        let talentName = try fixture.sql("SELECT display_name FROM users WHERE id = \(talent.id)")
        let ownerName = try fixture.sql("SELECT display_name FROM users WHERE id = \(owner.id)")

        // The talent finds the form on the mission page; an empty question comes back with its error.
        let asker = WebBrowser(fixture.server)
        try asker.signIn(talent.email, database: fixture.database)
        let page = try asker.get("/missions/\(mission)")
        #expect(
            page.text.contains("action=\"/missions/\(mission)/question\"") && page.text.contains("Poser une question"))
        let empty = try asker.post("/missions/\(mission)/question", [("question", "  "), ("partager", "oui")])
        #expect(empty.status == 422 && empty.text.contains("id=\"question-erreur\""))
        #expect(empty.text.contains("name=\"partager\" value=\"oui\" checked"), "the choice is kept")
        try asker.get("/missions/\(mission)")
        #expect(
            try asker.post("/missions/\(mission)/question", [("question", Self.hostile)], csrf: .some("faux")).status
                == 403)
        let asked = try asker.post("/missions/\(mission)/question", [("question", Self.hostile)])
        #expect(asked.status == 303)
        #expect(asked.headers["location"] == "/missions/\(mission)?question=envoyee#poser-une-question")
        #expect(try asker.get("/missions/\(mission)?question=envoyee").text.contains("Votre question est envoyée"))
        let question = try fixture.sql("SELECT id FROM mission_questions")
        #expect(
            try fixture.sql("SELECT body || '|' || asker_shares_email FROM mission_questions") == "\(Self.hostile)|0")
        // Audited with ids only; the owner is told by e-mail without the text.
        #expect(
            try fixture.sql("SELECT details FROM audit_events WHERE action = 'mission-question.asked'")
                == "{\"mission\":\"\(mission)\"}")
        #expect(
            try fixture.sql(
                "SELECT recipient_email FROM notification_outbox WHERE kind = 'mission-question-asked'")
                == owner.email)
        #expect(try fixture.sql("SELECT count(*) FROM notification_outbox WHERE payload LIKE '%script%'") == "0")

        // The owner reads it in their space, the asker named but their address not shown.
        let answerer = WebBrowser(fixture.server)
        try answerer.signIn(owner.email, database: fixture.database)
        #expect(try answerer.get("/mon-espace").text.contains("href=\"/espace-responsable/questions\""))
        let list = try answerer.get("/espace-responsable/questions?etat=attente")
        #expect(list.status == 200 && list.text.contains(Self.escaped) && !list.text.contains("<script>"))
        #expect(list.text.contains(talentName) && !list.text.contains(talent.email), "no address unless shared")
        let emptyAnswer = try answerer.post("/questions/\(question)/repondre", [("reponse-\(question)", "")])
        #expect(emptyAnswer.status == 422 && emptyAnswer.text.contains("id=\"reponse-\(question)-erreur\""))
        #expect(emptyAnswer.text.contains("Erreur : écrivez votre réponse."))
        let answered = try answerer.post(
            "/questions/\(question)/repondre", [("reponse-\(question)", "Oui, à distance le vendredi.")])
        #expect(answered.status == 303)
        #expect(try fixture.sql("SELECT answer FROM mission_questions") == "Oui, à distance le vendredi.")
        #expect(try fixture.sql("SELECT count(*) FROM audit_events WHERE action = 'mission-question.answered'") == "1")
        try answerer.get("/espace-responsable/questions")
        let again = try answerer.post("/questions/\(question)/repondre", [("reponse-\(question)", "Encore")])
        #expect(again.status == 409, "one answer per question")
        #expect(try answerer.get("/espace-responsable/questions?etat=attente").text.contains("Aucune question."))

        // The talent reads the answer, with the owner's name and without their address.
        let mine = try asker.get("/mes-questions")
        #expect(mine.status == 200 && mine.text.contains("Oui, à distance le vendredi."))
        #expect(mine.text.contains(ownerName) && !mine.text.contains(owner.email))
        #expect(
            try fixture.sql(
                "SELECT recipient_email FROM notification_outbox WHERE kind = 'mission-question-answered'")
                == talent.email)

        // A second question, address shared both ways: each side sees the other's then.
        try asker.get("/missions/\(mission)")
        #expect(
            try asker.post(
                "/missions/\(mission)/question", [("question", "Quel outil de suivi ?"), ("partager", "oui")]
            ).status == 303)
        let second = try fixture.sql("SELECT max(id) FROM mission_questions")
        #expect(try answerer.get("/espace-responsable/questions").text.contains(talent.email))
        #expect(
            try answerer.post(
                "/questions/\(second)/repondre", [("reponse-\(second)", "Un tableau partagé."), ("partager", "oui")]
            ).status == 303)
        #expect(try asker.get("/mes-questions").text.contains(owner.email))

        // The e-mails reach both sides, without the texts.
        let mails = try Self.deliver(fixture)
        let toOwner = mails.filter { $0.contains("https://talents.example.gouv.fr/espace-responsable/questions") }
        let toTalent = mails.filter { $0.contains("https://talents.example.gouv.fr/mes-questions") }
        #expect(toOwner.count == 2 && toTalent.count == 2, "\(mails.count) messages")
        #expect(
            toOwner.allSatisfy { $0.contains(owner.email) && !$0.contains("alert(1)") && !$0.contains(talent.email) })
        #expect(
            toTalent.allSatisfy { $0.contains(talent.email) && !$0.contains("vendredi") && !$0.contains(owner.email) })

        // The limit: ten questions a day, then a French refusal that keeps the text typed.
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        for _ in 0..<8 {
            _ = try fixture.sql(
                """
                INSERT INTO mission_questions(mission_id, asker_id, body, asker_shares_email, asked_at)
                    VALUES (\(mission), \(talent.id), 'Limite', 0, \(now));
                """)
        }
        try asker.get("/missions/\(mission)")
        let limited = try asker.post("/missions/\(mission)/question", [("question", "Une de trop ?")])
        #expect(limited.status == 429 && limited.text.contains("vous avez posé 10 questions ces 24 dernières heures"))
        #expect(limited.text.contains(">Une de trop ?</textarea>"))

        // The owner cannot ask about their own mission; the form is not even offered.
        #expect(try answerer.get("/missions/\(mission)").text.contains("Questions sur mes missions"))

        try WebAccessibility.expectNoViolations(["/missions/\(mission)", "/mes-questions"], browser: asker)
        try WebAccessibility.expectNoViolations(
            ["/espace-responsable/questions", "/espace-responsable/questions?etat=repondues"], browser: answerer)
        try WebAccessibility.expectNoViolations(
            documents: [
                "question-vide": empty.text, "question-limite": limited.text, "reponse-vide": emptyAnswer.text
            ], server: fixture.server)
    }

    @Test func aMessageToTheProgrammeTeamReachesTheOperators() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let server = try APIServerProcess(
            database: fixture.database, environment: ["TALENTS_CONTACT_MAILBOX": Self.mailbox])
        defer { server.stop() }

        // A visitor finds "Contactez-nous" in the footer; every error at once, nothing lost.
        let visitor = WebBrowser(server)
        #expect(try visitor.get("/").text.contains("href=\"/contact\">Contactez-nous</a>"))
        let form = try visitor.get("/contact")
        #expect(form.status == 200 && form.text.contains("mailto:\(Self.mailbox)"))
        let invalid = try visitor.post(
            "/contact", [("nom", ""), ("courriel", "pas-une-adresse"), ("sujet", ""), ("message", "")])
        #expect(invalid.status == 422)
        for field in ["nom", "courriel", "sujet", "message"] {
            #expect(
                invalid.text.contains("id=\"\(field)-erreur\"") && invalid.text.contains("href=\"#\(field)\""),
                "\(field)")
        }
        #expect(invalid.text.contains("value=\"pas-une-adresse\""))
        #expect(try fixture.sql("SELECT count(*) FROM contact_messages") == "0")
        try visitor.get("/contact")
        #expect(
            try visitor.post("/contact", Self.message("a@example.gouv.fr"), csrf: .some("faux")).status == 403)
        try visitor.get("/contact")
        let sent = try visitor.post("/contact", Self.message("Camille.Visiteuse@Example.gouv.fr"))
        #expect(sent.status == 303 && sent.headers["location"] == "/contact?envoye=1")
        #expect(try visitor.get("/contact?envoye=1").text.contains("Votre message est envoyé"))
        #expect(
            try fixture.sql("SELECT name || '|' || email || '|' || subject || '|' || body FROM contact_messages")
                == "Camille Visiteuse|camille.visiteuse@example.gouv.fr|mission|\(Self.hostile)")
        #expect(
            try fixture.sql(
                "SELECT actor || ' ' || details FROM audit_events WHERE action = 'contact-message.received'")
                == "system:contact-form {\"subject\":\"mission\"}")
        #expect(
            try fixture.sql("SELECT count(*) FROM contact_messages WHERE client_hash LIKE '%127.0.0.1%'") == "0",
            "the client address is kept as a hash only")

        // The team's mailbox is told (subject only), through the real delivery job.
        let mails = try Self.deliver(fixture).filter { $0.contains(Self.mailbox) }
        #expect(mails.count == 1)
        #expect(mails.first?.contains("/console/messages") == true)
        #expect(mails.first.map { !$0.contains("camille.visiteuse") && !$0.contains("alert(1)") } == true)

        // A signed-in person finds their name and address filled in.
        let talent = WebBrowser(server)
        try talent.signIn(fixture.member(.talent).email, database: fixture.database)
        #expect(try talent.get("/contact").text.contains("value=\"\(fixture.member(.talent).email)\""))

        // The operators read it in the console and mark it handled.
        let operatorBrowser = WebBrowser(server)
        try operatorBrowser.signIn(fixture.member(.operator).email, database: fixture.database)
        #expect(try operatorBrowser.get("/console").text.contains("href=\"/console/messages\""))
        let console = try operatorBrowser.get("/console/messages?etat=attente")
        #expect(
            console.status == 200 && console.text.contains("Camille Visiteuse") && console.text.contains(Self.escaped))
        #expect(!console.text.contains("<script>"))
        let id = try fixture.sql("SELECT id FROM contact_messages")
        #expect(try operatorBrowser.post("/console/messages/\(id)/traite", []).status == 303)
        try operatorBrowser.get("/console/messages")
        #expect(try fixture.sql("SELECT handled_at IS NOT NULL FROM contact_messages") == "1")
        #expect(try fixture.sql("SELECT count(*) FROM audit_events WHERE action = 'contact-message.handled'") == "1")
        #expect(try operatorBrowser.get("/console/messages?etat=attente").text.contains("Aucun message."))
        #expect(try operatorBrowser.get("/console/messages?etat=traite").text.contains("Camille Visiteuse"))

        // The limits: three messages an hour from one address, five from one client.
        for _ in 0..<2 {
            try visitor.get("/contact")
            #expect(try visitor.post("/contact", Self.message("camille.visiteuse@example.gouv.fr")).status == 303)
        }
        try visitor.get("/contact")
        let perEmail = try visitor.post("/contact", Self.message("camille.visiteuse@example.gouv.fr"))
        #expect(perEmail.status == 429 && perEmail.text.contains("trop de messages ont été envoyés"))
        #expect(perEmail.text.contains("value=\"Camille Visiteuse\"") && perEmail.text.contains(Self.escaped))
        for address in ["b@example.gouv.fr", "c@example.gouv.fr"] {
            try visitor.get("/contact")
            #expect(try visitor.post("/contact", Self.message(address)).status == 303)
        }
        try visitor.get("/contact")
        #expect(try visitor.post("/contact", Self.message("d@example.gouv.fr")).status == 429, "five per client")
        #expect(try fixture.sql("SELECT count(*) FROM contact_messages") == "5")

        try WebAccessibility.expectNoViolations(["/contact", "/contact?envoye=1"], browser: visitor)
        try WebAccessibility.expectNoViolations(
            ["/console/messages", "/console/messages?etat=traite"], browser: operatorBrowser)
        try WebAccessibility.expectNoViolations(
            documents: ["contact-erreurs": invalid.text, "contact-limite": perEmail.text], server: server)
    }

    @Test func thePurgeErasesWhatIsOlderThanTheRetention() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let mission = try WebAccessMatrix.publishedMission(fixture)
        let talent = fixture.member(.talent).id
        let day: Int64 = 86_400_000
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let old = now - 400 * day
        let recent = now - 10 * day
        _ = try fixture.sql(
            """
            INSERT INTO contact_messages(name, email, subject, body, client_hash, received_at)
                VALUES ('Ancien', 'a@example.gouv.fr', 'autre', 'x', 'h', \(old)),
                       ('Récent', 'r@example.gouv.fr', 'autre', 'x', 'h', \(recent));
            INSERT INTO mission_questions(mission_id, asker_id, body, asker_shares_email, asked_at, answer, answered_at)
                VALUES (\(mission), \(talent), 'ancienne', 0, \(old), NULL, NULL),
                       (\(mission), \(talent), 'répondue récemment', 0, \(old), 'oui', \(recent)),
                       (\(mission), \(talent), 'récente', 0, \(recent), NULL, NULL);
            """)
        let pool = try TalentsDatabase.open(path: fixture.database)
        let workflows = Workflows(database: pool, clock: FixedClock(Instant(millisecondsSinceEpoch: now)))
        let purged = try workflows.purgeExpiredMessagesAndQuestions()
        #expect(purged.messages == 1 && purged.questions == 1)
        #expect(try fixture.sql("SELECT group_concat(name) FROM contact_messages") == "Récent")
        #expect(
            try fixture.sql("SELECT group_concat(body, ',') FROM (SELECT body FROM mission_questions ORDER BY id)")
                == "répondue récemment,récente", "an exchange is kept a year after its last message")
        #expect(
            try fixture.sql(
                "SELECT group_concat(action || ' ' || details, ';') FROM (SELECT * FROM audit_events WHERE action LIKE '%.purged' ORDER BY id)"
            )
                == "contact-message.purged {\"count\":\"1\"};mission-question.purged {\"count\":\"1\"}")
        let again = try workflows.purgeExpiredMessagesAndQuestions()
        #expect(again.messages == 0 && again.questions == 0, "nothing more to erase")

        // The operator's command line: the list, the mark, the purge by hand.
        let environment = ["TALENTS_DB": fixture.database]
        let listed = try Subprocess.run(
            "talents-admin", ["contact", "list", "--waiting", "--json"], environment: environment)
        #expect(listed.status == 0 && listed.output.contains("\"name\" : \"Récent\""), "\(listed.errorOutput)")
        let id = try fixture.sql("SELECT id FROM contact_messages")
        #expect(try Subprocess.run("talents-admin", ["contact", "handled", id], environment: environment).status == 0)
        #expect(try fixture.sql("SELECT handled_at IS NOT NULL FROM contact_messages") == "1")
        #expect(
            try fixture.sql("SELECT actor FROM audit_events WHERE action = 'contact-message.handled'") == "cli")
        let waiting = try Subprocess.run("talents-admin", ["contact", "list", "--waiting"], environment: environment)
        #expect(waiting.status == 0 && !waiting.output.contains("Récent"))
        let purge = try Subprocess.run("talents-admin", ["contact", "purge"], environment: environment)
        #expect(purge.output == "Erased 0 message(s) and 0 question(s).\n", "\(purge.errorOutput)")
    }

    @Test func theJSONAPIAsksAndAnswersWithoutShowingAddressesUnlessShared() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let mission = try WebAccessMatrix.ownPublishedMission(fixture)
        let talent = fixture.member(.talent)
        let owner = fixture.member(.missionOwner)
        func send(_ method: String, _ path: String, as member: DemoFixture.Member, json: String? = nil) throws
            -> HTTPClient.Response
        {
            var headers = ["Authorization": "Bearer \(member.token)"]
            if json != nil { headers["Content-Type"] = "application/json" }
            return try HTTPClient.send(
                method, fixture.server.baseURL + path, headers: headers, body: json.map { Data($0.utf8) })
        }
        let asked = try send(
            "POST", "/v1/missions/\(mission)/questions", as: talent, json: #"{"text":"Quel rythme ?"}"#)
        #expect(asked.status == 201, "\(asked.text)")
        let question = try #require((asked.json as? [String: Any])?["id"] as? Int)
        let received = try send("GET", "/v1/questions/received", as: owner)
        #expect(received.status == 200 && received.text.contains("Quel rythme ?"))
        #expect(!received.text.contains(talent.email) && !received.text.contains("askerEmail"))
        let blank = try send("POST", "/v1/questions/\(question)/answer", as: owner, json: #"{"text":" "}"#)
        #expect(blank.status == 422 && blank.text.contains("question-answer-required"))
        let answered = try send(
            "POST", "/v1/questions/\(question)/answer", as: owner,
            json: #"{"text":"Deux jours par semaine.","shareEmail":true}"#)
        #expect(answered.status == 200 && answered.text.contains("Deux jours par semaine."))
        let mine = try send("GET", "/v1/questions/asked", as: talent)
        #expect(mine.text.contains("Deux jours par semaine.") && mine.text.contains(owner.email))
        #expect(
            try send("POST", "/v1/questions/\(question)/answer", as: owner, json: #"{"text":"Encore"}"#).status == 409)
    }

    /// The contact form's fields from `email`, about a mission.
    static func message(_ email: String) -> [(String, String)] {
        [("nom", "Camille Visiteuse"), ("courriel", email), ("sujet", "mission"), ("message", hostile)]
    }

    /// Sends the outbox with `talents-admin jobs run` into the maildir beside the database and
    /// returns every message there, quoted-printable soft breaks joined.
    static func deliver(_ fixture: DemoFixture) throws -> [String] {
        let run = try Subprocess.run(
            "talents-admin", ["jobs", "run"],
            environment: ["TALENTS_DB": fixture.database, "TALENTS_BASE_URL": "https://talents.example.gouv.fr"])
        try #require(run.status == 0, "\(run.errorOutput)")
        let folder = fixture.directory.path("mail/new")
        return try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { name in
            try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
                .replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "=\n", with: "")
        }
    }
}
