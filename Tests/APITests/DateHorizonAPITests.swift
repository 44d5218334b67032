import Foundation
import Testing

@testable import AppTestSupport

/// Dates more than five years ahead refused (issue 15) through the API and the owner's form.
@Suite struct DateHorizonAPITests {
    static let problems = "https://talents.numerique.gouv.fr/problems/"

    @Test func datesMoreThanFiveYearsAheadAreRefused() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        // A margin of two days either side of the server's "today + 5 years" (the world's clock is now).
        let fiveYears = calendar.date(byAdding: .year, value: 5, to: Date())!
        func day(_ offset: Int) -> String {
            formatter.string(from: fiveYears.addingTimeInterval(Double(offset) * 86_400))
        }
        func mission(end: Int) -> String {
            ApplicationWorld.mission(title: "Mission lointaine")
                .replacingOccurrences(
                    of: #""start":"[0-9-]+","end":"[0-9-]+""#,
                    with: #""start":"\#(day(end - 30))","end":"\#(day(end))""#,
                    options: .regularExpression
                )
                .replacingOccurrences(
                    of: #""applicationDeadline":"[0-9-]+""#, with: #""applicationDeadline":"\#(day(end - 60))""#,
                    options: .regularExpression)
        }
        let beyond = try world.send("POST", "/v1/missions", as: "owner", json: mission(end: 2))
        #expect(beyond.status == 422, "\(beyond.text)")
        let problem = try #require(beyond.json as? [String: Any])
        #expect(problem["type"] as? String == Self.problems + "date-beyond-horizon")
        #expect((problem["errors"] as? [[String: Any]])?.first?["field"] as? String == "window.end")
        #expect(try world.sql("SELECT count(*) FROM missions") == "0")
        let within = try world.send("POST", "/v1/missions", as: "owner", json: mission(end: -2))
        #expect(within.status == 201, "\(within.text)")

        let edition = """
            {"name":"Vis mon job lointain","eventDay":"\(day(2))","registrationOpens":"\(day(-60))","registrationCloses":"\(day(-30))"}
            """
        let far = try world.send("POST", "/v1/vmj/editions", as: "operator", json: edition)
        #expect(far.status == 422, "\(far.text)")
        #expect((far.json as? [String: Any])?["type"] as? String == Self.problems + "date-beyond-horizon")
        #expect(((far.json as? [String: Any])?["errors"] as? [[String: Any]])?.first?["field"] as? String == "eventDay")
        let near = try world.send(
            "POST", "/v1/vmj/editions", as: "operator",
            json: edition.replacingOccurrences(of: day(2), with: day(-2)))
        #expect(near.status == 201, "\(near.text)")

        // A talent's availability: through the API (field named) and nothing changed.
        let talent = try world.sql("SELECT id FROM talents")
        let current = try world.send("GET", "/v1/talents/\(talent)", as: "talent1")
        let available = { (until: String) in
            current.text.replacingOccurrences(
                of: #""availability":{"hoursPerMonth":8}"#,
                with: #""availability":{"hoursPerMonth":8,"until":"\#(until)"}"#)
        }
        let tooLate = try world.send(
            "PUT", "/v1/talents/\(talent)", as: "talent1", ifMatch: current.headers["etag"],
            json: available(day(2)))
        #expect(
            tooLate.status == 422 && tooLate.text.contains("date-beyond-horizon")
                && tooLate.text.contains("availability.until"), "\(tooLate.text)")
        #expect(try world.sql("SELECT available_until IS NULL FROM talents") == "1")
        #expect(
            try world.send(
                "PUT", "/v1/talents/\(talent)", as: "talent1", ifMatch: current.headers["etag"],
                json: available(day(-2))
            ).status == 200)

        // The owner's form: the message on the end field, in French.
        let browser = WebBrowser(world.server)
        try browser.signIn("owner@numerique.gouv.fr", database: world.database)
        let path = "/espace-responsable/missions/nouvelle"
        try browser.get(path)
        var fields = MissionFormInput.fields(title: "Mission lointaine")
        MissionFormInput.set(&fields, "debut", day(-28))
        MissionFormInput.set(&fields, "fin", day(2))
        let refused = try browser.post(path, fields)
        #expect(refused.status == 422)
        #expect(refused.text.contains("id=\"fin-erreur\"") && refused.text.contains("au plus 5 ans après aujourd"))
        #expect(try world.sql("SELECT count(*) FROM missions") == "1")
    }
}
