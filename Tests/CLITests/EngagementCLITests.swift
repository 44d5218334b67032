import Foundation
import Testing

@testable import AppTestSupport

/// `talents-admin agreements …` and `mission-orders …` on the real binaries: the operator's
/// corrective actions go through the same use cases as the API, and bad input is refused on
/// stderr with a non-zero exit.
@Suite struct EngagementCLITests {
    @Test(arguments: [
        ["agreements"], ["agreements", "list"], ["agreements", "interrupt"], ["mission-orders"],
        ["mission-orders", "list"], ["mission-orders", "cancel"]
    ])
    func everyCommandHasHelp(_ command: [String]) throws {
        let result = try Subprocess.run("talents-admin", command + ["--help"])
        #expect(result.status == 0 && result.output.contains("USAGE: talents-admin") && result.errorOutput.isEmpty)
    }

    @Test func theOperatorCancelsAnOrderAndInterruptsAnEngagement() throws {
        let world = try EngagementFixture(talents: 2)
        func admin(_ arguments: String...) throws -> Subprocess.Result {
            try Subprocess.run("talents-admin", arguments, environment: ["TALENTS_DB": world.database])
        }
        let first = try world.signedAgreement(0).id
        let second = try world.signedAgreement(1).id
        let dates = #"{"dates": {"start": "2026-03-02", "end": "2026-06-30"}}"#
        let issued = try world.send("POST", "/v1/agreements/\(first)/mission-order", as: "referent", json: dates)
        let order = try #require(issued.jsonObject["id"] as? Int)

        let listed = try admin("mission-orders", "list", "--json")
        #expect(listed.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]]
        #expect(rows?.map { $0["reference"] as? String } == ["OM-DNUM-2026-0001"])
        #expect(rows?.first?["state"] as? String == "in-force")
        #expect(
            try admin("mission-orders", "list", "--administration", "DNUM", "--year", "2026").output
                .contains("OM-DNUM-2026-0001"))
        #expect(
            try admin("mission-orders", "list", "--year", "2025").output.split(separator: "\n").count == 1,
            "the header alone")

        let cancelled = try admin("mission-orders", "cancel", String(order), "--reason", "Erreur de dates")
        #expect(cancelled.status == 0 && cancelled.output == "Cancelled mission order OM-DNUM-2026-0001.\n")
        #expect(
            try world.sql("SELECT cancellation_reason FROM mission_orders WHERE id = \(order)") == "Erreur de dates")
        #expect(try world.sql("SELECT actor FROM audit_events WHERE action = 'mission-order.cancelled'") == "cli")
        let again = try admin("mission-orders", "cancel", String(order), "--reason", "Encore")
        #expect(again.status != 0 && again.errorOutput.contains("already cancelled") && again.output.isEmpty)
        // A cancelled order keeps its number; the next one follows it.
        let reissued = try world.send("POST", "/v1/agreements/\(first)/mission-order", as: "referent", json: dates)
        #expect(reissued.status == 201 && reissued.jsonObject["reference"] as? String == "OM-DNUM-2026-0002")

        let agreements = try admin("agreements", "list", "--status", "signed")
        #expect(agreements.status == 0 && agreements.output.split(separator: "\n").count == 3)
        let interrupted = try admin("agreements", "interrupt", String(second), "--reason", "Départ de l'agent")
        #expect(interrupted.status == 0 && interrupted.output == "Interrupted agreement \(second).\n")
        #expect(
            try world.sql("SELECT status || ' ' || ended_by || ' ' || end_reason FROM agreements WHERE id = \(second)")
                == "interrupted operator Départ de l'agent")
        let json = try admin("agreements", "list", "--json")
        let all = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]]
        #expect(all?.compactMap { $0["status"] as? String } == ["signed", "interrupted"])
        #expect(all?.last?["endedBy"] as? String == "operator")
        #expect(all?.first?["signedAt"] as? String == "2026-03-10T09:00:00.000Z", "instants in RFC 3339, as in the API")

        let before = try DatabaseSnapshot(world.database, table: "agreements")
        for arguments in [
            ["agreements", "interrupt", "999", "--reason", "x"],
            ["agreements", "interrupt", String(second), "--reason", "Encore"],
            ["agreements", "interrupt", String(first)],
            ["agreements", "interrupt", "abc", "--reason", "x"],
            ["agreements", "list", "--status", "lost"],
            ["mission-orders", "cancel", "999", "--reason", "x"],
            ["mission-orders", "list", "--year", "20"],
            ["mission-orders", "list", "--administration", "NOWHERE"]
        ] {
            let result = try Subprocess.run("talents-admin", arguments, environment: ["TALENTS_DB": world.database])
            #expect(result.status != 0 && !result.errorOutput.isEmpty && result.output.isEmpty, "\(arguments)")
        }
        #expect(try DatabaseSnapshot(world.database, table: "agreements") == before, "nothing written")
    }
}
