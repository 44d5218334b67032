import Foundation
import Testing

@testable import AppTestSupport

/// The real `talents-api` through a whole Vis mon job edition, the clock moved by its file.
@Suite struct VisMonJobAPITests {
    @Test func anEditionFromRegistrationToTheDayDone() throws {
        let world = try VisMonJobWorld(now: "2026-09-01T08:00:00Z")
        defer { world.stop() }
        let server = world.server
        let op = world.operatorToken
        let (camille, yanis) = (world.talentTokens[0], world.talentTokens[1])

        // The operator opens an edition; it is public.
        let created = try server.send(
            "POST", "/v1/vmj/editions", token: op,
            json: """
                {"name":"Vis mon job 2026","eventDay":"2026-11-17","registrationOpens":"2026-09-01",\
                "registrationCloses":"2026-10-15"}
                """)
        #expect(created.status == 201)
        let edition = try #require(created.vmjObject["id"] as? Int)
        #expect(created.vmjObject["dateChangeWindowDays"] as? Int == 30)
        #expect(try server.send("GET", "/v1/vmj/editions/\(edition)").status == 200)
        // Which editions the pages are about, by the operation's rule.
        func selected(_ selection: String) throws -> [Int] {
            let listed = try server.send("GET", "/v1/vmj/editions?selection=\(selection)")
            let items = try #require(listed.vmjObject["items"] as? [[String: Any]], "\(listed.text)")
            return items.compactMap { $0["id"] as? Int }
        }
        #expect(try selected("registration-open") == [edition])
        #expect(try selected("current") == [edition])
        #expect(try server.send("GET", "/v1/vmj/editions?selection=next").status == 422)

        // Two ambassadors: Camille, developer in Paris (1 place); Yanis, analyst in Lyon (2 places).
        let base = "/v1/vmj/editions/\(edition)"
        let a = try server.send(
            "POST", base + "/ambassadors", token: camille,
            json: VisMonJobWorld.ambassador("developer", in: "75", city: "Paris", capacity: 1))
        let b = try server.send(
            "POST", base + "/ambassadors", token: yanis,
            json: VisMonJobWorld.ambassador("analyst", in: "69", city: "Lyon", capacity: 2))
        #expect(a.status == 201 && b.status == 201)
        let (ambassadorA, ambassadorB) = (
            try #require(a.vmjObject["id"] as? Int), try #require(b.vmjObject["id"] as? Int)
        )
        #expect(a.vmjObject["administrationID"] as? Int == 1, "the employer of the talent profile")

        // Students register (public) and get their own token.
        func register(_ body: String) throws -> (id: Int, token: String) {
            let response = try server.send("POST", base + "/students", json: body)
            try #require(response.status == 201, "\(response.text)")
            #expect(response.headers["location"] == "/v1/vmj/students/me")
            let student = try #require(response.vmjObject["student"] as? [String: Any])
            return (try #require(student["id"] as? Int), try #require(response.vmjObject["accessToken"] as? String))
        }
        let s1 = try register(VisMonJobWorld.student("lina@etu.example.fr", wishes: ["developer"]))
        let s2 = try register(
            VisMonJobWorld.student(
                "noe@etu.example.fr", wishes: ["developer", "analyst"],
                departements: ["75", "69"]))
        let s3 = try register(VisMonJobWorld.student("ines@etu.example.fr", wishes: ["data-scientist"]))
        let s4 = try register(VisMonJobWorld.student("tom@etu.example.fr", wishes: ["analyst"]))

        // A student reads and updates their registration, another withdraws (data erased).
        let me = try server.send("GET", "/v1/vmj/students/me", token: s3.token)
        #expect(me.status == 200 && me.headers["etag"] == #""1""#)
        #expect(me.vmjObject["email"] as? String == "ines@etu.example.fr")
        let updated = try server.send(
            "PUT", "/v1/vmj/students/me", token: s3.token, headers: me.ifMatch,
            json: VisMonJobWorld.student(
                "ines@etu.example.fr", wishes: ["data-scientist"],
                school: "INSA Lyon"))
        #expect(updated.status == 200 && updated.headers["etag"] == #""2""#)
        #expect(
            try server.send(
                "DELETE", "/v1/vmj/students/me", token: s4.token,
                headers: ["If-Match": #""1""#]
            ).status == 204)
        #expect(try server.send("GET", "/v1/vmj/students/me", token: s4.token).status == 401)
        #expect(
            try world.sql("SELECT status, email IS NULL, token_hash IS NULL FROM vmj_students WHERE id = \(s4.id)")
                == "withdrawn|1|1")

        // Registrations close; the operator pairs.
        try world.setClock("2026-10-16T08:00:00Z")
        let late = try server.send(
            "POST", base + "/students",
            json: VisMonJobWorld.student(
                "late@etu.example.fr",
                wishes: ["developer"]))
        #expect(late.status == 409 && late.vmjProblem == "vmj-registration-closed")
        var current = try server.send("GET", base)
        current = try server.send("POST", base + "/registration-closure", token: op, headers: current.ifMatch)
        #expect(current.status == 200 && current.vmjObject["state"] as? String == "matching")
        #expect(try selected("registration-open").isEmpty)
        #expect(try selected("current") == [edition])
        #expect(
            try server.send(
                "PUT", "/v1/vmj/students/me", token: s3.token, headers: ["If-Match": #""2""#],
                json: VisMonJobWorld.student("ines@etu.example.fr", wishes: ["analyst"])
            ).status == 409)
        let preview = try server.send("POST", base + "/pairing", token: op, headers: current.ifMatch)
        #expect(preview.status == 200)
        let pairs = try #require(preview.vmjObject["pairs"] as? [[String: Any]])
        #expect(
            pairs.map { [$0["studentID"] as? Int, $0["ambassadorID"] as? Int] }
                == [[s1.id, ambassadorA], [s2.id, ambassadorB]])
        #expect((pairs[0]["explanation"] as? String)?.hasPrefix("Métier souhaité n°1 (Développeur·se)") == true)
        let unmatched = try #require(preview.vmjObject["unmatched"] as? [[String: Any]])
        #expect(unmatched.map { $0["studentID"] as? Int } == [s3.id])
        #expect(unmatched.first?["reason"] as? String == "no-ambassador-in-wished-families")

