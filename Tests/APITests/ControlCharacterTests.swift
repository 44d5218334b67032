import Foundation
import Testing

@testable import AppTestSupport

/// Control characters refused at every way in (issue 15) — JSON bodies, web forms, the command
/// line — on the real binaries, the database checked with sqlite3.
@Suite struct ControlCharacterTests {
    static let problems = "https://talents.numerique.gouv.fr/problems/"

    @Test func controlCharactersInAJSONBodyAre422NamingTheFieldAndNothingIsWritten() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let mission = ApplicationWorld.mission(title: "Audit RGAA")
        func refused(_ json: String, field: String) throws {
            let answer = try world.send("POST", "/v1/missions", as: "owner", json: json)
            #expect(answer.status == 422, "\(field): \(answer.text)")
            #expect(answer.headers["content-type"] == "application/problem+json")
            let problem = try #require(answer.json as? [String: Any])
            #expect(problem["type"] as? String == Self.problems + "text-control-character", "\(field)")
            let errors = try #require(problem["errors"] as? [[String: Any]])
            #expect(errors.first?["field"] as? String == field)
            #expect(errors.first?["code"] as? String == "text-control-character")
        }
        try refused(ApplicationWorld.mission(title: #"Audit\u0000RGAA"#), field: "title")
        try refused(
            mission.replacingOccurrences(of: "Audit RGAA et plan", with: #"Audit \u001b[2J et plan"#),
            field: "description")
        try refused(
            mission.replacingOccurrences(of: "Audit RGAA et plan", with: #"Audit\r\nRGAA et plan"#),
            field: "description")
        try refused(ApplicationWorld.mission(title: "Audit\u{7F}RGAA"), field: "title")
        // Every string of the body, at any depth, named by its path.
        try refused(String(mission.dropLast()) + #","notes":{"lines":["ok","\u0007"]}}"#, field: "notes.lines[1]")
        #expect(try world.sql("SELECT count(*) FROM missions") == "0")

        // Tab and line feed are text.
        let accepted = try world.send(
            "POST", "/v1/missions", as: "owner",
            json: ApplicationWorld.mission(title: #"Audit\tRGAA\nsuite"#))
        #expect(accepted.status == 201, "\(accepted.text)")
        #expect(
            try world.sql(
                "SELECT count(*) FROM missions WHERE title = 'Audit' || char(9) || 'RGAA' || char(10) || 'suite'")
                == "1")
    }

    @Test func controlCharactersInAWebFormAreRefusedButATextareasLineBreaksAreKept() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let browser = WebBrowser(world.server)
        try browser.signIn("owner@numerique.gouv.fr", database: world.database)
        let path = "/espace-responsable/missions/nouvelle"
        for (field, value) in [
            ("titre", "Audit\u{0}RGAA"), ("description", "Audit \u{1B}[2J"), ("titre", "Audit\u{7F}")
        ] {
            try browser.get(path)
            var fields = MissionFormInput.fields(title: "Audit RGAA")
            MissionFormInput.set(&fields, field, value)
            let refused = try browser.post(path, fields)
            #expect(refused.status == 422, "\(field)")
            #expect(
                refused.text.contains("Caractère non autorisé") && refused.text.contains("« \(field) »"), "\(field)")
        }
        #expect(try world.sql("SELECT count(*) FROM missions") == "0")

        // A browser sends a textarea's line breaks as CRLF: stored as line feeds, not refused.
        try browser.get(path)
        let created = try browser.post(
            path, MissionFormInput.fields(title: "Audit RGAA", description: "Ligne 1\r\nLigne 2\rLigne 3"))
        #expect(created.status == 303)
        #expect(
            try world.sql(
                "SELECT description = 'Ligne 1' || char(10) || 'Ligne 2' || char(10) || 'Ligne 3' FROM missions") == "1"
        )
    }

    @Test func theCommandLineRefusesControlCharactersBeforeAnyCommandRuns() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let before = try world.sql("SELECT count(*) FROM administrations")
        for arguments in [
            ["administrations", "add", "--name", "Ministère \u{1B}[2J", "--acronym", "MINCTRL", "--level", "ministry"],
            ["administrations", "add", "--name=Ministère\u{7}", "--acronym", "MINCTRL", "--level", "ministry"]
        ] {
            let result = try world.run(arguments)
            #expect(result.status == 64)
            #expect(result.errorOutput.contains("--name") && result.errorOutput.contains("control character"))
            #expect(!result.errorOutput.contains("Ministère"), "the text is not repeated")
        }
        #expect(try world.sql("SELECT count(*) FROM administrations") == before)
        // The same command with a clean name works.
        try world.admin(
            "administrations", "add", "--name", "Ministère du contrôle", "--acronym", "MINCTRL", "--level", "ministry")
    }
}
