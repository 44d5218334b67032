import Domain
import Foundation
import Testing

@Suite("EmailAddress")
struct EmailAddressTests {
    @Test(
        "accepts and normalises addresses",
        arguments: [
            ("camille.martin@numerique.gouv.fr", "camille.martin@numerique.gouv.fr"),
            ("  Camille.Martin@Numerique.Gouv.FR ", "camille.martin@numerique.gouv.fr"),
            ("j.o'neil+talents@sub-domain.example.org", "j.o'neil+talents@sub-domain.example.org"),
            ("a@b.fr", "a@b.fr"),
            ("!#$%&'*+/=?^_`{|}~-.x@a-b.c0.fr", "!#$%&'*+/=?^_`{|}~-.x@a-b.c0.fr")
        ])
    func accepts(text: String, normalised: String) throws {
        #expect(try EmailAddress(text).value == normalised)
    }

    @Test(
        "refuses unusable addresses",
        arguments: [
            "", "camille", "@numerique.gouv.fr", "camille@", "camille@localhost", "camille@@gouv.fr",
            "cam ille@gouv.fr", ".camille@gouv.fr", "camille.@gouv.fr", "cam..ille@gouv.fr", "camille@-gouv.fr",
            "camille@gouv-.fr", "camille@gouv..fr", "camille@gouv.fr.", "camille@gouv_fr.fr", "é@gouv.fr",
            String(repeating: "a", count: 65) + "@gouv.fr",
            "a@" + String(repeating: "b", count: 64) + ".fr",
            "a@b@gouv.fr", "camille\u{301}@gouv.fr", "camille@gouv.f\u{301}r", "cam(ille)@gouv.fr",
            "camille@gouv.fr\u{0}",
            "camille@.gouv.fr", "camille@gouv.-fr", "a\"b@gouv.fr", "camille@gou v.fr",
            String(repeating: "a", count: 64) + "@" + String(repeating: "b.", count: 95) + "fr"
        ])
    func refuses(text: String) {
        #expect(throws: ValueError.invalidEmail(field: "email", text: text)) { try EmailAddress(text) }
    }

    @Test("accepts the longest local part and label")
    func longestParts() throws {
        _ = try EmailAddress(String(repeating: "a", count: 64) + "@" + String(repeating: "b", count: 63) + ".fr")
    }

    @Test("decodes with the field path in errors")
    func codable() throws {
        let manager = LineManager(name: "Claire Dubois", email: email("claire@gouv.fr"))
        #expect(try JSONDecoder().decode(LineManager.self, from: JSONEncoder().encode(manager)) == manager)
        let bad = Data(#"{"lineManager": {"name": "Claire", "email": "claire"}}"#.utf8)
        struct Holder: Decodable { var lineManager: LineManager }
        #expect(throws: ValueError.invalidEmail(field: "lineManager.email", text: "claire")) {
            try JSONDecoder().decode(Holder.self, from: bad)
        }
    }
}