        // One adjustment: Camille is full; Yanis has room for Inès.
        let full = try server.send(
            "POST", base + "/pairing/adjustments", token: op, headers: preview.ifMatch,
            json: #"{"studentID":\#(s2.id),"ambassadorID":\#(ambassadorA)}"#)
        #expect(full.status == 409 && full.vmjProblem == "vmj-ambassador-full")
        let adjusted = try server.send(
            "POST", base + "/pairing/adjustments", token: op, headers: preview.ifMatch,
            json: #"{"studentID":\#(s3.id),"ambassadorID":\#(ambassadorB)}"#)
        #expect(adjusted.status == 200)
        #expect((adjusted.vmjObject["unmatched"] as? [Any])?.isEmpty == true)
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'vmj.pair.adjusted'") == "1")
        let published = try server.send("POST", base + "/publication", token: op, headers: adjusted.ifMatch)
        #expect(published.status == 200 && published.vmjObject["state"] as? String == "paired")
        // Both sides of every pair are told, through the outbox, in the publication's transaction.
        let pairCount = Int(try world.sql("SELECT count(*) FROM vmj_pairs")) ?? 0
        let told = try world.sql("SELECT count(*) FROM notification_outbox WHERE kind = 'vis-mon-job-pair-published'")
        #expect(pairCount > 0 && told == String(2 * pairCount))

        // Both sides see their pair and each other's contact.
        let studentView = try server.send("GET", "/v1/vmj/students/me/pair", token: s1.token)
        #expect(studentView.status == 200)
        let contact = try #require(studentView.vmjObject["ambassador"] as? [String: Any])
        #expect(
            contact["name"] as? String == "Camille Martin"
                && contact["email"] as? String == "camille.martin@mina.gouv.fr")
        #expect(studentView.vmjObject["student"] == nil)
        let pairID = try #require(studentView.vmjObject["id"] as? Int)
        let ambassadorView = try server.send("GET", "/v1/vmj/ambassadors/\(ambassadorA)/pairs", token: camille)
        let hosted = try #require((ambassadorView.vmjObject["items"] as? [[String: Any]])?.first)
        #expect((hosted["student"] as? [String: Any])?["email"] as? String == "lina@etu.example.fr")
        #expect(try server.send("GET", "/v1/vmj/pairs/\(pairID)", token: yanis).status == 404)

        // A date change: proposed by the ambassador, accepted by the student.
        let outside = try server.send(
            "POST", "/v1/vmj/pairs/\(pairID)/date-proposal", token: camille,
            headers: studentView.ifMatch, json: #"{"date":"2027-01-30"}"#)
        #expect(outside.status == 422 && outside.vmjProblem == "vmj-date-outside-window")
        let proposed = try server.send(
            "POST", "/v1/vmj/pairs/\(pairID)/date-proposal", token: camille,
            headers: studentView.ifMatch, json: #"{"date":"2026-11-20"}"#)
        #expect(proposed.status == 200)
        let agreed = try server.send(
            "POST", "/v1/vmj/students/me/pair/date-acceptance", token: s1.token,
            headers: proposed.ifMatch)
        #expect(agreed.status == 200 && agreed.vmjObject["day"] as? String == "2026-11-20")
        #expect(agreed.vmjObject["proposal"] == nil)

        // Coaching: one place, booked by Camille; Yanis finds it full.
        let slot = try server.send(
            "POST", base + "/coaching-slots", token: op,
            json: #"{"startsAt":"2026-11-03T10:00:00Z","capacity":1}"#)
        #expect(slot.status == 201)
        let slotID = try #require(slot.vmjObject["id"] as? Int)
        // An invalid Idempotency-Key (a space is not visible ASCII) is the documented 422; nothing is booked.
        let badKey = try server.send(
            "POST", "/v1/vmj/coaching-slots/\(slotID)/bookings", token: camille,
            headers: ["Idempotency-Key": "not visible"])
        #expect(badKey.status == 422 && badKey.vmjProblem == "idempotency-key-invalid", "\(badKey.text)")
        #expect(try world.sql("SELECT count(*) FROM vmj_coaching_bookings") == "0")
        let booked = try server.send("POST", "/v1/vmj/coaching-slots/\(slotID)/bookings", token: camille)
        #expect(booked.status == 201 && booked.vmjObject["booked"] as? Int == 1)
        let refused = try server.send("POST", "/v1/vmj/coaching-slots/\(slotID)/bookings", token: yanis)
        #expect(refused.status == 409 && refused.vmjProblem == "vmj-slot-full")

        // The agreed day comes: the operator marks it done, both sides leave feedback, the edition ends.
        let early = try server.send("POST", "/v1/vmj/pairs/\(pairID)/done", token: op, headers: agreed.ifMatch)
        #expect(early.status == 409 && early.vmjProblem == "vmj-day-not-reached")
        try world.setClock("2026-11-20T18:00:00Z")
        let done = try server.send("POST", "/v1/vmj/pairs/\(pairID)/done", token: op, headers: agreed.ifMatch)
        #expect(done.status == 200 && done.vmjObject["status"] as? String == "done")
        // The day done earns Camille the ambassador distinction, once.
        #expect(
            try world.sql(
                """
                SELECT count(*) FROM distinctions d JOIN users u ON u.id = d.user_id
                WHERE d.code = 'vis-mon-job-ambassador' AND u.email = 'camille.martin@mina.gouv.fr'
                """) == "1")
        #expect(
            try server.send(
                "POST", "/v1/vmj/students/me/pair/feedback", token: s1.token,
                json: #"{"rating":5,"comment":"Super journée."}"#
            ).status == 201)
        #expect(
            try server.send(
                "POST", "/v1/vmj/students/me/pair/feedback", token: s1.token,
                json: #"{"rating":4}"#
            ).vmjProblem == "vmj-feedback-exists")
        #expect(
            try server.send(
                "POST", "/v1/vmj/pairs/\(pairID)/feedback", token: camille,
                json: #"{"rating":5}"#
            ).status == 201)
        let finished = try server.send(
            "POST", base + "/completion", token: op,
            headers: try server.send("GET", base).ifMatch)
        #expect(finished.status == 200 && finished.vmjObject["state"] as? String == "done")

