import Foundation

@testable import AppTestSupport

extension WebAccessMatrix {
    /// The referent's pages (issue 18): the register of mission orders and its download, the
    /// cancellation of an order, the credit account and its statement, the agents to confirm.
    static let referentRows: [WebAccessRow] = [
        .get("/referent/ordres-de-mission", allowed: [.referent, .operator]),
        .get("/referent/ordres-de-mission.csv", allowed: [.referent, .operator]),
        .post(
            "/ordres-de-mission/{id}/annuler", fields: [("motif-annulation", "Matrice")],
            allowed: [.referent, .operator]
        ) { fixture, persona in
            let probe = try agreement(fixture, persona, .ordered)
            let id = probe.path.split(separator: "/").last.map(String.init) ?? "1"
            let order =
                persona == .anonymous
                ? "1" : try fixture.sql("SELECT id FROM mission_orders WHERE agreement_id = \(id)")
            return WebProbe(path: "/ordres-de-mission/\(order)/annuler", fields: [("motif-annulation", "Matrice")])
        },
        .get("/referent/credits", allowed: [.referent, .operator]),
        .get("/referent/credits/releve.csv", allowed: [.referent, .operator]),
        .get("/referent/agents-a-confirmer", allowed: [.referent, .operator]),
        .post("/referent/agents-a-confirmer/{id}/confirmer", allowed: [.referent, .operator]) { fixture, _ in
            let talent = try fixture.sql("SELECT id FROM talents WHERE user_id = \(fixture.member(.talent).id)")
            return WebProbe(path: "/referent/agents-a-confirmer/\(talent)/confirmer")
        }
    ]
}
