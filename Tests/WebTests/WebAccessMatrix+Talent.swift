import Foundation

@testable import AppTestSupport

extension WebAccessMatrix {
    /// The talent's and the line manager's pages of issue #18: saved searches, recommended
    /// missions, withdrawing an application, the agents a line manager signs for, interrupting
    /// an agreement.
    static let talentRows: [WebAccessRow] = [
        .get("/mes-recherches", allowed: [.talent]),
        .post("/mes-recherches", fields: [("nom", "Matrice"), ("q", "audit")], allowed: [.talent]),
        .post("/mes-recherches/{id}/supprimer", allowed: [.talent]) { fixture, _ in
            WebProbe(path: "/mes-recherches/\(try savedSearch(fixture))/supprimer", fields: [("confirmation", "oui")])
        },
        .get("/missions-pour-moi", allowed: [.talent]),
        .get("/agents-encadres", allowed: [.lineManager]),
        // The application exists for its mission's owner and the operator, who may not withdraw it;
        // for the others it does not exist (404).
        .row("POST", "/candidatures/{id}/retirer", expect: [303, nil, 403, 404, 404, 403]) { fixture, persona in
            WebProbe(
                path: "/candidatures/\(try application(fixture, persona))/retirer",
                fields: [("motif", "no-longer-available")])
        },
        .post("/conventions/{id}/interrompre", allowed: [.talent, .missionOwner, .lineManager, .operator]) {
            var probe = try agreement($0, $1, .signed, "/interrompre")
            probe.fields = [("motif-interruption", "Matrice")]
            return probe
        }
    ]

    /// A saved search of the talent persona.
    static func savedSearch(_ fixture: DemoFixture) throws -> String {
        try fixture.sql(
            """
            INSERT INTO saved_searches(user_id, name, parameters, created_at)
                VALUES (\(fixture.member(.talent).id), 'Matrice', '{"q":"audit"}', 0);
            SELECT last_insert_rowid();
            """)
    }
}