        // The programme's figures count the edition: the pair done among the published ones.
        let report = try Subprocess.run(
            "talents-admin", ["report", "vis-mon-job", "--format", "csv"],
            environment: ["TALENTS_DB": world.database])
        #expect(
            report.status == 0 && report.output.hasPrefix("edition,event_day,subject,status,count\r\n"),
            "\(report.output)")
        #expect(report.output.contains(",pair,done,1\r\n") && report.output.contains(",ambassador,registered,"))

        // No personal data in the audit trail. The token is stored only as its hash: the e-mail of
        // the registration carries it (issue 18) and the outbox erases it once delivered.
        #expect(
            try world.sql("SELECT count(*) FROM audit_events WHERE details LIKE '%@%' OR details LIKE '%INSA%'") == "0")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action LIKE 'vmj.%'") != "0")
        let delivered = try world.run(["jobs", "run"])
        #expect(delivered.status == 0, "\(delivered.errorOutput)")
        #expect(
            try world.sql(
                "SELECT count(*) FROM notification_outbox WHERE kind = 'vis-mon-job-student-registered' AND status = 'sent'"
            ) != "0")
        #expect(
            try world.sql("SELECT count(*) FROM notification_outbox WHERE instr(payload, '\(s1.token)') > 0") == "0")
        #expect(
            try world.sql("SELECT count(*) FROM vmj_students WHERE instr(CAST(token_hash AS TEXT), '\(s1.token)') > 0")
                == "0")
    }

    @Test func badInputLeavesTheDatabaseUnchanged() throws {
        let world = try VisMonJobWorld(now: "2026-09-01T08:00:00Z")
        defer { world.stop() }
        let server = world.server
        let created = try server.send(
            "POST", "/v1/vmj/editions", token: world.operatorToken,
            json: """
                {"name":"Vis mon job 2026","eventDay":"2026-11-17","registrationOpens":"2026-09-01",\
                "registrationCloses":"2026-10-15"}
                """)
        let edition = try #require(created.vmjObject["id"] as? Int)
        let students = "/v1/vmj/editions/\(edition)/students"
        let valid = VisMonJobWorld.student("lina@etu.example.fr", wishes: ["developer"])
        #expect(try server.send("POST", students, json: valid).status == 201)
        let before = try DatabaseSnapshot(world.database, table: "vmj_students")

        let cases: [(body: String, status: Int, problem: String?)] = [
            (VisMonJobWorld.student("a@etu.example.fr", wishes: ["astronaut"]), 422, "unknown-value"),
            (
                VisMonJobWorld.student("a@etu.example.fr", wishes: ["developer", "analyst", "developer"]), 422,
                "vmj-wish-duplicate"
            ),
            (VisMonJobWorld.student("a@etu.example.fr", wishes: []), 422, "vmj-wishes-empty"),
            (
                VisMonJobWorld.student("a@etu.example.fr", wishes: ["developer"], departements: ["20"]), 422,
                "invalid-departement"
            ),
            (
                VisMonJobWorld.student("a@etu.example.fr", wishes: ["developer"], departements: ["75", "75"]), 422,
                "vmj-departement-duplicate"
            ),
            (VisMonJobWorld.student("not-an-address", wishes: ["developer"]), 422, "invalid-email"),
            (VisMonJobWorld.student("a@etu.example.fr", wishes: ["developer"], school: " "), 422, "vmj-text-length"),
            (VisMonJobWorld.student("LINA@etu.example.fr", wishes: ["analyst"]), 409, "vmj-student-email-taken"),
            (#"{"school":"X","level":"bac+3"}"#, 400, nil)
        ]
        for (body, status, problem) in cases {
            let response = try server.send("POST", students, json: body)
            #expect(response.status == status, "\(body): \(response.text)")
            if let problem { #expect(response.vmjProblem == problem, "\(body)") }
        }
        #expect(try server.send("POST", "/v1/vmj/editions/999/students", json: valid).status == 404)
        // A bad token, a user's token, no token: 401 on the student's own routes.
        #expect(try server.send("GET", "/v1/vmj/students/me", token: "not-a-token").status == 401)
        #expect(try server.send("GET", "/v1/vmj/students/me", token: world.talentTokens[0]).status == 401)
        #expect(try server.send("DELETE", "/v1/vmj/students/me", headers: ["If-Match": #""1""#]).status == 401)
        // After the closing date.
        try world.setClock("2026-10-16T00:00:00Z")
        let late = try server.send(
            "POST", students,
            json: VisMonJobWorld.student(
                "b@etu.example.fr",
                wishes: ["developer"]))
        #expect(late.status == 409 && late.vmjProblem == "vmj-registration-closed")
        #expect(try DatabaseSnapshot(world.database, table: "vmj_students") == before)
    }
    /// Registrations closed by the operator while still within their dates: a new student or
    /// ambassador meets the documented `vmj-registration-closed`, not the edition's state.
    @Test func registeringAfterTheOperatorClosedRegistrationsIsRegistrationClosed() throws {
        let world = try VisMonJobWorld(now: "2026-09-01T08:00:00Z")
        defer { world.stop() }
        let server = world.server
        let created = try server.send(
            "POST", "/v1/vmj/editions", token: world.operatorToken,
            json: """
                {"name":"Vis mon job 2026","eventDay":"2026-11-17","registrationOpens":"2026-09-01",\
                "registrationCloses":"2026-10-15"}
                """)
        let edition = try #require(created.vmjObject["id"] as? Int)
        let base = "/v1/vmj/editions/\(edition)"
        #expect(
            try server.send(
                "POST", base + "/students",
                json: VisMonJobWorld.student("lina@etu.example.fr", wishes: ["developer"])
            ).status == 201)
        let closed = try server.send(
            "POST", base + "/registration-closure", token: world.operatorToken,
            headers: created.ifMatch)
        #expect(closed.status == 200 && closed.vmjObject["state"] as? String == "matching")
        let students = try DatabaseSnapshot(world.database, table: "vmj_students")
        let ambassadors = try DatabaseSnapshot(world.database, table: "vmj_ambassadors")

        let student = try server.send(
            "POST", base + "/students",
            json: VisMonJobWorld.student("late@etu.example.fr", wishes: ["developer"]))
        #expect(student.status == 409 && student.vmjProblem == "vmj-registration-closed", "\(student.text)")
        let ambassador = try server.send(
            "POST", base + "/ambassadors", token: world.talentTokens[0],
            json: VisMonJobWorld.ambassador(
                "developer", in: "75", city: "Paris",
                capacity: 1))
        #expect(ambassador.status == 409 && ambassador.vmjProblem == "vmj-registration-closed", "\(ambassador.text)")
        #expect(try DatabaseSnapshot(world.database, table: "vmj_students") == students)
        #expect(try DatabaseSnapshot(world.database, table: "vmj_ambassadors") == ambassadors)
    }
}
