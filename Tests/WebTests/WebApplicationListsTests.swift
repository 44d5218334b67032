import Foundation
import Testing

@testable import AppTestSupport

/// The two lists of applications filter and page as the use cases do, on the demo data: the
/// owner's to answer (stage, late only) and the talent's own (state); an edited cursor gives the
/// first page rather than an error.
@Suite struct WebApplicationListsTests {
    /// The number of application cards or rows on `page`.
    private static func count(_ page: String) -> Int {
        page.components(separatedBy: "id=\"candidature-").count - 1
    }

    @Test func theOwnersAndTheTalentsListsFilter() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let owner = WebBrowser(fixture.server)
        try owner.signIn(fixture.member(.missionOwner).email, database: fixture.database)
        let mine =
            "FROM applications a JOIN missions m ON m.id = a.mission_id WHERE m.owner_id = \(fixture.member(.missionOwner).id)"
        let waiting = Int(
            try fixture.sql("SELECT count(*) \(mine) AND a.status IN ('submitted', 'interview-proposed')"))!
        let interviews = Int(try fixture.sql("SELECT count(*) \(mine) AND a.status = 'interview-proposed'"))!
        let late = Int(
            try fixture.sql(
                "SELECT count(*) \(mine) AND a.status = 'submitted' AND a.answered_at IS NULL AND a.due_at < CAST(strftime('%s', 'now') AS INTEGER) * 1000"
            ))!
        #expect(waiting > interviews && interviews > 0 && late > 0, "the demo owner has applications of each kind")
        #expect(Self.count(try owner.get("/espace-responsable/candidatures").text) == min(waiting, 20))
        #expect(
            Self.count(try owner.get("/espace-responsable/candidatures?etape=interview-proposed").text) == interviews)
        #expect(Self.count(try owner.get("/espace-responsable/candidatures?retard=oui").text) == late)
        let edited = try owner.get("/espace-responsable/candidatures?suite=pas-un-curseur")
        #expect(edited.status == 200 && Self.count(edited.text) == min(waiting, 20))

        let talent = WebBrowser(fixture.server)
        try talent.signIn(fixture.member(.talent).email, database: fixture.database)
        let own =
            "FROM applications a JOIN talents t ON t.id = a.talent_id WHERE t.user_id = \(fixture.member(.talent).id)"
        #expect(Self.count(try talent.get("/mes-candidatures").text) == Int(try fixture.sql("SELECT count(*) \(own)"))!)
        for status in ["submitted", "interview-proposed", "accepted", "declined", "withdrawn"] {
            let expected = Int(try fixture.sql("SELECT count(*) \(own) AND a.status = '\(status)'"))!
            let page = try talent.get("/mes-candidatures?etat=\(status)").text
            #expect(Self.count(page) == expected, "\(status)")
            #expect(expected > 0 || page.contains("Aucune candidature dans cet état."), "\(status)")
        }
        try WebAccessibility.expectNoViolations(["/mes-candidatures?etat=accepted"], browser: talent)
        try WebAccessibility.expectNoViolations(["/espace-responsable/candidatures?retard=oui"], browser: owner)
    }
}
