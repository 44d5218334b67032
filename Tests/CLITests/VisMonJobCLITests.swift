import Foundation
import Testing

@testable import AppTestSupport

/// `talents-admin vmj …` on the real binaries: the operator's side of an edition from the command
/// line, with registrations through the API.
@Suite struct VisMonJobCLITests {
    @Test func theOperatorRunsAnEditionFromTheCommandLine() throws {
        let world = try VisMonJobWorld(now: "2026-09-01T08:00:00Z")
        defer { world.stop() }
        let bad = try world.run([
            "vmj", "editions", "add", "--name", "VMJ", "--event-day", "2026-11-17",
            "--opens", "2026-09-01", "--closes", "2026-11-30"
        ])
        #expect(bad.status != 0 && bad.errorOutput.contains("Registrations must close before the event day"))
        #expect(try world.sql("SELECT count(*) FROM vmj_editions") == "0")
        let added = try world.run([
            "vmj", "editions", "add", "--name", "Vis mon job 2026", "--event-day", "2026-11-17",
            "--opens", "2026-09-01", "--closes", "2026-10-15", "--window-days", "10"
        ])
        #expect(added.status == 0 && added.output == "Created edition 1 (Vis mon job 2026), open.\n")
        let listed = try world.run(["vmj", "editions", "list", "--json"])
        let editions = try #require(
            try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]])
        #expect(editions.first?["dateChangeWindowDays"] as? Int == 10)

        let server = world.server
        #expect(
            try server.send(
                "POST", "/v1/vmj/editions/1/ambassadors", token: world.talentTokens[0],
                json: VisMonJobWorld.ambassador(
                    "developer", in: "75", city: "Paris",
                    capacity: 1)
            ).status == 201)
        #expect(
            try server.send(
                "POST", "/v1/vmj/editions/1/ambassadors", token: world.talentTokens[1],
                json: VisMonJobWorld.ambassador(
                    "analyst", in: "75", city: "Paris",
                    capacity: 1)
            ).status == 201)
        for (email, wishes) in [("a@etu.example.fr", ["developer"]), ("b@etu.example.fr", ["developer"])] {
            #expect(
                try server.send(
                    "POST", "/v1/vmj/editions/1/students",
                    json: VisMonJobWorld.student(email, wishes: wishes)
                ).status == 201)
        }

        #expect(try world.run(["vmj", "match", "1"]).errorOutput.contains("must be 'matching'"))
        #expect(try world.run(["vmj", "close", "1"]).output == "Edition 1 is matching.\n")
        let matched = try world.run(["vmj", "match", "1", "--json"])
        #expect(matched.status == 0)
        let preview = try #require(try JSONSerialization.jsonObject(with: Data(matched.output.utf8)) as? [String: Any])
        #expect((preview["pairs"] as? [[String: Any]])?.map { $0["studentID"] as? Int } == [1])
        #expect(
            (preview["unmatched"] as? [[String: Any]])?.first?["reason"] as? String == "acceptable-ambassadors-full")
        let adjusted = try world.run(["vmj", "adjust", "1", "--student", "2", "--ambassador", "2"])
        #expect(adjusted.status == 0 && adjusted.output.contains("2 pairs, 0 unmatched"))
        #expect(adjusted.output.contains("Binôme ajusté par l'équipe du programme · Métier hors des vœux (Analyste)"))
        #expect(try world.run(["vmj", "publish", "1"]).output == "Edition 1 is paired.\n")
        let slot = try world.run(["vmj", "slot", "1", "--at", "2026-11-03T10:00:00Z", "--capacity", "5"])
        #expect(slot.output == "Published coaching slot 1 at 2026-11-03T10:00:00.000Z.\n")
        #expect(try world.run(["vmj", "done", "1"]).errorOutput.contains("2026-11-17"))
        try world.setClock("2026-11-17T17:00:00Z")
        #expect(try world.run(["vmj", "done", "1"]).output == "Pair 1 is done.\n")
        #expect(try world.run(["vmj", "complete", "1"]).output == "Edition 1 is done.\n")
        #expect(try world.sql("SELECT count(*) FROM audit_events WHERE actor = 'cli' AND action LIKE 'vmj.%'") == "9")
    }
}
