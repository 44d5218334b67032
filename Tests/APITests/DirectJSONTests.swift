import Domain
import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// Missions are written straight into bytes (issue 21): the same bytes as the encoder wrote
/// before, over every mission of the demo data, over text with French letters, quotes,
/// backslashes, slashes and control characters, and as the real server sends them.
@Suite struct DirectJSONTests {
    @Test func everyDemoMissionAndPageIsWrittenAsTheEncoderWritesIt() throws {
        let fixture = try DemoFixture()
        defer { fixture.close() }
        let missions = try DirectJSONProbe.missions(databasePath: fixture.database)
        #expect(missions.count >= 10)
        for mission in missions {
            let writings = try DirectJSONProbe.mission(mission)
            #expect(
                writings.direct == writings.encoder,
                "mission \(mission.id): \(String(decoding: writings.direct, as: UTF8.self))")
        }
        for cursor in [nil, "eyJpZCI6NDJ9"] {
            for count in [0, 1, 3, missions.count] {
                let writings = try DirectJSONProbe.page(Array(missions.prefix(count)), nextCursor: cursor)
                #expect(writings.direct == writings.encoder, "page of \(count), cursor \(cursor ?? "none")")
            }
        }
        // What the server sends is the encoder's writing, for a mission and for a list.
        let token = try #require(fixture.token(.operator))
        for mission in missions.prefix(8) {
            let response = try fixture.server.send("GET", "/v1/missions/\(mission.id.rawValue)", token: token)
            #expect(response.status == 200)
            #expect(Array(response.body) == (try DirectJSONProbe.mission(mission)).encoder, "mission \(mission.id)")
        }
        let list = try fixture.server.send("GET", "/v1/missions?limit=5", token: token)
        #expect(list.status == 200, "\(list.text)")
        let object = try #require(list.json as? [String: Any])
        let ids = try #require((object["items"] as? [[String: Any]])?.compactMap { $0["id"] as? Int })
        #expect(ids.count == 5)
        let listed = ids.compactMap { id in missions.first { $0.id.rawValue == Int64(id) } }
        let page = try DirectJSONProbe.page(listed, nextCursor: object["nextCursor"] as? String)
        #expect(Array(list.body) == page.encoder)
    }

    @Test(
        arguments: [
            "Sécurité des systèmes d’information — « audit » à Saint-Étienne",
            "quote \" backslash \\ slash / and </script>",
            "controls \u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1B}\u{1F} del \u{7F}",
            "emoji 🇫🇷 and separators \u{2028}\u{2029} and nbsp\u{A0}end",
            ""
        ])
    func textIsEscapedAsTheEncoderEscapesIt(text: String) throws {
        let mission = try DirectJSONProbe.sample()
        for filled in [false, true] {
            let changed = DirectJSONProbe.mission(mission, text: text, filled: filled)
            let writings = try DirectJSONProbe.mission(changed)
            #expect(
                writings.direct == writings.encoder,
                "\(String(decoding: writings.direct, as: UTF8.self)) vs \(String(decoding: writings.encoder, as: UTF8.self))"
            )
            let page = try DirectJSONProbe.page([changed, mission], nextCursor: text)
            #expect(page.direct == page.encoder)
        }
    }
}
