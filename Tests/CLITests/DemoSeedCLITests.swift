import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// `talents-admin demo seed` shows the whole programme: agreements in every state, mission
/// orders, time, credits, diplomas and a Vis mon job edition, consistent enough for the ledger
/// and the database checks, and rich for the users the tests' personas stand for.
@Suite struct DemoSeedCLITests {
    let directory: TemporaryDirectory
    let database: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
    }

    private func admin(_ arguments: String...) throws -> Subprocess.Result {
        try Subprocess.run("talents-admin", arguments, environment: ["TALENTS_DB": database])
    }

    private func sql(_ query: String) throws -> String {
        try Subprocess.sqlite3(database, query).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func count(_ from: String) throws -> Int {
        Int(try sql("SELECT count(*) FROM \(from)")) ?? -1
    }

    @Test func seedShowsEveryStateAndPassesTheLedgerAndDatabaseChecks() throws {
        defer { directory.remove() }
        let seed = try admin("demo", "seed")
        #expect(seed.status == 0, "\(seed.errorOutput)")
        #expect(seed.output.contains("agreements ("), "the summary tells the engagements: \(seed.output)")

        let check = try admin("db", "check")
        #expect(check.status == 0, "\(check.output)\(check.errorOutput)")
        let verify = try admin("ledger", "verify")
        #expect(verify.status == 0, "\(verify.output)\(verify.errorOutput)")

        // Every status of an agreement, and the signatures of those still awaited.
        for status in ["awaiting-signatures", "signed", "refused", "completed", "interrupted"] {
            #expect(try count("agreements WHERE status = '\(status)'") > 0, "no agreement \(status)")
        }
        #expect(try count("agreements WHERE status = 'awaiting-signatures' AND talent_signed_at IS NOT NULL") > 0)
        #expect(try count("agreements WHERE status = 'refused' AND end_reason IS NOT NULL") > 0)
        #expect(try count("agreements WHERE status = 'interrupted' AND end_reason IS NOT NULL") > 0)
        // Signed without an order in force, and with one.
        let inForce = "SELECT agreement_id FROM mission_orders WHERE cancelled_at IS NULL"
        #expect(try count("agreements WHERE status = 'signed' AND id NOT IN (\(inForce))") > 0)
        #expect(try count("agreements WHERE status = 'signed' AND id IN (\(inForce))") > 0)
        #expect(try count("mission_orders WHERE cancelled_at IS NULL") > 0)
        #expect(try count("mission_orders WHERE cancelled_at IS NOT NULL AND cancellation_reason IS NOT NULL") > 0)
        // Time in every status, credits on several statements with several lines each.
        for status in ["submitted", "validated", "rejected"] {
            #expect(try count("time_reports WHERE status = '\(status)'") > 0, "no time report \(status)")
        }
        #expect(try count("(SELECT account FROM credit_movements GROUP BY account HAVING count(*) >= 2)") >= 3)
        // Completed engagements: feedback from both sides, the diploma and distinctions.
        #expect(try count("(SELECT agreement_id FROM feedback GROUP BY agreement_id HAVING count(*) = 2)") > 0)
        #expect(try count("badge_assertions") == count("agreements WHERE status = 'completed'"))
        #expect(try count("distinctions") > 0)
        #expect(try count("saved_searches") > 0)
        #expect(try count("invitations") > 0)
        // A Vis mon job edition with its pairing published, days done with feedback, coaching booked.
        #expect(try count("vmj_editions WHERE state = 'paired'") == 1)
        #expect(try count("vmj_pairs WHERE status = 'done'") > 0)
        #expect(try count("vmj_pairs WHERE status = 'paired'") > 0)
        #expect(try count("vmj_feedback") > 0)
        #expect(try count("vmj_coaching_bookings") > 0)
        // The story's e-mails are not sent: it happened in the past, to people who do not exist.
        #expect(try count("notification_outbox") == 0)
        // The trail follows the story.
        #expect(try count("audit_events a JOIN audit_events b ON b.id = a.id + 1 WHERE b.at < a.at") == 0)
    }

    @Test func personasOfTheTestsSeeTheirWork() throws {
        defer { directory.remove() }
        #expect(try admin("demo", "seed").status == 0)
        // The first user holding exactly each role, as DemoFixture picks them.
        func first(_ role: String) throws -> Int {
            Int(
                try sql(
                    """
                    SELECT min(user_id) FROM user_roles r WHERE role = '\(role)'
                    AND (SELECT count(*) FROM user_roles o WHERE o.user_id = r.user_id) = 1
                    """)) ?? -1
        }
        let manager = try first("line-manager")
        let managed = try sql(
            "SELECT group_concat(DISTINCT status) FROM (SELECT status FROM agreements WHERE line_manager_id = \(manager) ORDER BY 1)"
        )
        for status in ["awaiting-signatures", "completed", "refused", "signed"] {
            #expect(managed.contains(status), "the line manager persona has no \(status) agreement: \(managed)")
        }
        let owner = try first("mission-owner")
        #expect(
            try count(
                "applications a JOIN missions m ON m.id = a.mission_id WHERE m.owner_id = \(owner) AND a.status = 'submitted'"
            )
                >= 3)
        #expect(try count("agreements WHERE owner_id = \(owner)") >= 10)
        let talent = try first("talent")
        let mine = try sql(
            "SELECT group_concat(DISTINCT status) FROM (SELECT status FROM agreements WHERE talent_id = (SELECT id FROM talents WHERE user_id = \(talent)) ORDER BY 1)"
        )
        for status in ["awaiting-signatures", "completed", "signed"] {
            #expect(mine.contains(status), "the talent persona has no \(status) agreement: \(mine)")
        }
        #expect(try count("badge_assertions WHERE user_id = \(talent)") >= 1)
        // The owner's first open mission has applications to answer, and the talent persona may apply to it.
        let open = try sql(
            """
            SELECT min(id) FROM missions WHERE owner_id = \(owner) AND state = 'published'
            AND application_deadline >= date('now')
            """)
        #expect(try count("applications WHERE mission_id = \(open) AND status = 'submitted'") >= 3)
        #expect(try count("invitations WHERE mission_id = \(open)") >= 1)
        #expect(
            try count(
                "applications WHERE mission_id = \(open) AND talent_id = (SELECT id FROM talents WHERE user_id = \(talent))"
            )
                == 0)
        #expect(try count("vmj_ambassadors WHERE user_id = \(talent)") == 1)
        let referent = try first("referent")
        #expect(try count("mission_orders WHERE issued_by = \(referent)") >= 2)
        #expect(try count("mission_orders WHERE issued_by = \(referent) AND cancelled_at IS NOT NULL") >= 1)
    }
}
