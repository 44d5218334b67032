import Domain
import Foundation
import Testing

@Suite("Identifiers")
struct IDTests {
    @Test("encode as plain numbers")
    func codable() throws {
        let ids: [MissionID] = [1, 42, 9_007_199_254_740_993]
        let data = try JSONEncoder().encode(ids)
        #expect(String(decoding: data, as: UTF8.self) == "[1,42,9007199254740993]")
        #expect(try JSONDecoder().decode([MissionID].self, from: data) == ids)
    }

    @Test(
        "parse from URL path segments",
        arguments: [("42", Int64?(42)), ("-3", -3), ("", nil), ("4x", nil), ("1.0", nil)])
    func parsing(text: String, expected: Int64?) {
        #expect(TalentID(text)?.rawValue == expected)
    }

    @Test("print, hash and order by their number")
    func describeAndOrder() {
        let id = ApplicationID(7)
        #expect(id.description == "7")
        #expect(ApplicationID(3) < id)
        #expect(Set([id, ApplicationID(7), ApplicationID(8)]).count == 2)
    }
}
