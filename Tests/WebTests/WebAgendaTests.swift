import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// "Ajouter à mon agenda (.ics)" on the real binary (issue 20): the files downloaded from the
/// pages, read back by Python's `icalendar` (scripts/ics-check.py), with the UID and SEQUENCE of
/// the e-mailed invitations; only whoever may see the page gets them.
@Suite struct WebAgendaTests {
    @Test("an interview's .ics: Paris times, its UID; moved, the same UID with a higher SEQUENCE, as the e-mails")
    func interview() throws {
        let world = try EngagementFixture(talents: 1)
        let id = world.applications[0]
        // The accepted application of the fixture, back to awaiting an answer.
        _ = try world.sql("UPDATE applications SET status = 'submitted', answered_at = NULL WHERE id = \(id)")
        let path = "/candidatures/\(id)/echange.ics"
        let talent = WebBrowser(world.server)
        try talent.signIn("talent0@example.gouv.fr", database: world.database)
        #expect(try talent.get(path).status == 404, "no interview proposed yet")

        // 2026-03-20 is in winter time (UTC+1); 2026-04-02 after the switch of 29 March (UTC+2).
        var events: [[String: Any]] = []
        for (at, means) in [
            ("2026-03-20T13:30:00Z", "Visioconférence, lien envoyé ; la veille"), ("2026-04-02T08:00:00Z", "Salle 4")
        ] {
            let etag = try world.send("GET", "/v1/applications/\(id)", as: "owner").headers["etag"]
            let proposed = try world.send(
                "POST", "/v1/applications/\(id)/interview", as: "owner", ifMatch: etag,
                json: #"{"interview": {"at": "\#(at)", "means": "\#(means)"}}"#)
            try #require(proposed.status == 200, "\(proposed.text)")
            let page = try talent.get("/mes-candidatures")
            #expect(page.text.contains("href=\"\(path)\""), "the link beside the proposal")
            let file = try talent.get(path)
            try #require(file.status == 200)
            #expect(file.headers["content-type"] == "text/calendar; method=PUBLISH; charset=UTF-8")
            #expect(file.headers["content-disposition"] == "attachment; filename=\"echange-\(id).ics\"")
            let calendar = try Self.parse(file.body, in: world.directory)
            #expect(calendar["method"] as? String == "PUBLISH")
            #expect(calendar["timezones"] as? [String] == ["Europe/Paris"])
            let event = try #require((calendar["events"] as? [[String: Any]])?.first)
            #expect(event["location"] as? String == means)
            events.append(event)
        }
        #expect(events.map { $0["uid"] as? String } == Array(repeating: "interview-\(id)@127.0.0.1", count: 2))
        #expect(events[0]["start"] as? String == "2026-03-20T14:30:00+01:00")
        #expect(events[0]["end"] as? String == "2026-03-20T15:30:00+01:00")
        #expect(events[1]["start"] as? String == "2026-04-02T10:00:00+02:00")
        #expect(events[1]["end"] as? String == "2026-04-02T11:00:00+02:00")
        // Our VTIMEZONE gives the same offsets as the tz database, on both sides of the switch.
        #expect(events.map { $0["startByOwnZone"] as? String } == events.map { $0["start"] as? String })
        let sequences = events.compactMap { $0["sequence"] as? Int }
        #expect(sequences.count == 2 && sequences[1] > sequences[0])
        // The e-mails queued for each proposal carry the same SEQUENCE as the downloads.
        let queued = try world.sql(
            "SELECT json_extract(payload, '$.interviewProposed.sequence') FROM notification_outbox "
                + "WHERE kind = 'interview-proposed' ORDER BY id")
        #expect(queued.split(separator: "\n").compactMap { Int($0) } == sequences)

        // The page with the link stays accessible (axe-core, WCAG 2.1 AA).
        try WebAccessibility.expectNoViolations(["/mes-candidatures"], browser: talent)

        // The owner may download it too; a stranger to the application may not.
        let owner = WebBrowser(world.server)
        try owner.signIn("owner@example.gouv.fr", database: world.database)
        #expect(try owner.get(path).status == 200)
        let outsider = WebBrowser(world.server)
        try outsider.signIn("outsider@example.gouv.fr", database: world.database)
        #expect([403, 404].contains(try outsider.get(path).status))
        #expect(try WebBrowser(world.server).get(path).status == 303, "signed out: to the sign-in form")
    }

    @Test("an agreement's window: whole days from its first to its last, for the parties; its e-mails carry it")
    func agreementWindow() throws {
        let world = try EngagementFixture(talents: 1)
        let agreement = try world.signedAgreement(0)
        let path = "/conventions/\(agreement.id)/agenda.ics"
        let talent = WebBrowser(world.server)
        try talent.signIn("talent0@example.gouv.fr", database: world.database)
        #expect(try talent.get("/conventions/\(agreement.id)").text.contains("href=\"\(path)\""))
        let file = try talent.get(path)
        try #require(file.status == 200)
        let calendar = try Self.parse(file.body, in: world.directory)
        #expect(calendar["timezones"] as? [String] == [], "whole days need no time zone")
        let event = try #require((calendar["events"] as? [[String: Any]])?.first)
        #expect(event["uid"] as? String == "agreement-\(agreement.id)@127.0.0.1")
        // EngagementFixture.terms: 2 March to 30 June 2026 included; DTEND is the day after.
        #expect(event["start"] as? String == "2026-03-02")
        #expect(event["end"] as? String == "2026-07-01")
        #expect((event["summary"] as? String)?.contains("Mission «") == true)
        try WebAccessibility.expectNoViolations(["/conventions/\(agreement.id)"], browser: talent)
        let outsider = WebBrowser(world.server)
        try outsider.signIn("outsider@example.gouv.fr", database: world.database)
        #expect([403, 404].contains(try outsider.get(path).status))
        // The "signed" e-mail of each party holds the window for its invitation.
        let queued = try world.sql(
            "SELECT json_extract(payload, '$.agreementSigned.start') || ' ' || json_extract(payload, '$.agreementSigned.end') "
                + "FROM notification_outbox WHERE kind = 'agreement-signed'")
        #expect(Set(queued.split(separator: "\n")) == ["2026-03-02 2026-06-30"])
    }

    @Test(
        "Vis mon job: the coaching hour and the pair's day for both sides; a new date updates the day (same UID, higher SEQUENCE), by e-mail too"
    )
    func visMonJob() throws {
        let world = try VisMonJobWorld(now: "2026-09-01T08:00:00Z")
        defer { world.stop() }
        let edition = try WebVisMonJobTests.openEdition(world)
        let slot = try world.server.send(
            "POST", "/v1/vmj/editions/\(edition)/coaching-slots", token: world.operatorToken,
            json: #"{"startsAt":"2026-11-03T10:00:00Z","capacity":1,"place":"Salle 12, 20 avenue de Ségur"}"#)
        try #require(slot.status == 201, "\(slot.text)")
        let camille = WebBrowser(world.server)
        try camille.signIn("camille.martin@mina.gouv.fr", database: world.database)
        try camille.get("/vis-mon-job/ambassadeur")
        let fields = [
            ("edition", "\(edition)"), ("metier", "developer"), ("departement", "75"), ("ville", "Paris"),
            ("capacite", "1"), ("description", "Développeuse")
        ]
        try #require(try camille.post("/vis-mon-job/ambassadeur", fields).status == 303)
        let slotID = try world.sql("SELECT id FROM vmj_coaching_slots")
        try camille.get("/vis-mon-job/ambassadeur")
        try #require(try camille.post("/vis-mon-job/coaching/\(slotID)/reservation", []).status == 303)
        let coachingPath = "/vis-mon-job/ambassadeur/preparation.ics?edition=\(edition)"
        #expect(try camille.get("/vis-mon-job/ambassadeur").text.contains("href=\"\(coachingPath)\""))
        let coaching = try #require(try Self.download(camille, coachingPath, in: world.directory).first)
        #expect((coaching["uid"] as? String)?.hasPrefix("vismonjob-coaching-\(slotID)@") == true)
        #expect(coaching["start"] as? String == "2026-11-03T11:00:00+01:00")
        #expect(coaching["end"] as? String == "2026-11-03T12:00:00+01:00")
        #expect(coaching["location"] as? String == "Salle 12, 20 avenue de Ségur")
        let yanis = WebBrowser(world.server)
        try yanis.signIn("yanis.benali@minb.gouv.fr", database: world.database)
        #expect(try yanis.get(coachingPath).status == 404, "no hour booked by this agent")

        let student = WebBrowser(world.server)
        try student.get("/vis-mon-job")
        let registered = try student.post(
            "/vis-mon-job", WebVisMonJobTests.student("lina@etu.example.fr", edition: edition))
        let token = String(try #require(registered.headers["location"]).split(separator: "=").last ?? "")
        try WebVisMonJobTests.publishPairing(world, edition: edition)
        let pairID = try world.sql("SELECT id FROM vmj_pairs")
        let link = "/vis-mon-job/binome?jeton=\(token)"
        let studentPath = "/vis-mon-job/binome/journee.ics?jeton=\(token)"
        let pairPath = "/vis-mon-job/pairs/\(pairID)/journee.ics"
        #expect(try student.get(link).text.contains("href=\"\(studentPath)\""))
        #expect(try camille.get("/vis-mon-job/pairs/\(pairID)").text.contains("href=\"\(pairPath)\""))
        #expect(try yanis.get(pairPath).status == 404, "another agent's pair does not exist")
        try WebAccessibility.expectNoViolations(
            ["/vis-mon-job/ambassadeur", "/vis-mon-job/pairs/\(pairID)", link], browser: camille)
        let published = try #require(try Self.download(camille, pairPath, in: world.directory).first)
        let forStudent = try #require(try Self.download(student, studentPath, in: world.directory).first)
        let uid = try #require(published["uid"] as? String)
        #expect(uid.hasPrefix("vismonjob-pair-\(pairID)@") && forStudent["uid"] as? String == uid)
        #expect(published["start"] as? String == "2026-11-17" && published["end"] as? String == "2026-11-18")
        #expect(forStudent["sequence"] as? Int == published["sequence"] as? Int)

        // The student proposes the 20th, the ambassador accepts: the day moves in both agendas.
        try student.get(link)
        let revision = { try world.sql("SELECT revision FROM vmj_pairs") }
        #expect(
            try student.post(
                "/vis-mon-job/binome/date", [("jeton", token), ("revision", try revision()), ("date", "2026-11-20")]
            )
            .status == 303)
        try camille.get("/vis-mon-job/pairs/\(pairID)")
        #expect(
            try camille.post("/vis-mon-job/pairs/\(pairID)/date/accepter", [("revision", try revision())]).status == 303
        )
        let moved = try #require(try Self.download(camille, pairPath, in: world.directory).first)
        let movedForStudent = try #require(try Self.download(student, studentPath, in: world.directory).first)
        #expect(moved["uid"] as? String == uid && movedForStudent["uid"] as? String == uid)
        #expect(moved["start"] as? String == "2026-11-20" && moved["end"] as? String == "2026-11-21")
        let before = try #require(published["sequence"] as? Int)
        let after = try #require(moved["sequence"] as? Int)
        #expect(after > before && movedForStudent["sequence"] as? Int == after)

        // The e-mails: delivered to a real SMTP server (those the API's own job already sent are
        // in its maildir), each a valid MIME message whose invitation matches the downloads.
        let sink = try SMTPSink(directory: world.directory)
        defer { sink.stop() }
        let run = try Subprocess.run(
            "talents-admin", ["jobs", "run", "--json"],
            environment: [
                "TALENTS_DB": world.database, "TALENTS_CLOCK_FILE": world.clockFile, "TALENTS_MAIL_TRANSPORT": "smtp",
                "TALENTS_MAIL_SMTP_PORT": String(sink.port)
            ])
        try #require(run.status == 0, "\(run.errorOutput)")
        let folders = [sink.maildir + "/new", world.directory.path("mail/new")]
        let files = folders.flatMap { folder in
            ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).map { folder + "/" + $0 }
        }
        let mails = try ICSCheck.mails(files)
        var invitations: [String: [(start: String, sequence: Int)]] = [:]
        for mail in mails {
            #expect((mail["defects"] as? [Any])?.isEmpty == true)
            guard let calendar = (mail["calendars"] as? [[String: Any]])?.first,
                let event = (calendar["events"] as? [[String: Any]])?.first
            else { continue }
            #expect(calendar["method"] as? String == "REQUEST")
            let to = mail["to"] as? String ?? ""
            invitations[to + " " + (event["uid"] as? String ?? ""), default: []].append(
                (event["start"] as? String ?? "", event["sequence"] as? Int ?? -1))
        }
        #expect(mails.count >= 5, "\(files)")
        for to in ["camille.martin@mina.gouv.fr", "lina@etu.example.fr"] {
            let days = (invitations[to + " " + uid] ?? []).sorted { $0.sequence < $1.sequence }
            #expect(days.map(\.start) == ["2026-11-17", "2026-11-20"], "\(to) in \(invitations.keys.sorted())")
            #expect(days.map(\.sequence) == [before, after], "\(to)")
        }
        let booked = invitations.first { $0.key.hasPrefix("camille.martin@mina.gouv.fr vismonjob-coaching-") }
        #expect(booked?.value.map(\.start) == ["2026-11-03T11:00:00+01:00"])
    }

    /// GET `path` as `browser`: a 200 `.ics`, its events as icalendar reads them.
    static func download(_ browser: WebBrowser, _ path: String, in directory: TemporaryDirectory) throws
        -> [[String: Any]]
    {
        let file = try browser.get(path)
        try #require(file.status == 200, "\(path): \(file.status)")
        #expect(file.headers["content-type"] == "text/calendar; method=PUBLISH; charset=UTF-8")
        return try #require(try parse(file.body, in: directory)["events"] as? [[String: Any]])
    }

    /// What icalendar reads in `bytes` (one .ics file).
    static func parse(_ bytes: Data, in directory: TemporaryDirectory) throws -> [String: Any] {
        let file = directory.path("agenda-\(UUID().uuidString).ics")
        try bytes.write(to: URL(fileURLWithPath: file))
        return try #require(try ICSCheck.calendars([file]).first)
    }
}
