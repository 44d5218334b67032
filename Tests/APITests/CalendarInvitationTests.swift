import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The e-mails that announce an interview carry its invitation (`text/calendar; method=REQUEST`):
/// sent by the real binaries to a real SMTP server (aiosmtpd), read back by Python's `email`
/// package and the calendar part by Python's `icalendar` (PyPI), both installed by scripts/setup.
@Suite struct CalendarInvitationTests {
    @Test(
        "an interview proposed then moved: two valid MIME messages, each with its invitation — same UID, Paris times, higher SEQUENCE"
    )
    func interviewInvitations() throws {
        let fixture = try NotificationFixture()
        defer { fixture.remove() }
        try fixture.apply(talent: 1)
        var environment = fixture.environment(smtpPort: nil)
        environment["TALENTS_JOBS_INTERVAL_SECONDS"] = "0"
        let server = try APIServerProcess(database: fixture.database, environment: environment)
        defer { server.stop() }
        let token = try Subprocess.run(
            "talents-admin", ["tokens", "issue", "--email", NotificationFixture.owner], environment: environment
        ).output.trimmingCharacters(in: .whitespacesAndNewlines)
        // In winter time (UTC+1), then moved to a day after the switch to summer time (UTC+2).
        let means = #"Visioconférence ; lien, envoyé la veille \ salle « Beauvau »"#
        let etag = { try server.send("GET", "/v1/applications/1", token: token).headers["etag"] ?? "" }
        let first = try server.send(
            "POST", "/v1/applications/1/interview", token: token, headers: ["If-Match": try etag()],
            json: #"{"interview": {"at": "2026-11-10T13:30:00Z", "means": "\#(means.replacing("\\", with: "\\\\"))"}}"#)
        #expect(first.status == 200, "\(first.text)")
        let moved = try server.send(
            "POST", "/v1/applications/1/interview", token: token, headers: ["If-Match": try etag()],
            json: #"{"interview": {"at": "2027-03-30T08:00:00Z", "means": "Salle 4, 1 place Beauvau, Paris"}}"#)
        #expect(moved.status == 200, "\(moved.text)")
        server.stop()

        let sink = try SMTPSink(directory: fixture.directory)
        defer { sink.stop() }
        #expect(try fixture.runJobs(smtpPort: sink.port)["delivered"]?["sent"] == 2)
        let files = try FileManager.default.contentsOfDirectory(atPath: sink.maildir + "/new")
            .map { sink.maildir + "/new/" + $0 }
        #expect(files.count == 2)
        let parsed = try ICSCheck.mails(files)
        let mails = parsed.sorted { Self.sequence($0) < Self.sequence($1) }
        try #require(mails.count == 2)
        for mail in mails {
            #expect((mail["defects"] as? [Any])?.isEmpty == true, "\(mail["defects"] ?? "")")
            #expect(
                mail["parts"] as? [String] == [
                    "multipart/mixed", "multipart/alternative", "text/plain", "text/html", "text/calendar"
                ])
            #expect((mail["text"] as? String)?.contains("vous propose un échange") == true)
            #expect(mail["to"] as? String == "camille.martin@interieur.gouv.fr")
        }
        let invitations = try mails.map { mail -> [String: Any] in
            let calendars = try #require(mail["calendars"] as? [[String: Any]])
            try #require(calendars.count == 1)
            #expect(calendars[0]["method"] as? String == "REQUEST")
            #expect(
                calendars[0]["contentType"] as? String
                    == "text/calendar; method=REQUEST; charset=UTF-8; name=\"invitation.ics\"")
            #expect(calendars[0]["filename"] as? String == "invitation.ics")
            #expect(calendars[0]["timezones"] as? [String] == ["Europe/Paris"])
            let events = try #require(calendars[0]["events"] as? [[String: Any]])
            try #require(events.count == 1)
            return events[0]
        }
        #expect(
            invitations.map { $0["uid"] as? String }
                == Array(repeating: "interview-1@talents.example.gouv.fr", count: 2))
        #expect(invitations[0]["start"] as? String == "2026-11-10T14:30:00+01:00")
        #expect(invitations[0]["end"] as? String == "2026-11-10T15:30:00+01:00")
        #expect(invitations[0]["startZone"] as? String == "Europe/Paris")
        #expect(invitations[0]["location"] as? String == means)
        #expect(invitations[1]["start"] as? String == "2027-03-30T10:00:00+02:00")
        #expect(invitations[1]["end"] as? String == "2027-03-30T11:00:00+02:00")
        #expect(invitations[1]["location"] as? String == "Salle 4, 1 place Beauvau, Paris")
        // Our VTIMEZONE gives the same offsets as the tz database, in winter and in summer.
        for invitation in invitations {
            #expect(invitation["startByOwnZone"] as? String == invitation["start"] as? String)
            #expect(invitation["endByOwnZone"] as? String == invitation["end"] as? String)
        }
        let sequences = invitations.compactMap { $0["sequence"] as? Int }
        #expect(sequences.count == 2 && sequences[1] > sequences[0])
        for invitation in invitations {
            #expect(invitation["organizer"] as? String == "mailto:ne-pas-repondre@talents.example.gouv.fr")
            #expect(invitation["attendees"] as? [String] == ["mailto:camille.martin@interieur.gouv.fr"])
            #expect((invitation["summary"] as? String)?.contains("Fiabiliser l'API des rendez-vous") == true)
        }
    }

    /// The SEQUENCE of a parsed message's first invitation.
    static func sequence(_ mail: [String: Any]) -> Int {
        ((mail["calendars"] as? [[String: Any]])?.first?["events"] as? [[String: Any]])?.first?["sequence"] as? Int
            ?? -1
    }

}
