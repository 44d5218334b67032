import Foundation
import Testing

@testable import AppTestSupport

/// The journey over HTTP on the real `talents-api`: application, exchange, acceptance, agreement,
/// signatures, mission order, time reports, completion and feedback, each response checked, the
/// audit trail read back, and what the journey earns (credits, diploma) and sends (notifications).
@Suite struct EngagementAPITests {
    @Test func theWholeJourneyFromApplyingToTheFeedbackOfBothSides() throws {
        let world = try EngagementFixture(applied: false)
        let mission = try world.sql("SELECT id FROM missions")
        // The talent applies; the owner proposes an exchange, then accepts.
        let applied = try world.send(
            "POST", "/v1/missions/\(mission)/applications", as: "talent0", key: "apply-1",
            json: #"{"motivation": "Je connais bien ces API."}"#)
        #expect(applied.status == 201 && applied.jsonObject["status"] as? String == "submitted", "\(applied.text)")
        #expect(
            applied.jsonObject["dueAt"] as? String == "2026-03-24T09:00:00.000Z"
                || applied.jsonObject["dueAt"] as? String == "2026-03-24T09:00:00Z")
        #expect(applied.jsonObject["overdue"] as? Bool == false)
        let applicationPath = try #require(applied.headers["location"])
        let application = try #require(applied.jsonObject["id"] as? Int)
        let interviewed = try world.send(
            "POST", applicationPath + "/interview", as: "owner", ifMatch: "\"1\"",
            json: #"{"interview": {"at": "2026-03-12T14:00:00Z", "means": "Visioconférence"}}"#)
        #expect(interviewed.status == 200 && interviewed.jsonObject["status"] as? String == "interview-proposed")
        let accepted = try world.send("POST", applicationPath + "/accept", as: "owner", ifMatch: "\"2\"")
        #expect(accepted.status == 200 && accepted.jsonObject["status"] as? String == "accepted")

        let created = try world.send(
            "POST", "/v1/applications/\(application)/agreement", as: "owner", key: "agr-1",
            json: EngagementFixture.terms())
        #expect(created.status == 201 && created.headers["etag"] == "\"1\"")
        let id = try #require(created.jsonObject["id"] as? Int)
        let path = "/v1/agreements/\(id)"
        #expect(created.headers["location"] == path)
        #expect(created.jsonObject["status"] as? String == "awaiting-signatures")
        #expect(created.jsonObject["awaitingSignatures"] as? [String] == ["talent", "line-manager", "owner"])
        #expect(
            created.jsonObject["yourParties"] as? [String] == ["owner"]
                && created.jsonObject["youMustSign"] as? Bool == true)
        #expect(
            created.jsonObject["hoursBudget"] as? Int == 10 && created.jsonObject["workMode"] as? String == "hybrid")
        #expect(created.jsonObject["nextStep"] as? String == "sign")
        #expect(
            created.jsonObject["availableActions"] as? [String] == ["edit-terms", "change-parties", "sign", "interrupt"]
        )
        let replayed = try world.send(
            "POST", "/v1/applications/\(application)/agreement", as: "owner", key: "agr-1",
            json: EngagementFixture.terms())
        #expect(replayed.status == 201 && replayed.body == created.body, "replayed, not created twice")
        #expect(
            try world.send(
                "POST", "/v1/applications/\(application)/agreement", as: "owner",
                json: EngagementFixture.terms()
            ).status == 409, "one agreement per application")

        // The talent signs, then the owner changes the terms: the signature is cleared.
        let talentSigned = try world.send("POST", path + "/sign", as: "talent0", ifMatch: "\"1\"")
        #expect(talentSigned.status == 200 && talentSigned.headers["etag"] == "\"2\"")
        #expect(Self.signatures(talentSigned)["talent"] is String)
        #expect(talentSigned.jsonObject["awaitingSignatures"] as? [String] == ["line-manager", "owner"])
        #expect(talentSigned.jsonObject["youMustSign"] as? Bool == false)
        #expect(talentSigned.jsonObject["nextStep"] as? String == "await-other-signatures")
        #expect(talentSigned.jsonObject["availableActions"] as? [String] == ["change-parties", "interrupt"])
        #expect(try world.send("POST", path + "/sign", as: "talent0", ifMatch: "\"2\"").status == 409)
        let edited = try world.send("PATCH", path, as: "owner", ifMatch: "\"2\"", json: #"{"hoursBudget": 8}"#)
        #expect(edited.status == 200 && edited.headers["etag"] == "\"3\"")
        #expect(edited.jsonObject["hoursBudget"] as? Int == 8 && edited.jsonObject["workMode"] as? String == "hybrid")
        #expect(Self.signatures(edited).values.allSatisfy { $0 is NSNull }, "editing the terms clears the signatures")
        #expect(edited.jsonObject["awaitingSignatures"] as? [String] == ["talent", "line-manager", "owner"])
        #expect(try world.sql("SELECT talent_signed_at IS NULL FROM agreements WHERE id = \(id)") == "1")

        // The three sign the new terms.
        var etag = "\"3\""
        for (party, awaiting) in [("manager", ["talent", "owner"]), ("talent0", ["owner"]), ("owner", [])] {
            let signed = try world.send("POST", path + "/sign", as: party, ifMatch: etag)
            #expect(signed.status == 200, "\(party): \(signed.text)")
            #expect(signed.jsonObject["awaitingSignatures"] as? [String] == awaiting)
            etag = try #require(signed.headers["etag"])
        }
        let signed = try world.send("GET", path, as: "manager")
        #expect(signed.jsonObject["status"] as? String == "signed" && signed.jsonObject["signedAt"] is String)
        #expect(signed.jsonObject["yourParties"] as? [String] == ["line-manager"])
        #expect(signed.jsonObject["nextStep"] as? String == "await-mission-order")
        #expect(signed.jsonObject["availableActions"] as? [String] == ["interrupt"])
        let toIssue = try world.send("GET", path, as: "referent")
        #expect(
            toIssue.jsonObject["yourParties"] as? [String] == []
                && toIssue.jsonObject["nextStep"] as? String == "issue-mission-order")
        #expect(toIssue.jsonObject["availableActions"] as? [String] == ["issue-mission-order"])
        #expect(Self.signatures(signed).values.allSatisfy { $0 is String })
        #expect(
            try world.send(
                "POST", path + "/time-reports", as: "talent0",
                json: #"{"date": "2026-03-05", "minutes": 60, "note": "Audit"}"#
            ).status == 409,
            "no time before the mission order")

        // The referent of the talent's directorate issues the mission order.
        let issued = try world.send(
            "POST", path + "/mission-order", as: "referent", key: "om-1",
            json: #"{"dates": {"start": "2026-03-02", "end": "2026-06-30"}}"#)
        #expect(issued.status == 201 && issued.headers["etag"] == "\"1\"")
        #expect(
            issued.jsonObject["reference"] as? String == "OM-DNUM-2026-0001"
                && issued.jsonObject["inForce"] as? Bool == true)
        let orderPath = try #require(issued.headers["location"])
        #expect(
            try world.send("GET", orderPath, as: "talent0").jsonObject["reference"] as? String == "OM-DNUM-2026-0001")
        let withOrder = try world.send("GET", path, as: "owner")
        #expect(
            (withOrder.jsonObject["missionOrder"] as? [String: Any])?["reference"] as? String == "OM-DNUM-2026-0001")
        #expect(withOrder.jsonObject["nextStep"] as? String == "validate-time")
        #expect(withOrder.jsonObject["availableActions"] as? [String] == ["complete", "interrupt"])
        #expect(withOrder.headers["etag"] != etag, "the agreement shows its order, so its ETag moves")

        // Time: three reports, the second rejected, the others validated.
        var reports: [String] = []
        for (date, minutes) in [("2026-03-05", 240), ("2026-03-06", 120), ("2026-03-09", 60)] {
            let reported = try world.send(
                "POST", path + "/time-reports", as: "talent0",
                json: #"{"date": "\#(date)", "minutes": \#(minutes), "note": "Revue"}"#)
            #expect(reported.status == 201 && reported.jsonObject["status"] as? String == "submitted")
            reports.append(try #require(reported.headers["location"]))
        }
        #expect(try world.send("POST", reports[0] + "/validate", as: "talent0", ifMatch: "\"1\"").status == 403)
        let rejected = try world.send(
            "POST", reports[1] + "/reject", as: "owner", ifMatch: "\"1\"",
            json: #"{"reason": "Journée déjà comptée."}"#)
        #expect(rejected.status == 200 && rejected.jsonObject["status"] as? String == "rejected")
        #expect(rejected.jsonObject["rejectionReason"] as? String == "Journée déjà comptée.")
        for report in [reports[0], reports[2]] {
            let validated = try world.send("POST", report + "/validate", as: "owner", ifMatch: "\"1\"")
            #expect(validated.status == 200 && validated.headers["etag"] == "\"2\"")
            #expect(validated.jsonObject["status"] as? String == "validated")
        }
        let sheet = try world.send("GET", path + "/time-reports", as: "talent0")
        #expect(sheet.status == 200 && (sheet.jsonObject["items"] as? [Any])?.count == 3)
        let totals = try #require(sheet.jsonObject["totals"] as? [String: Int])
        #expect(
            totals == [
                "budgetMinutes": 480, "reportedMinutes": 300, "validatedMinutes": 300,
                "remainingMinutes": 180
            ])

        // Completion, then feedback from both sides, once each.
        #expect(
            try world.send(
                "POST", path + "/feedback", as: "talent0",
                json: #"{"rating": 5, "comment": "Très bien."}"#
            ).status == 409, "not ended yet")
        let current = try #require(try world.send("GET", path, as: "owner").headers["etag"])
        let completed = try world.send("POST", path + "/complete", as: "owner", ifMatch: current)
        #expect(completed.status == 200 && completed.jsonObject["status"] as? String == "completed")
        #expect(completed.jsonObject["endedBy"] as? String == "owner")
        #expect(completed.jsonObject["nextStep"] as? String == "give-feedback")
        #expect(completed.jsonObject["availableActions"] as? [String] == ["give-feedback"])
        let talentFeedback = try world.send(
            "POST", path + "/feedback", as: "talent0",
            json: #"{"rating": 5, "comment": "Équipe accueillante."}"#)
        #expect(talentFeedback.status == 201 && talentFeedback.headers["location"] == path)
        let ownerFeedback = try world.send(
            "POST", path + "/feedback", as: "owner",
            json: #"{"rating": 4, "comment": "Travail précis."}"#)
        #expect(ownerFeedback.status == 201)
        let feedback = try #require(ownerFeedback.jsonObject["feedback"] as? [[String: Any]])
        #expect(feedback.map { $0["side"] as? String } == ["talent", "owner"])
        #expect(feedback.map { $0["rating"] as? Int } == [5, 4])
        #expect(ownerFeedback.jsonObject["nextStep"] as? String == "closed")
        #expect(ownerFeedback.jsonObject["availableActions"] as? [String] == [])
        #expect(
            try world.send(
                "POST", path + "/feedback", as: "talent0",
                json: #"{"rating": 1, "comment": "Encore."}"#
            ).status == 409, "feedback is given once")

        // The audit trail, oldest first, of the journey's records.
        let audit = try world.send("GET", "/v1/audit?limit=100", as: "operator")
        let events = try #require(audit.jsonObject["items"] as? [[String: Any]]).reversed()
            .filter {
                ["application", "agreement", "mission-order", "time-report"].contains($0["subjectType"] as? String)
            }
        #expect(
            events.map { $0["action"] as? String ?? "" } == [
                "application.submitted", "application.interview-proposed", "application.accepted", "agreement.created",
                "agreement.signed", "agreement.terms-edited", "agreement.signed", "agreement.signed",
                "agreement.signed", "mission-order.issued", "time-report.submitted", "time-report.submitted",
                "time-report.submitted", "time-report.rejected", "time-report.validated", "time-report.validated",
                "agreement.completed", "agreement.feedback-given", "agreement.feedback-given"
            ])
        #expect(events.map { $0["actor"] as? String ?? "" }.prefix(4) == ["user:6", "user:1", "user:1", "user:1"])
        let signers = events.filter { $0["action"] as? String == "agreement.signed" }
            .map { ($0["details"] as? [String: String])?["parties"] ?? "" }
        #expect(signers == ["talent", "line-manager", "talent", "owner"])

        // What the journey earned: 300 validated minutes move 5 credits (300 units) from the
        // beneficiary (MC, 3) to the employer (DNUM, 2); a diploma and the first-mission distinction.
        #expect(
            try world.sql(
                """
                SELECT group_concat(account || ':' || total) FROM
                    (SELECT account, sum(amount) AS total FROM credit_movements GROUP BY account ORDER BY account)
                """) == "2:300,3:-300")
        #expect(try world.sql("SELECT nature || ' ' || user_id FROM badge_assertions") == "support 6")
        let diploma = try world.sql("SELECT public_id FROM badge_assertions")
        let assertion = try world.send("GET", "/badges/assertions/\(diploma)", as: nil)
        #expect(assertion.status == 200 && assertion.jsonObject["type"] as? String == "Assertion")
        #expect(
            try world.sql("SELECT group_concat(code) FROM distinctions WHERE user_id = 6").contains("first-mission"))
        // What it sent: each step queued its messages in the transaction that made it.
        #expect(
            try world.sql(
                """
                SELECT group_concat(kind || ' ' || n, ', ') FROM
                    (SELECT kind, count(*) AS n, min(id) AS first FROM notification_outbox GROUP BY kind ORDER BY first)
                """) == "application-received 1, interview-proposed 1, application-accepted 1, agreement-to-sign 6, "
                + "agreement-signed 3, mission-order-issued 2, diploma-issued 1")
    }

    @Test func theLineManagerRefusesForServiceNeeds() throws {
        let world = try EngagementFixture()
        let created = try world.send(
            "POST", "/v1/applications/\(world.applications[0])/agreement", as: "owner",
            json: EngagementFixture.terms())
        let path = "/v1/agreements/\(try #require(created.jsonObject["id"] as? Int))"
        #expect(
            try world.send(
                "POST", path + "/refuse", as: "talent0", ifMatch: "\"1\"",
                json: #"{"reason": "x"}"#
            ).status == 403, "only the line manager refuses")
        #expect(
            try world.send(
                "POST", path + "/refuse", as: "manager", ifMatch: "\"1\"",
                json: #"{"reason": "  "}"#
            ).status == 422)
        let refused = try world.send(
            "POST", path + "/refuse", as: "manager", ifMatch: "\"1\"",
            json: #"{"reason": "Nécessités de service : clôture budgétaire."}"#)
        #expect(refused.status == 200 && refused.jsonObject["status"] as? String == "refused")
        #expect(refused.jsonObject["endReason"] as? String == "Nécessités de service : clôture budgétaire.")
        #expect(refused.jsonObject["endedBy"] as? String == "line-manager")
        #expect(refused.jsonObject["awaitingSignatures"] as? [String] == [])
        #expect(try world.send("POST", path + "/sign", as: "talent0", ifMatch: "\"2\"").status == 409)
        #expect(
            try world.send("PATCH", path, as: "owner", ifMatch: "\"2\"", json: #"{"hoursBudget": 5}"#).status == 409)
        #expect(
            try world.send(
                "POST", path + "/mission-order", as: "referent",
                json: #"{"dates": {"start": "2026-03-02", "end": "2026-06-30"}}"#
            ).status == 409)
        #expect(try world.sql("SELECT status || ' ' || ended_by FROM agreements") == "refused line-manager")
    }

    @Test func validatedTimeNeverExceedsTheBudget() throws {
        let world = try EngagementFixture()
        let (id, _) = try world.signedAgreement(hoursBudget: 2)
        let path = "/v1/agreements/\(id)"
        #expect(
            try world.send(
                "POST", path + "/mission-order", as: "referent",
                json: #"{"dates": {"start": "2026-03-02", "end": "2026-06-30"}}"#
            ).status == 201)
        var reports: [String] = []
        for minutes in [90, 60] {
            let reported = try world.send(
                "POST", path + "/time-reports", as: "talent0",
                json: #"{"date": "2026-03-09", "minutes": \#(minutes), "note": "Revue"}"#)
            reports.append(try #require(reported.headers["location"]))
        }
        #expect(try world.send("POST", reports[0] + "/validate", as: "owner", ifMatch: "\"1\"").status == 200)
        let refused = try world.send("POST", reports[1] + "/validate", as: "owner", ifMatch: "\"1\"")
        #expect(refused.status == 409)
        #expect(
            refused.jsonObject["type"] as? String
                == "https://talents.numerique.gouv.fr/problems/time-report-budget-exceeded")
        let detail = try #require(refused.jsonObject["detail"] as? String)
        #expect(
            detail.contains("budget 120 minutes") && detail.contains("validated so far 90 minutes")
                && detail.contains("this report 60 minutes"))
        #expect(
            try world.sql("SELECT group_concat(status) FROM (SELECT status FROM time_reports ORDER BY id)")
                == "validated,submitted")
        let totals = try world.send("GET", path + "/time-reports", as: "owner").jsonObject["totals"] as? [String: Int]
        #expect(totals?["remainingMinutes"] == 30 && totals?["reportedMinutes"] == 150)
    }
}

extension EngagementAPITests {
    /// The `signatures` member of an agreement.
    static func signatures(_ response: HTTPClient.Response) -> [String: Any] {
        response.jsonObject["signatures"] as? [String: Any] ?? [:]
    }
}
