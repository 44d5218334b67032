import Foundation

@testable import AppTestSupport

extension WebAccessMatrix {
    /// Issue #22: "Contactez-nous" (open to everybody), the operator's messages, a question about a
    /// published mission (any signed-in person), the owner's questions and answers, one's questions.
    static let questionRows: [WebAccessRow] = [
        .get("/contact", allowed: .everyone),
        .post("/contact", allowed: .everyone),
        .get("/console/messages", allowed: [.operator]),
        .post("/console/messages/{id}/traite", allowed: [.operator]) { fixture, _ in
            WebProbe(path: "/console/messages/\(try contactMessage(fixture))/traite")
        },
        .post("/console/messages/{id}/rouvrir", allowed: [.operator]) { fixture, _ in
            WebProbe(path: "/console/messages/\(try contactMessage(fixture))/rouvrir")
        },
        .post("/missions/{id}/question", allowed: .signedIn) { fixture, _ in
            WebProbe(path: "/missions/\(try publishedMission(fixture))/question", fields: [("question", "Matrice ?")])
        },
        .get("/espace-responsable/questions", allowed: [.missionOwner, .operator]),
        .post("/questions/{id}/repondre", allowed: [.missionOwner, .operator]) { fixture, _ in
            let id = try question(fixture)
            return WebProbe(path: "/questions/\(id)/repondre", fields: [("reponse-\(id)", "Matrice.")])
        },
        .get("/mes-questions", allowed: .signedIn)
    ]

    /// A message to the programme team, waiting.
    static func contactMessage(_ fixture: DemoFixture) throws -> String {
        try fixture.sql(
            """
            INSERT INTO contact_messages(name, email, subject, body, client_hash, received_at)
                VALUES ('Matrice', 'matrice@example.gouv.fr', 'autre', 'Matrice', 'x', 0);
            SELECT last_insert_rowid();
            """)
    }

    /// An unanswered question of the talent persona about a published mission of the owner persona.
    static func question(_ fixture: DemoFixture) throws -> String {
        let mission = try ownPublishedMission(fixture)
        return try fixture.sql(
            """
            INSERT INTO mission_questions(mission_id, asker_id, body, asker_shares_email, asked_at)
                VALUES (\(mission), \(fixture.member(.talent).id), 'Matrice ?', 0, 0);
            SELECT last_insert_rowid();
            """)
    }
}
