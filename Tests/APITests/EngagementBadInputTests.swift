import Foundation
import Testing

@testable import AppTestSupport

/// Bad input on the engagement's endpoints: each refused with its documented status, and the
/// database left as it was (rows, audit events, idempotency records, schema).
@Suite struct EngagementBadInputTests {
    @Test func badTermsAndBadPreconditionsChangeNothing() throws {
        let world = try EngagementFixture()
        let create = "/v1/applications/\(world.applications[0])/agreement"
        let before = try DatabaseSnapshot(world.database, table: "agreements")
        let terms = EngagementFixture.badTerms
        let cases: [(String, Int, String?)] = [
            (#"{"objectives": "x", "#, 400, nil),
            ("[1, 2]", 400, nil),
            (terms(10, "2026-03-02", "2026-06-30", "telepathy"), 400, "workMode"),
            (terms(10, "2026-02-01", "2026-06-30", "remote"), 422, "dates"),
            (terms(10, "2026-03-02", "2026-09-30", "remote"), 422, "dates"),
            (terms(10, "2026-06-30", "2026-03-02", "remote"), 422, "dates"),
            (terms(0, "2026-03-02", "2026-06-30", "remote"), 422, "hoursBudget"),
            (terms(10, "2026-02-30", "2026-06-30", "remote"), 422, "dates.start")
        ]
        for (json, status, field) in cases {
            let response = try world.send("POST", create, as: "owner", json: json)
            #expect(response.status == status, "\(json): \(response.text)")
            #expect(Self.field(response) == field, "\(json)")
        }
        #expect(
            try world.send(
                "POST", "/v1/applications/abc/agreement", as: "owner",
                json: terms(
                    10, "2026-03-02",
                    "2026-06-30", "remote")
            ).status == 404)
        #expect(
            try world.send(
                "POST", "/v1/applications/999/agreement", as: "owner",
                json: terms(
                    10, "2026-03-02",
                    "2026-06-30", "remote")
            ).status == 404)
        #expect(try DatabaseSnapshot(world.database, table: "agreements") == before, "nothing written")

        let created = try world.send("POST", create, as: "owner", json: EngagementFixture.terms())
        let path = "/v1/agreements/\(try #require(created.jsonObject["id"] as? Int))"
        let afterCreation = try DatabaseSnapshot(world.database, table: "agreements")
        #expect(try world.send("PATCH", path, as: "owner", json: #"{"hoursBudget": 5}"#).status == 428)
        #expect(
            try world.send("PATCH", path, as: "owner", ifMatch: "\"7\"", json: #"{"hoursBudget": 5}"#).status
                == 412)
        #expect(try world.send("PATCH", path, as: "owner", ifMatch: "7", json: #"{"hoursBudget": 5}"#).status == 400)
        #expect(
            try world.send("PATCH", path, as: "owner", ifMatch: "\"1\"", json: #"{"workMode": "moon"}"#).status
                == 400)
        #expect(
            try world.send("PATCH", path, as: "owner", ifMatch: "\"1\"", json: #"{"hoursBudget": 5000}"#).status
                == 422)
        #expect(
            try world.send(
                "PATCH", path, as: "owner", ifMatch: "\"1\"",
                json: #"{"dates": {"start": "2026-03-02", "end": "2027-01-01"}}"#
            ).status == 422)
        #expect(try world.send("POST", path + "/sign", as: "talent0").status == 428)
        #expect(try world.send("POST", path + "/sign", as: "talent0", ifMatch: "\"2\"").status == 412)
        #expect(try world.send("POST", path + "/sign", as: "outsider", ifMatch: "\"1\"").status == 404)
        #expect(try world.send("POST", path + "/sign", as: "referent", ifMatch: "\"1\"").status == 403)
        #expect(try DatabaseSnapshot(world.database, table: "agreements") == afterCreation, "nothing written")
    }

    @Test func badTimeReportsChangeNothing() throws {
        let world = try EngagementFixture()
        let (id, _) = try world.signedAgreement()
        let path = "/v1/agreements/\(id)"
        let order = try world.send(
            "POST", path + "/mission-order", as: "referent",
            json: #"{"dates": {"start": "2026-03-02", "end": "2026-06-30"}}"#)
        #expect(order.status == 201)
        let before = try DatabaseSnapshot(world.database, table: "time_reports")
        let cases: [(String, Int, String?)] = [
            (#"{"date": "2026-03-05", "minutes": 0, "note": "Revue"}"#, 422, "minutes"),
            (#"{"date": "2026-03-05", "minutes": 2000, "note": "Revue"}"#, 422, "minutes"),
            (#"{"date": "2026-03-05", "minutes": "60", "note": "Revue"}"#, 400, "minutes"),
            (#"{"date": "2026-03-01", "minutes": 60, "note": "Revue"}"#, 422, "date"),
            (#"{"date": "2026-03-11", "minutes": 60, "note": "Revue"}"#, 422, "date"),
            (#"{"date": "2026-03-05", "minutes": 60, "note": " "}"#, 422, "note"),
            (#"{"date": "2026-03-05", "minutes": 60"#, 400, nil)
        ]
        for (json, status, field) in cases {
            let response = try world.send("POST", path + "/time-reports", as: "talent0", json: json)
            #expect(response.status == status, "\(json): \(response.text)")
            #expect(Self.field(response) == field, "\(json)")
        }
        #expect(
            try world.send(
                "POST", path + "/time-reports", as: "owner",
                json: #"{"date": "2026-03-05", "minutes": 60, "note": "Revue"}"#
            ).status == 403)
        #expect(try DatabaseSnapshot(world.database, table: "time_reports") == before, "nothing written")

        let orderPath = try #require(order.headers["location"])
        let orders = try DatabaseSnapshot(world.database, table: "mission_orders")
        #expect(try world.send("POST", orderPath + "/cancel", as: "referent", json: #"{"reason": "x"}"#).status == 428)
        #expect(
            try world.send(
                "POST", orderPath + "/cancel", as: "referent", ifMatch: "\"1\"",
                json: #"{"reason": ""}"#
            ).status == 422)
        #expect(
            try world.send(
                "POST", orderPath + "/cancel", as: "talent0", ifMatch: "\"1\"",
                json: #"{"reason": "x"}"#
            ).status == 403)
        #expect(try DatabaseSnapshot(world.database, table: "mission_orders") == orders, "nothing written")
    }

    /// The first field error of a problem.
    private static func field(_ response: HTTPClient.Response) -> String? {
        (response.jsonObject["errors"] as? [[String: Any]])?.first?["field"] as? String
    }
}

extension EngagementFixture {
    /// Terms with the given budget, dates and work mode.
    fileprivate static func badTerms(_ hours: Int, _ start: String, _ end: String, _ mode: String) -> String {
        terms(hoursBudget: hours, start: start, end: end, workMode: mode)
    }
}
