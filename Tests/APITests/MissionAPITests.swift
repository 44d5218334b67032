import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// `/v1/missions` on the real `talents-api` binary: users and administrations created with
/// `talents-admin`, then the moderation journey, the listing and bad input.
@Suite struct MissionAPITests {
    /// A database with a ministry, its directorate, an operator, a mission owner of the
    /// directorate and a talent, each with a token; the API serving it.
    private final class World {
        let directory: TemporaryDirectory
        let database: String
        var tokens: [String: String] = [:]
        var administrations: [String: Int] = [:]
        let server: APIServerProcess

        init() throws {
            directory = try TemporaryDirectory()
            database = directory.path("talents.sqlite")
            let database = database
            func admin(_ arguments: [String]) throws -> String {
                let result = try Subprocess.run("talents-admin", arguments, environment: ["TALENTS_DB": database])
                guard result.status == 0 else { throw DemoFixture.SetupError(reason: result.errorOutput) }
                return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            try Subprocess.migrate(database)
            for (acronym, level, parent) in [("MININT", "ministry", nil), ("DNUM", "directorate", "MININT")] {
                let json = try admin(
                    [
                        "administrations", "add", "--name", "Administration \(acronym)", "--acronym",
                        acronym, "--level", level, "--json"
                    ] + (parent.map { ["--parent", $0] } ?? []))
                let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
                administrations[acronym] = object?["id"] as? Int
            }
            for (name, role) in [("operator", "operator"), ("owner", "mission-owner"), ("talent", "talent")] {
                _ = try admin([
                    "users", "add", "--name", name, "--email", "\(name)@numerique.gouv.fr", "--role", role,
                    "--administration", "DNUM"
                ])
                tokens[name] = try admin(["tokens", "issue", "--email", "\(name)@numerique.gouv.fr"])
            }
            server = try APIServerProcess(database: database)
        }

        func send(
            _ method: String, _ path: String, as user: String?, ifMatch: String? = nil,
            headers: [String: String] = [:], json: String? = nil
        ) throws -> HTTPClient.Response {
            var headers = headers
            if let ifMatch { headers["If-Match"] = ifMatch }
            return try server.send(method, path, token: user.flatMap { tokens[$0] }, headers: headers, json: json)
        }

        /// What the database holds about missions: rows, search rows and audit events.
        func snapshot() throws -> String {
            try Subprocess.sqlite3(
                database,
                """
                SELECT (SELECT count(*) FROM missions) || ' ' || (SELECT count(*) FROM missions_fts) || ' '
                    || (SELECT count(*) FROM audit_events WHERE subject_type = 'mission') || ' '
                    || (SELECT coalesce(group_concat(revision), '') FROM missions)
                """
            ).output
        }

        deinit {
            server.stop()
            directory.remove()
        }
    }

    /// A valid mission as JSON: deadline in 30 days, window from 40 to 100 days from today.
    private static func missionJSON(title: String = "Sécurité de l'API des rendez-vous") -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        func day(_ offset: Int) -> String { formatter.string(from: Date().addingTimeInterval(Double(offset) * 86_400)) }
        return """
            {"title": \(quoted(title)), "description": "Revue de sécurité et plan de tests des préfectures.",
             "nature": "security-hardening", "requiredSkills": [{"code": "sec-audit", "minimumLevel": 3}],
             "effortHours": 35, "window": {"start": "\(day(40))", "end": "\(day(100))"},
             "departement": "69", "remote": true, "talentsSought": 1, "applicationDeadline": "\(day(30))",
             "crisis": false}
            """
    }

    private static func quoted(_ text: String) -> String {
        String(decoding: try! JSONEncoder().encode(text), as: UTF8.self)
    }

    private static func object(_ response: HTTPClient.Response) -> [String: Any] {
        response.json as? [String: Any] ?? [:]
    }

    private static func ids(_ response: HTTPClient.Response) -> [Int] {
        (object(response)["items"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } ?? []
    }

    /// The first field error of a problem.
    private static func field(_ response: HTTPClient.Response) -> String? {
        (object(response)["errors"] as? [[String: Any]])?.first?["field"] as? String
    }

    /// Every character but letters and digits percent-encoded, for a query value.
    private static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    }

