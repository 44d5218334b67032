import Domain
import Foundation
import Testing

@Suite("User")
struct UserTests {
    let new = NewUser(
        displayName: " Camille Martin ", email: email("Camille.Martin@Numerique.Gouv.fr"),
        roles: [.talent, .missionOwner])

    @Test("create trims the name and keeps roles")
    func create() throws {
        let user = try User.create(id: 7, new)
        #expect(user.displayName == "Camille Martin")
        #expect(user.email.value == "camille.martin@numerique.gouv.fr")
        #expect(user.has(.talent) && user.has(.missionOwner) && !user.has(.operator))
    }

    @Test("display name length 1…120", arguments: [(0, false), (1, true), (120, true), (121, false)])
    func displayNameLength(count: Int, valid: Bool) {
        var new = new
        new.displayName = text(count)
        if valid {
            #expect(throws: Never.self) { try new.validated() }
        } else {
            #expect(throws: UserError.displayNameLength(count: count)) { try new.validated() }
        }
    }

    @Test("a user holds at least one role")
    func roles() {
        var new = new
        new.roles = []
        #expect(throws: UserError.noRole) { try new.validated() }
    }

    @Test("a referent belongs to an administration")
    func referentNeedsAdministration() throws {
        var new = new
        new.roles = [.referent, .talent]
        #expect(throws: UserError.administrationRequired(.referent)) { try new.validated() }
        new.administrationID = 3
        _ = try new.validated()
    }

    @Test("encodes roles in a stable order with kebab-case values")
    func encoding() throws {
        let user = User(
            id: 1, displayName: "Camille", email: email("c@gouv.fr"),
            roles: [.operator, .lineManager, .talent, .missionOwner, .referent], administrationID: nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(
            String(decoding: try encoder.encode(user), as: UTF8.self)
                == #"{"displayName":"Camille","email":"c@gouv.fr","id":1,"roles":["talent","mission-owner","line-manager","referent","operator"]}"#
        )
        #expect(try JSONDecoder().decode(User.self, from: encoder.encode(user)) == user)
    }

    @Test("roles have French labels")
    func labels() {
        #expect(Role.allCases.allSatisfy { !$0.label.isEmpty })
        #expect(Role.lineManager.label == "Responsable hiérarchique")
    }
}
