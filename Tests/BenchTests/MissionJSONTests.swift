import Foundation
import Testing

@testable import talents_bench

@Suite("Mission JSON")
struct MissionJSONTests {
    /// What the anchors' JSONEncoder writes for `value`: a one-element array, brackets removed.
    private func encoderString(_ value: String) throws -> String {
        let array = String(decoding: try JSONEncoder().encode([value]), as: UTF8.self)
        return String(array.dropFirst().dropLast())
    }

    private func rendered(_ value: String) -> String {
        var bytes: [UInt8] = []
        MissionJSON.appendString(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test(
        "strings are escaped byte for byte as JSONEncoder does",
        arguments: [
            "", "plain", #"quote " and backslash \"#, "a/b", "line\nfeed\rreturn\ttab",
            "\u{8}\u{C}", "nul \u{0} one \u{1} unit \u{1F} del \u{7F}", "é ü ß — 😀 \u{2028}",
            String(repeating: "Survey sector 42 of the outer belt/", count: 8)
        ])
    func escaping(value: String) throws {
        #expect(rendered(value) == (try encoderString(value)))
    }

    @Test("every control character has a valid escape that decodes back")
    func controlCharacters() throws {
        let value = String(decoding: (0..<0x20).map { UInt8($0) }, as: UTF8.self)
        let json = "[" + rendered(value) + "]"
        #expect(!json.utf8.contains { $0 < 0x20 })
        #expect(try JSONDecoder().decode([String].self, from: Data(json.utf8)) == [value])
    }

    @Test("a mission renders with the anchors' field names and values")
    func mission() throws {
        let mission = Mission(
            id: 42, title: "Mission \"42\"", description: "Survey\nsector", status: "planned",
            hours: -3, createdAt: "2025-01-01T00:42:00Z")
        let json = String(decoding: MissionJSON.render(mission), as: UTF8.self)
        #expect(
            json
                == #"{"id":42,"title":"Mission \"42\"","description":"Survey\nsector","status":"planned","hours":-3,"created_at":"2025-01-01T00:42:00Z"}"#
        )
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["title"] as? String == mission.title)
        #expect(object["hours"] as? Int == -3)
    }
}
