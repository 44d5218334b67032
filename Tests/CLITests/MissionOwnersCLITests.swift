import Foundation
import Testing

@testable import AppTestSupport

/// `talents-admin missions transfer|co-owners add|remove` (issue 22) on the real binaries, through
/// the same use case as the web and the API.
@Suite struct MissionOwnersCLITests {
    @Test(arguments: [["missions", "transfer"], ["missions", "co-owners"], ["missions", "co-owners", "add"]])
    func theCommandsHaveHelp(_ command: [String]) throws {
        let result = try Subprocess.run("talents-admin", command + ["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: talents-admin"))
    }

    @Test func aMissionGetsACoOwnerThenIsTransferredToThem() throws {
        let world = try ApplicationWorld(talents: 1)
        defer { world.close() }
        let id = String(try world.publishedMission())
        let owner = try world.sql("SELECT owner_id FROM missions")
        let colleague = try world.sql("SELECT id FROM users WHERE email = 'talent1@numerique.gouv.fr'")
        _ = try world.admin(
            "administrations", "add", "--name", "Ministère voisin", "--acronym", "MINVOISIN", "--level", "ministry")
        _ = try world.admin(
            "users", "add", "--name", "Voisin", "--email", "voisin@numerique.gouv.fr", "--role", "line-manager",
            "--administration", "MINVOISIN")

        let added = try world.admin("missions", "co-owners", "add", id, "talent1@numerique.gouv.fr")
        #expect(added.contains("co-owners \(colleague)"))
        #expect(try world.sql("SELECT user_id FROM mission_co_owners WHERE mission_id = \(id)") == colleague)
        let again = try world.run(["missions", "co-owners", "add", id, "talent1@numerique.gouv.fr"])
        #expect(again.status == 1 && again.errorOutput.contains("already owns or co-owns"))
        // Someone of another ministry: refused, nothing written.
        let outsider = try world.run(["missions", "transfer", id, "voisin@numerique.gouv.fr"])
        #expect(outsider.status == 1 && outsider.errorOutput.contains("belongs to no administration"))
        #expect(try world.sql("SELECT owner_id FROM missions") == owner)

        let moved = try world.admin("missions", "transfer", id, "talent1@numerique.gouv.fr", "--json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(moved.utf8)) as? [String: Any])
        #expect(json["ownerID"] as? Int == Int(colleague) && (json["coOwnerIDs"] as? [Int]) == [])
        #expect(try world.sql("SELECT owner_id FROM missions") == colleague)
        #expect(try world.sql("SELECT count(*) FROM mission_co_owners") == "0")
        let removed = try world.run(["missions", "co-owners", "remove", id, "talent1@numerique.gouv.fr"])
        #expect(removed.status == 1 && removed.errorOutput.contains("is not a co-owner"))
        #expect(
            try world.sql(
                "SELECT group_concat(action || ':' || actor) FROM (SELECT action, actor FROM audit_events "
                    + "WHERE action IN ('mission.co-owner-added', 'mission.transferred') ORDER BY id)")
                == "mission.co-owner-added:cli,mission.transferred:cli")
        // Ids only in the audit details: no name, no address.
        #expect(
            try world.sql("SELECT count(*) FROM audit_events WHERE subject_type = 'mission' AND details LIKE '%@%'")
                == "0")
    }
}
