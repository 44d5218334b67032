import Foundation

@testable import AppTestSupport

extension WebAccessMatrix {
    /// Issue 22: the door "Proposer une mission" (sign-in for the anonymous visitor, the form for
    /// whoever may propose, the reason for any other agent); proposing for an administration that
    /// has not confirmed the agent is refused; the owners of a mission are changed by a referent of
    /// its administration (or above) and the operator only — its owner itself may not.
    static let proposalRows: [WebAccessRow] =
        [
            .get("/proposer-une-mission", allowed: [.talent, .missionOwner, .lineManager, .referent, .operator]),
            .row("GET", "/missions/{id}/responsables", expect: [303, 403, 403, 403, 200, 200]) { fixture, _ in
                WebProbe(path: "/missions/\(try referentsPublishedMission(fixture))/responsables")
            }
        ]
        + ["transferer", "ajouter", "retirer"].map { action in
            .post("/missions/{id}/responsables/\(action)", allowed: [.referent, .operator]) { fixture, _ in
                let id = try referentsPublishedMission(fixture)
                let revision = try fixture.sql("SELECT revision FROM missions WHERE id = \(id)")
                let field = action == "ajouter" ? "co-responsable" : "utilisateur"
                return WebProbe(
                    path: "/missions/\(id)/responsables/\(action)",
                    fields: [(field, "\(fixture.member(.talent).id)"), ("revision", revision), ("confirmation", "oui")])
            }
        }

    /// A ministry none of the personas belongs to (added once).
    static func foreignMinistry(_ fixture: DemoFixture) throws -> String {
        let found = try fixture.sql("SELECT id FROM administrations WHERE acronym = 'MATRICE'")
        if !found.isEmpty { return found }
        _ = try fixture.sql(
            "INSERT INTO administrations(id, name, acronym, level, public_service, parent_id, created_at) "
                + "VALUES ((SELECT max(id) + 1 FROM administrations), 'Ministère de la matrice', 'MATRICE', "
                + "'ministry', 'state', NULL, 0)")
        return try fixture.sql("SELECT id FROM administrations WHERE acronym = 'MATRICE'")
    }

    /// A published mission of the owner persona, whose administration is the referent persona's.
    static func referentsPublishedMission(_ fixture: DemoFixture) throws -> String {
        let id = try ownPublishedMission(fixture)
        let administration = try fixture.sql(
            "SELECT administration_id FROM users WHERE id = \(fixture.member(.referent).id)")
        _ = try fixture.sql("UPDATE missions SET administration_id = \(administration) WHERE id = \(id)")
        return id
    }
}