    @Test func theAdministrationsOfferedAreTheOwnersAndThoseUnderIt() throws {
        let world = try World()
        let offered = try world.send("GET", "/v1/me/mission-administrations", as: "owner")
        #expect(offered.status == 200)
        let roots = try #require(offered.json as? [[String: Any]])
        #expect(roots.map { $0["id"] as? Int } == [world.administrations["DNUM"]], "the directorate, not its ministry")
        #expect(roots.first?["acronym"] as? String == "DNUM")
        #expect(try world.send("GET", "/v1/me/mission-administrations", as: "talent").status == 403)
        #expect(try world.send("GET", "/v1/me/mission-administrations", as: nil).status == 401)
    }

    @Test func draftedRejectedEditedPublishedFoundAndClosed() throws {
        let world = try World()
        let created = try world.send(
            "POST", "/v1/missions", as: "owner", headers: ["Idempotency-Key": "create-1"],
            json: Self.missionJSON())
        #expect(created.status == 201)
        #expect(created.headers["etag"] == "\"1\"")
        let id = try #require(Self.object(created)["id"] as? Int)
        #expect(created.headers["location"] == "/v1/missions/\(id)")
        #expect(Self.object(created)["state"] as? String == "draft")
        let replayed = try world.send(
            "POST", "/v1/missions", as: "owner", headers: ["Idempotency-Key": "create-1"],
            json: Self.missionJSON())
        #expect(replayed.status == 201 && replayed.headers["location"] == created.headers["location"])
        #expect(replayed.body == created.body)
        #expect(
            try world.send(
                "POST", "/v1/missions", as: "owner", headers: ["Idempotency-Key": "create-1"],
                json: Self.missionJSON(title: "Autre")
            ).status == 409)
        #expect(try world.snapshot() == "1 1 1 1\n", "one mission, created once")

        let path = "/v1/missions/\(id)"
        #expect(try world.send("GET", path, as: "talent").status == 404, "a draft does not exist for talents")
        #expect(Self.ids(try world.send("GET", "/v1/missions", as: "talent")) == [])
        #expect(try world.send("POST", path + "/submit", as: "owner").status == 428)
        #expect(try world.send("POST", path + "/submit", as: "owner", ifMatch: "\"7\"").status == 412)
        #expect(try world.send("POST", path + "/submit", as: "talent", ifMatch: "\"1\"").status == 404)
        let submitted = try world.send("POST", path + "/submit", as: "owner", ifMatch: "\"1\"")
        #expect(submitted.status == 200 && submitted.headers["etag"] == "\"2\"")
        #expect(Self.ids(try world.send("GET", "/v1/missions?state=submitted", as: "operator")) == [id])
        #expect(try world.send("POST", path + "/publish", as: "owner", ifMatch: "\"2\"").status == 403)

