@testable import AppTestSupport

extension WebAccessMatrix {
    /// The operator's and referents' pages (issue 18): accounts (the operator every one, a
    /// referent those within their administration's reach), administrations, corrective actions
    /// and the figures' download (the operator only).
    static let operatorRows: [WebAccessRow] = [
        .get("/utilisateurs", allowed: [.referent, .operator]),
        .get(
            "/utilisateurs", path: "/utilisateurs?texte=a&role=talent&etat=actifs&page=2",
            allowed: [.referent, .operator]),
        .get("/utilisateurs/{id}", allowed: [.referent, .operator]) { fixture, _ in
            WebProbe(path: "/utilisateurs/\(try UserRecords.withinReach(fixture, 0))")
        },
        .get("/utilisateurs/{id}", allowed: [.operator]) { fixture, _ in
            WebProbe(path: "/utilisateurs/\(try UserRecords.outsideReach(fixture))")
        },
        .post(
            "/utilisateurs",
            fields: [
                ("nom", "Matrice Web"), ("courriel", "matrice.web@finances.gouv.fr"), ("role-line-manager", "oui"),
                ("administration", "")
            ], allowed: [.referent, .operator]),
        .post("/utilisateurs/{id}/roles", allowed: [.referent, .operator]) { fixture, _ in
            WebProbe(
                path: "/utilisateurs/\(try UserRecords.withinReach(fixture, 0))/roles",
                fields: [("proposes", "mission-owner"), ("role-mission-owner", "oui")])
        },
        .post("/utilisateurs/{id}/desactiver", allowed: [.referent, .operator]) { fixture, _ in
            WebProbe(path: "/utilisateurs/\(try UserRecords.withinReach(fixture, 0))/desactiver")
        },
        .post("/utilisateurs/{id}/reactiver", allowed: [.referent, .operator]) { fixture, _ in
            WebProbe(path: "/utilisateurs/\(try UserRecords.withinReach(fixture, 0))/reactiver")
        },
        .get("/console/administrations", allowed: [.operator]),
        .get("/console/administrations/{id}", path: "/console/administrations/1", allowed: [.operator]),
        .post(
            "/console/administrations",
            fields: [
                ("nom", "Ministère de la matrice"), ("sigle", "MATWEB"), ("niveau", "ministry"),
                ("fonction-publique", "state"), ("parent", "")
            ],
            allowed: [.operator]),
        .post(
            "/console/administrations/{id}", path: "/console/administrations/1",
            fields: [
                ("nom", "Renommée"), ("sigle", "RENOM"), ("niveau", "ministry"), ("fonction-publique", "state"),
                ("parent", "")
            ],
            allowed: [.operator]),
        .get("/console/candidatures", allowed: [.operator]),
        .get("/console/candidatures/{id}", allowed: [.operator]) { fixture, _ in
            WebProbe(path: "/console/candidatures/\(try declinedApplication(fixture))")
        },
        .post("/console/candidatures/{id}/rouvrir", allowed: [.operator]) { fixture, _ in
            WebProbe(
                path: "/console/candidatures/\(try declinedApplication(fixture))/rouvrir", fields: [("motif", "Erreur")]
            )
        },
        .get("/console/diplomes", allowed: [.operator]),
        .get("/console/diplomes/{id}", allowed: [.operator]) { fixture, _ in
            WebProbe(path: "/console/diplomes/\(try RecognitionRecords.diploma(fixture))")
        },
        .post("/console/diplomes/{id}/revoquer", allowed: [.operator]) { fixture, _ in
            WebProbe(
                path: "/console/diplomes/\(try RecognitionRecords.diploma(fixture))/revoquer",
                fields: [("motif", "Erreur")])
        },
        .get("/console/chiffres.csv", path: "/console/chiffres.csv?du=01/01/2026&au=31/12/2026", allowed: [.operator])
    ]

    /// A declined application to a published mission (one the operator may reopen).
    static func declinedApplication(_ fixture: DemoFixture) throws -> String {
        try fixture.sql(
            """
            SELECT a.id FROM applications a JOIN missions m ON m.id = a.mission_id
            WHERE a.status = 'declined' AND m.state = 'published' ORDER BY a.id LIMIT 1
            """)
    }
}
