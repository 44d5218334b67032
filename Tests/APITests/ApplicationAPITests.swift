import Foundation
import Testing

@testable import AppTestSupport

/// Applications on the real `talents-api` and `talents-admin` binaries, on a database of their
/// own (``ApplicationWorld``): the journey, the owner's list, the overdue flag following the
/// clock file, the operator's reopening at the command line.
@Suite struct ApplicationAPITests {
    private static func object(_ response: HTTPClient.Response) -> [String: Any] {
        response.json as? [String: Any] ?? [:]
    }

    private static func items(_ response: HTTPClient.Response) -> [[String: Any]] {
        object(response)["items"] as? [[String: Any]] ?? []
    }

    private static func ids(_ response: HTTPClient.Response) -> [Int] {
        items(response).compactMap { $0["id"] as? Int }
    }

    private static func date(_ value: Any?) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return (value as? String).flatMap(formatter.date(from:))
    }

    /// Applies as `talent` to `mission`; the new application's id.
    private static func apply(_ world: ApplicationWorld, _ mission: Int, as talent: String) throws -> Int {
        let response = try world.send(
            "POST", "/v1/missions/\(mission)/applications", as: talent,
            json: #"{"motivation":"Trois audits RGAA menés cette année."}"#)
        #expect(response.status == 201, "\(response.text)")
        return try #require(object(response)["id"] as? Int)
    }

    @Test func appliedThenInterviewedThenAccepted() throws {
        let world = try ApplicationWorld()
        defer { world.close() }
        let mission = try world.publishedMission()
        let path = "/v1/missions/\(mission)/applications"
        let body = #"{"motivation":"  Trois audits RGAA menés cette année.  "}"#
        let created = try world.send("POST", path, as: "talent1", headers: ["Idempotency-Key": "apply-1"], json: body)
        #expect(created.status == 201, "\(created.text)")
        let application = Self.object(created)
        let id = try #require(application["id"] as? Int)
        #expect(created.headers["location"] == "/v1/applications/\(id)")
        #expect(created.headers["etag"] == "\"1\"")
        #expect(application["status"] as? String == "submitted")
        #expect(application["motivation"] as? String == "Trois audits RGAA menés cette année.")
        #expect(application["missionID"] as? Int == mission)
        #expect(application["missionTitle"] as? String == "Revue d'accessibilité du portail")
        #expect(application["talentID"] is Int && application["applicant"] == nil)
        #expect(application["overdue"] as? Bool == false)
        let submittedAt = try #require(Self.date(application["submittedAt"]))
        #expect(Self.date(application["dueAt"]) == submittedAt.addingTimeInterval(14 * 86_400))

        let replayed = try world.send("POST", path, as: "talent1", headers: ["Idempotency-Key": "apply-1"], json: body)
        #expect(replayed.status == 201 && replayed.body == created.body)
        #expect(replayed.headers["location"] == created.headers["location"])
        let again = try world.send("POST", path, as: "talent1", json: body)
        #expect(again.status == 409)
        #expect(
            Self.object(again)["type"] as? String
                == "https://talents.numerique.gouv.fr/problems/application-already-applied")
        #expect(try world.sql("SELECT count(*) FROM applications") == "1")

        let owners = try world.send("GET", path, as: "owner")
        #expect(owners.status == 200 && Self.ids(owners) == [id])
        let applicant = Self.items(owners).first?["applicant"] as? [String: Any]
        #expect(applicant?["email"] as? String == "talent1@numerique.gouv.fr")
        let mine = try world.send("GET", "/v1/applications", as: "talent1")
        #expect(Self.ids(mine) == [id] && Self.items(mine).first?["applicant"] == nil, "no e-mail for the talent")
        #expect(try world.send("GET", "/v1/applications/\(id)", as: "talent2").status == 404)
        #expect(Self.ids(try world.send("GET", "/v1/applications", as: "talent2")) == [])

        let at = ApplicationWorld.rfc3339(Date().addingTimeInterval(3 * 86_400))
        let proposal = #"{"interview":{"at":"\#(at)","means":"Visioconférence"}}"#
        let application1 = "/v1/applications/\(id)"
        #expect(
            try world.send(
                "POST", application1 + "/interview", as: "talent1", ifMatch: "\"1\"",
                json: proposal
            ).status == 403)
        let interviewed = try world.send(
            "POST", application1 + "/interview", as: "owner", ifMatch: "\"1\"",
            json: proposal)
        #expect(interviewed.status == 200 && interviewed.headers["etag"] == "\"2\"", "\(interviewed.text)")
        #expect(Self.object(interviewed)["status"] as? String == "interview-proposed")
        let interview = Self.object(interviewed)["interview"] as? [String: Any]
        #expect(interview?["means"] as? String == "Visioconférence" && interview?["at"] as? String == at)
        #expect(try world.send("POST", application1 + "/accept", as: "talent1", ifMatch: "\"2\"").status == 403)
        #expect(try world.send("POST", application1 + "/accept", as: "owner", ifMatch: "\"1\"").status == 412)
        let accepted = try world.send("POST", application1 + "/accept", as: "owner", ifMatch: "\"2\"")
        #expect(accepted.status == 200 && accepted.headers["etag"] == "\"3\"")
        #expect(Self.object(accepted)["status"] as? String == "accepted")
        #expect(Self.object(accepted)["answeredAt"] as? String == Self.object(interviewed)["answeredAt"] as? String)
        let read = try world.send("GET", application1, as: "talent1")
        #expect(read.headers["etag"] == "\"3\"" && Self.object(read)["status"] as? String == "accepted")

        #expect(
            try world.sql(
                """
                SELECT group_concat(action || ' ' || actor, ', ') FROM audit_events WHERE subject_type = 'application'
                """)
                == "application.submitted user:3, application.interview-proposed user:2, application.accepted user:2")
    }

    @Test func anInvitedTalentAppliesThroughTheInvitationsLink() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let mission = try world.publishedMission()
        let me = try world.send("GET", "/v1/talents/me", as: "talent1")
        let talent = try #require(Self.object(me)["id"] as? Int)
        let joined = try world.send(
            "POST", "/v1/talents/\(talent)/pool", as: "talent1",
            ifMatch: me.headers["etag"], json: #"{"consent":true}"#)
        #expect(joined.status == 200, "\(joined.text)")
        let invited = try world.send(
            "POST", "/v1/missions/\(mission)/invitations", as: "owner",
            json: #"{"talentID":\#(talent)}"#)
        #expect(invited.status == 201, "\(invited.text)")
        let received = Self.items(try world.send("GET", "/v1/talents/me/invitations", as: "talent1"))
        let link = try #require(received.first?["applyURL"] as? String)
        #expect(link == "/v1/missions/\(mission)/applications")
        let applied = try world.send("POST", link, as: "talent1", json: #"{"motivation":"Invitée, je postule."}"#)
        #expect(applied.status == 201, "\(applied.text)")
        #expect(
            Self.ids(try world.send("GET", "/v1/missions/\(mission)/applications", as: "owner"))
                == [try #require(Self.object(applied)["id"] as? Int)])
    }

    @Test func declinedWithdrawnListedOldestDueFirstAndOverdueWithTheClock() throws {
        let world = try ApplicationWorld(talents: 3)
        defer { world.close() }
        let mission = try world.publishedMission()
        let start = Date()
        try world.setClock(start)
        let first = try Self.apply(world, mission, as: "talent1")
        try world.setClock(start.addingTimeInterval(86_400))
        let second = try Self.apply(world, mission, as: "talent2")
        try world.setClock(start.addingTimeInterval(2 * 86_400))
        let third = try Self.apply(world, mission, as: "talent3")
        #expect(
            Self.ids(try world.send("GET", "/v1/missions/\(mission)/applications", as: "owner"))
                == [first, second, third])
        #expect(Self.ids(try world.send("GET", "/v1/applications?limit=2", as: "owner")) == [first, second])

        let declined = try world.send(
            "POST", "/v1/applications/\(second)/decline", as: "owner", ifMatch: "\"1\"",
            json: #"{"reason":{"code":"other","text":"Profil trop éloigné du besoin"}}"#)
        #expect(declined.status == 200, "\(declined.text)")
        #expect(Self.object(declined)["status"] as? String == "declined")
        #expect(
            Self.object(declined)["reason"] as? [String: String]
                == ["code": "other", "text": "Profil trop éloigné du besoin"])
        #expect(
            try world.send(
                "POST", "/v1/applications/\(third)/withdraw", as: "owner", ifMatch: "\"1\"",
                json: #"{"reason":{"code":"no-longer-available"}}"#
            ).status == 403)
        let withdrawn = try world.send(
            "POST", "/v1/applications/\(third)/withdraw", as: "talent3", ifMatch: "\"1\"",
            json: #"{"reason":{"code":"no-longer-available"}}"#)
        #expect(withdrawn.status == 200 && Self.object(withdrawn)["status"] as? String == "withdrawn")
        #expect(
            Self.ids(try world.send("GET", "/v1/applications?status=declined,withdrawn", as: "owner"))
                == [second, third])

        // The first application is due exactly 14 days after `start`: overdue strictly after.
        try world.setClock(start.addingTimeInterval(14 * 86_400))
        #expect(
            Self.object(try world.send("GET", "/v1/applications/\(first)", as: "owner"))["overdue"] as? Bool == false)
        #expect(Self.ids(try world.send("GET", "/v1/applications?overdue=true", as: "owner")) == [])
        try world.setClock(start.addingTimeInterval(14 * 86_400 + 1))
        #expect(
            Self.object(try world.send("GET", "/v1/applications/\(first)", as: "owner"))["overdue"] as? Bool == true)
        #expect(Self.ids(try world.send("GET", "/v1/applications?overdue=true", as: "talent1")) == [first])
        let overdue = try world.run(["applications", "list", "--overdue", "--json"])
        #expect(overdue.status == 0, "\(overdue.errorOutput)")
        let listed = try JSONSerialization.jsonObject(with: Data(overdue.output.utf8)) as? [[String: Any]] ?? []
        #expect(listed.compactMap { $0["id"] as? Int } == [first])
        #expect(listed.first?["overdue"] as? Bool == true && listed.first?["email"] == nil)

        // The operator reopens the decline at the command line: submitted again, never overdue.
        let reopened = try world.run(["applications", "reopen", String(second), "--reason", "Refus saisi par erreur"])
        #expect(reopened.status == 0, "\(reopened.errorOutput)")
        #expect(reopened.output.contains("Reopened application \(second)"))
        let read = try world.send("GET", "/v1/applications/\(second)", as: "owner")
        #expect(read.headers["etag"] == "\"3\"")
        #expect(Self.object(read)["status"] as? String == "submitted")
        #expect(Self.object(read)["reopeningReason"] as? String == "Refus saisi par erreur")
        #expect(Self.object(read)["answeredAt"] as? String == Self.object(declined)["answeredAt"] as? String)
        #expect(Self.object(read)["overdue"] as? Bool == false)
        #expect(
            try world.sql(
                """
                SELECT actor FROM audit_events WHERE action = 'application.reopened' AND subject_id = \(second)
                """) == "cli")
        let table = try world.run(["applications", "list", "--mission", String(mission)])
        #expect(table.status == 0)
        #expect(table.output.split(separator: "\n").count == 4, "a header and three applications: \(table.output)")
    }

    @Test func theCommandLineRefusesBadInputClearlyAndChangesNothing() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let mission = try world.publishedMission()
        let id = try Self.apply(world, mission, as: "talent1")
        for command in [["applications"], ["applications", "list"], ["applications", "reopen"]] {
            let help = try world.run(command + ["--help"])
            #expect(help.status == 0 && help.output.contains("USAGE: talents-admin"), "\(command)")
        }
        let before = try DatabaseSnapshot(world.database, table: "applications")
        let cases: [([String], Int32, String)] = [
            (
                ["applications", "reopen", String(id), "--reason", "Erreur"], 1,
                "not allowed on an application in status"
            ),
            (["applications", "reopen", "999", "--reason", "Erreur"], 1, "No application '999' was found"),
            (["applications", "reopen", "abc", "--reason", "Erreur"], 64, "<id>"),
            (["applications", "reopen", String(id)], 64, "missing required option '--reason'"),
            (["applications", "list", "--mission", "x"], 64, "--mission")
        ]
        for (arguments, status, message) in cases {
            let result = try world.run(arguments)
            #expect(result.status == status, "\(arguments): \(result.errorOutput)")
            #expect(result.errorOutput.contains(message), "\(arguments): \(result.errorOutput)")
            #expect(result.output.isEmpty, "\(arguments)")
        }
        _ = try world.send(
            "POST", "/v1/applications/\(id)/decline", as: "owner", ifMatch: "\"1\"",
            json: #"{"reason":{"code":"mission-filled"}}"#)
        let declined = try DatabaseSnapshot(world.database, table: "applications")
        #expect(declined.auditCount == before.auditCount + 1)
        let blank = try world.run(["applications", "reopen", String(id), "--reason", "   "])
        #expect(blank.status == 1 && blank.errorOutput.contains("A reopening needs a reason"))
        #expect(try DatabaseSnapshot(world.database, table: "applications") == declined)
    }
}