        let rejected = try world.send(
            "POST", path + "/reject", as: "operator", ifMatch: "\"2\"",
            json: #"{"reason": "Préciser le livrable attendu."}"#)
        #expect(rejected.status == 200 && Self.object(rejected)["state"] as? String == "draft")
        #expect(Self.object(rejected)["rejectionReason"] as? String == "Préciser le livrable attendu.")
        let edited = try world.send(
            "PUT", path, as: "owner", ifMatch: "\"3\"",
            json: Self.missionJSON(title: "Sécurité de l'API des rendez-vous (v2)"))
        #expect(edited.status == 200 && edited.headers["etag"] == "\"4\"")
        #expect(try world.send("PUT", path, as: "owner", ifMatch: "\"3\"", json: Self.missionJSON()).status == 412)
        #expect(try world.send("POST", path + "/submit", as: "owner", ifMatch: "\"4\"").status == 200)
        let published = try world.send("POST", path + "/publish", as: "operator", ifMatch: "\"5\"")
        #expect(published.status == 200 && Self.object(published)["state"] as? String == "published")
        #expect(try world.send("POST", path + "/publish", as: "operator", ifMatch: "\"6\"").status == 409)

        let read = try world.send("GET", path, as: "talent")
        #expect(read.status == 200 && read.headers["etag"] == "\"6\"")
        #expect(Self.object(read)["rejectionReason"] == nil, "moderation notes are not for talents")
        let ministry = try #require(world.administrations["MININT"])
        for query in [
            "q=securite", "q=SECU", "q=rendez%20vous", "nature=security-hardening&departement=69&remote=true",
            "skill=sec-audit&family=security&effortMin=35&effortMax=35", "ministry=\(ministry)&crisis=false",
            "sort=deadline&limit=1"
        ] {
            #expect(Self.ids(try world.send("GET", "/v1/missions?" + query, as: "talent")) == [id], "\(query)")
        }
        for query in ["q=armees", "nature=advice", "departement=75", "effortMin=36", "crisis=true", "remote=false"] {
            #expect(Self.ids(try world.send("GET", "/v1/missions?" + query, as: "talent")) == [], "\(query)")
        }
        #expect(
            try world.send(
                "POST", path + "/close", as: "talent", ifMatch: "\"6\"",
                json: #"{"reason": "filled"}"#
            ).status == 403)
        let closed = try world.send(
            "POST", path + "/close", as: "owner", ifMatch: "\"6\"",
            json: #"{"reason": "filled"}"#)
        #expect(closed.status == 200 && Self.object(closed)["state"] as? String == "closed-filled")
        #expect(try world.send("GET", path, as: "talent").status == 404, "closed missions leave the talents' view")

        let actions = try Subprocess.sqlite3(
            world.database, "SELECT group_concat(action, ' ') FROM audit_events WHERE subject_type = 'mission'")
        #expect(
            actions.output == "mission.created mission.submitted mission.rejected mission.edited mission.submitted "
                + "mission.published mission.closed-as-filled\n")
    }

    /// Query parameters, identifiers and states (the content of bodies is the battery's, in
    /// ``MissionBadInputTests``).
    @Test func badInputGetsItsDocumentedErrorAndChangesNothing() throws {
        let world = try World()
        let created = try world.send("POST", "/v1/missions", as: "owner", json: Self.missionJSON())
        let path = try "/v1/missions/\(#require(Self.object(created)["id"] as? Int))"
        let before = try world.snapshot()
        #expect(before == "1 1 1 1\n")

        #expect(
            try world.send(
                "POST", path + "/reject", as: "operator", ifMatch: "\"1\"",
                json: #"{"reason": "x"}"#
            ).status == 409, "a draft cannot be rejected")
        #expect(try world.send("POST", "/v1/missions/abc/submit", as: "owner", ifMatch: "\"1\"").status == 404)

        let queries: [(String, Int, String?)] = [
            ("nature=gardening", 422, "nature"), ("limit=0", 422, "limit"), ("limit=abc", 422, "limit"),
            ("colour=blue", 422, "colour"), ("cursor=abc", 422, "cursor"), ("state=closed", 422, "state"),
            ("sort=title", 422, "sort"), ("startsAfter=2026-13-01", 422, "startsAfter"),
            ("q=" + Self.encoded("'; DROP TABLE missions; --"), 200, nil),
            ("q=" + Self.encoded("<script>alert(1)</script>"), 200, nil),
            ("q=" + Self.encoded("\" OR 1=1 NEAR(*"), 200, nil)
        ]
        for (query, status, field) in queries {
            let response = try world.send("GET", "/v1/missions?" + query, as: "owner")
            #expect(response.status == status, "\(query)")
            #expect(Self.field(response) == field, "\(query)")
        }
        #expect(try world.send("GET", "/v1/missions", as: nil).status == 401)
        #expect(try world.send("GET", "/v1/missions?state=draft", as: "talent").status == 403)
        #expect(try world.snapshot() == before, "nothing written")

        // Injection strings in a title are text: stored and returned as sent, the schema intact.
        let script = "<script>alert('x')</script> Robert'); DROP TABLE missions;--"
        let stored = try world.send("POST", "/v1/missions", as: "owner", json: Self.missionJSON(title: script))
        #expect(stored.status == 201)
        let id = try #require(Self.object(stored)["id"] as? Int)
        #expect(Self.object(try world.send("GET", "/v1/missions/\(id)", as: "owner"))["title"] as? String == script)
        #expect(Self.ids(try world.send("GET", "/v1/missions?q=drop%20table&mine=true", as: "owner")) == [id])
        #expect(try world.snapshot() == "2 2 2 1,1\n")
    }
}
