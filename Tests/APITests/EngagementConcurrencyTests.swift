import Dispatch
import Foundation
import Synchronization
import Testing

@testable import AppTestSupport

/// Concurrent requests on the real `talents-api`: mission-order numbers without gaps or
/// duplicates, one order per agreement, and optimistic concurrency on the terms.
@Suite struct EngagementConcurrencyTests {
    @Test func parallelIssuesNumberOrdersWithoutGapsOrDuplicates() throws {
        let world = try EngagementFixture(talents: 21)
        let agreements = try (0..<21).map { try world.signedAgreement($0).id }
        let dates = #"{"dates": {"start": "2026-03-02", "end": "2026-06-30"}}"#

        // 20 agreements of talents of the same directorate, issued at once.
        let results = Mutex<[(status: Int, reference: String?)]>([])
        DispatchQueue.concurrentPerform(iterations: 20) { index in
            let response = try? world.send(
                "POST", "/v1/agreements/\(agreements[index])/mission-order",
                as: "referent", json: dates)
            results.withLock { $0.append((response?.status ?? 0, response?.jsonObject["reference"] as? String)) }
        }
        let issued = results.withLock { $0 }
        #expect(issued.map(\.status) == Array(repeating: 201, count: 20))
        #expect(
            issued.compactMap(\.reference).sorted()
                == (1...20).map { "OM-DNUM-2026-" + String(repeating: "0", count: 4 - String($0).count) + String($0) })

        // The same agreement issued ten times at once: one order, the others refused.
        let statuses = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 10) { _ in
            let response = try? world.send(
                "POST", "/v1/agreements/\(agreements[20])/mission-order", as: "referent",
                json: dates)
            statuses.withLock { $0.append(response?.status ?? 0) }
        }
        #expect(statuses.withLock { $0.sorted() } == [201] + Array(repeating: 409, count: 9))
        #expect(
            try world.sql("SELECT count(*), max(sequence), count(DISTINCT reference) FROM mission_orders")
                == "21|21|21")
        #expect(
            try world.sql("SELECT reference FROM mission_orders WHERE agreement_id = \(agreements[20])")
                == "OM-DNUM-2026-0021")
    }

    @Test func parallelValidationsPostOneTransferEachAndKeepTheLedgerBalanced() throws {
        let world = try EngagementFixture(talents: 2)
        var reports: [String] = []
        for talent in 0..<2 {
            let agreement = try world.signedAgreement(talent).id
            #expect(
                try world.send(
                    "POST", "/v1/agreements/\(agreement)/mission-order", as: "referent",
                    json: #"{"dates": {"start": "2026-03-02", "end": "2026-06-30"}}"#
                ).status == 201)
            for day in 2...9 {
                let reported = try world.send(
                    "POST", "/v1/agreements/\(agreement)/time-reports", as: "talent\(talent)",
                    json: #"{"date": "2026-03-0\#(day)", "minutes": 45, "note": "Revue"}"#)
                reports.append(try #require(reported.headers["location"], "\(reported.text)"))
            }
        }
        // 16 validations at once, two engagements, one owner.
        let reportPaths = reports
        let statuses = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: reports.count) { index in
            let response = try? world.send("POST", reportPaths[index] + "/validate", as: "owner", ifMatch: "\"1\"")
            statuses.withLock { $0.append(response?.status ?? 0) }
        }
        #expect(statuses.withLock { $0 } == Array(repeating: 200, count: reports.count))
        #expect(try world.sql("SELECT count(*), count(DISTINCT time_report_id) FROM credit_transfers") == "16|16")
        #expect(try world.sql("SELECT sum(amount) FROM credit_movements") == "0", "the ledger sums to zero")
        #expect(try world.sql("SELECT balance FROM credit_accounts WHERE administration_id = 2") == "\(16 * 45)")
        let verify = try Subprocess.run(
            "talents-admin", ["ledger", "verify"], environment: ["TALENTS_DB": world.database])
        #expect(verify.status == 0, "\(verify.errorOutput)")
    }

    @Test func twoChangesOfTheSameRevisionGiveOneSuccessAndOneStalePrecondition() throws {
        let world = try EngagementFixture()
        let created = try world.send(
            "POST", "/v1/applications/\(world.applications[0])/agreement", as: "owner",
            json: EngagementFixture.terms())
        let id = try #require(created.jsonObject["id"] as? Int)
        let statuses = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let response = try? world.send(
                "PATCH", "/v1/agreements/\(id)", as: "owner", ifMatch: "\"1\"",
                json: #"{"hoursBudget": \#(20 + index)}"#)
            statuses.withLock { $0.append(response?.status ?? 0) }
        }
        #expect(statuses.withLock { $0.sorted() } == [200, 412])
        #expect(try world.sql("SELECT revision, hours_budget IN (20, 21) FROM agreements") == "2|1")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE action = 'agreement.terms-edited'") == "1")
    }
}
