import Foundation

@testable import AppTestSupport

extension WebAccessMatrix {
    /// The public pages and forms: open to everyone, signed in or not.
    static let publicRows: [WebAccessRow] =
        [
            .get("/mentions-legales", allowed: .everyone),
            .get("/donnees-personnelles", allowed: .everyone),
            .get("/accessibilite", allowed: .everyone),
            .get("/plan-du-site", allowed: .everyone),
            .get("/", allowed: .everyone),
            .get("/missions", allowed: .everyone),
            .get("/missions/{id}", allowed: .everyone) { fixture, _ in
                WebProbe(path: "/missions/\(try publishedMission(fixture))")
            },
            .get("/connexion", allowed: .everyone),
            .post("/connexion", allowed: .everyone),
            .get("/connexion/lien", path: "/connexion/lien?jeton=inconnu", allowed: .everyone),
            .post("/connexion/lien", allowed: .everyone),
            .post("/deconnexion", allowed: .everyone),
            .get("/inscription", allowed: .everyone),
            .post("/inscription", allowed: .everyone),
            .get("/a-l-honneur", allowed: .everyone),
            .get("/vis-mon-job", allowed: .everyone),
            .post("/vis-mon-job", allowed: .everyone),
            .get("/vis-mon-job/inscription-retiree", allowed: .everyone),
            // A student's pages open with their private link, whoever holds it: an unknown one is a 404.
            .row("GET", "/vis-mon-job/inscription-confirmee", expect: [404, 404, 404, 404, 404, 404]) { _, _ in
                WebProbe(path: "/vis-mon-job/inscription-confirmee?jeton=\(unknownStudentToken)")
            },
            .row("GET", "/vis-mon-job/binome", expect: [404, 404, 404, 404, 404, 404]) { _, _ in
                WebProbe(path: "/vis-mon-job/binome?jeton=\(unknownStudentToken)")
            }
        ] + studentRows

    /// The forms of a student's private page, with an unknown link.
    private static let studentRows: [WebAccessRow] = [
        "/vis-mon-job/binome/retrait", "/vis-mon-job/binome/date", "/vis-mon-job/binome/date/accepter",
        "/vis-mon-job/binome/avis"
    ].map { path in
        .row("POST", path, expect: [404, 404, 404, 404, 404, 404]) { _, _ in
            WebProbe(path: path, fields: [("jeton", unknownStudentToken)])
        }
    }

    /// Each signed-in person's own pages, and the talent's.
    static let spaceRows: [WebAccessRow] = [
        .get("/mon-espace", allowed: .signedIn),
        .get("/mes-preferences", allowed: .signedIn),
        .get("/mes-donnees", allowed: .signedIn),
        .get("/mes-donnees.json", allowed: .signedIn),
        .post("/mes-preferences", allowed: .signedIn),
        .get("/mes-candidatures", allowed: [.talent]),
        .post("/missions/{id}/candidature", fields: [("motivation", "Matrice")], allowed: [.talent]) { fixture, _ in
            WebProbe(
                path: "/missions/\(try publishedMission(fixture))/candidature", fields: [("motivation", "Matrice")])
        },
        .get("/mon-profil", allowed: [.talent]),
        .post("/mon-profil", allowed: [.talent]),
        .post("/mon-profil/vivier", allowed: [.talent]),
        .post("/mon-profil/vivier/quitter", allowed: [.talent]),
        // the distinctions one holds, as `GET /v1/me/distinctions` (none for who never was a talent)
        .get("/mes-distinctions", allowed: .signedIn),
        .post("/a-l-honneur/participation", allowed: [.talent]),
        .get("/vis-mon-job/ambassadeur", allowed: .signedIn),
        .post("/vis-mon-job/ambassadeur", allowed: .signedIn),
        // a slot that does not exist, for every signed-in persona
        .row("POST", "/vis-mon-job/coaching/{id}/reservation", expect: [303, 404, 404, 404, 404, 404]) { _, _ in
            WebProbe(path: "/vis-mon-job/coaching/999999/reservation")
        }
    ]

    /// Agreements, mission orders and time reports, on fresh engagements of the personas (the
    /// API matrix's ``EngagementRecords``): the talent, the line manager and the owner are the
    /// parties, the referent persona's administration employs the talent.
    static let engagementRows: [WebAccessRow] = [
        .get("/mes-conventions", allowed: .signedIn),
        .post("/agents/{id}/confirmer-emploi", allowed: [.referent, .operator]) { fixture, _ in
            WebProbe(
                path:
                    "/agents/\(try fixture.sql("SELECT id FROM talents WHERE user_id = \(fixture.member(.talent).id)"))/confirmer-emploi"
            )
        },
        .get("/candidatures/{id}/convention", allowed: [.missionOwner, .operator]) { fixture, persona in
            WebProbe(path: "/candidatures/\(try application(fixture, persona))/convention")
        },
        .post("/candidatures/{id}/convention", allowed: [.missionOwner, .operator]) { fixture, persona in
            WebProbe(path: "/candidatures/\(try application(fixture, persona))/convention")
        },
        .get("/conventions/{id}", allowed: .signedIn) { try agreement($0, $1, .awaiting) },
        .get("/conventions/{id}/modifier", allowed: [.missionOwner]) { try agreement($0, $1, .awaiting, "/modifier") },
        .post("/conventions/{id}/modifier", allowed: [.missionOwner]) { try agreement($0, $1, .awaiting, "/modifier") },
        .post("/conventions/{id}/signer", allowed: [.talent, .missionOwner, .lineManager]) {
            try agreement($0, $1, .awaiting, "/signer")
        },
        .post("/conventions/{id}/refuser", allowed: [.lineManager]) { try agreement($0, $1, .awaiting, "/refuser") },
        .post("/conventions/{id}/parties", allowed: [.talent, .missionOwner, .operator]) {
            try agreement($0, $1, .awaiting, "/parties")
        },
        .post("/conventions/{id}/terminer", allowed: [.missionOwner, .operator]) {
            try agreement($0, $1, .ordered, "/terminer")
        },
        .post("/conventions/{id}/avis", allowed: [.talent, .missionOwner]) {
            try agreement($0, $1, .completed, "/avis")
        },
        .post("/conventions/{id}/ordre-de-mission", allowed: [.referent]) {
            var probe = try agreement($0, $1, .signed, "/ordre-de-mission")
            probe.fields = [("ordre-debut", day(-5)), ("ordre-fin", day(30))]
            return probe
        },
        .get("/ordres-de-mission/{id}", allowed: .signedIn) { fixture, persona in
            let probe = try agreement(fixture, persona, .ordered)
            let id = probe.path.split(separator: "/").last.map(String.init) ?? "1"
            let order =
                persona == .anonymous
                ? "1" : try fixture.sql("SELECT id FROM mission_orders WHERE agreement_id = \(id)")
            return WebProbe(path: "/ordres-de-mission/\(order)")
        },
        .get("/conventions/{id}/temps", allowed: .signedIn) { try agreement($0, $1, .ordered, "/temps") },
        .post("/conventions/{id}/temps", allowed: [.talent]) {
            var probe = try agreement($0, $1, .ordered, "/temps")
            probe.fields = [("temps-date", day(0)), ("temps-heures", "1"), ("temps-description", "Revue")]
            return probe
        },
        .post("/temps/{id}/valider", allowed: [.missionOwner]) { try timeReport($0, $1, "/valider") },
        .post("/temps/{id}/rejeter", allowed: [.missionOwner]) { try timeReport($0, $1, "/rejeter") }
    ]

    /// The owner's space and the operator's console.
    static let ownerRows: [WebAccessRow] = [
        .get("/espace-responsable/candidatures", allowed: [.missionOwner, .operator]),
        // An application to another's mission does not exist for whoever may not answer it (404).
        .row("POST", "/candidatures/{id}/accepter", expect: [303, 404, nil, 404, 404, nil]) { fixture, _ in
            WebProbe(path: "/candidatures/\(try submittedApplication(fixture))/accepter")
        },
        .row("POST", "/candidatures/{id}/decliner", expect: [303, 404, nil, 404, 404, nil]) { fixture, _ in
            WebProbe(path: "/candidatures/\(try submittedApplication(fixture))/decliner")
        },
        .row("POST", "/candidatures/{id}/echange", expect: [303, 404, nil, 404, 404, nil]) { fixture, _ in
            WebProbe(
                path: "/candidatures/\(try submittedApplication(fixture))/echange",
                fields: [("date", "\(day(20))T10:00"), ("moyen", "Visioconférence")])
        },
        .get("/espace-responsable/missions", allowed: [.missionOwner]),
        // Issue 22: whoever may propose (an owner, an agent whose employment is confirmed) reads
        // the form; proposing for a ministry nobody of the demo belongs to is refused.
        // (The demo's talent persona has their employment confirmed; the others do not.)
        .get("/espace-responsable/missions/nouvelle", allowed: [.missionOwner, .talent]),
        .row("POST", "/espace-responsable/missions/nouvelle", expect: [303, 422, 422, 403, 403, 403]) { fixture, _ in
            WebProbe(
                path: "/espace-responsable/missions/nouvelle",
                fields: MissionFormInput.fields(title: "Ailleurs") + [("administration", try foreignMinistry(fixture))])
        },
        // Another's draft does not exist for an agent (404); the operator reads it but may not edit it.
        .row("GET", "/espace-responsable/missions/{id}/modifier", expect: [303, 404, 200, 404, 404, 403]) {
            fixture, _ in
            WebProbe(path: "/espace-responsable/missions/\(try draftMission(fixture))/modifier")
        },
        .row("POST", "/espace-responsable/missions/{id}/modifier", expect: [303, 404, nil, 404, 404, 403]) {
            fixture, _ in
            WebProbe(path: "/espace-responsable/missions/\(try draftMission(fixture))/modifier")
        },
        .row("POST", "/espace-responsable/missions/{id}/soumettre", expect: [303, 404, nil, 404, 404, 403]) {
            fixture, _ in
            WebProbe(path: "/espace-responsable/missions/\(try draftMission(fixture))/soumettre")
        },
        .get("/console", allowed: [.operator]),
        .get("/console/missions/{id}", allowed: [.operator]) { fixture, _ in
            WebProbe(path: "/console/missions/\(try submittedMission(fixture))")
        },
        // A submitted mission of another exists only for the operator.
        .row("POST", "/console/missions/{id}/publier", expect: [303, 404, 404, 404, 404, nil]) { fixture, _ in
            WebProbe(path: "/console/missions/\(try submittedMission(fixture))/publier")
        },
        .row("POST", "/console/missions/{id}/refuser", expect: [303, 404, 404, 404, 404, nil]) { fixture, _ in
            WebProbe(path: "/console/missions/\(try submittedMission(fixture))/refuser")
        }
    ]

    /// A Vis mon job pair's page and forms: the page of the e-mailed link tells a visitor where
    /// to go; a pair exists only for its ambassador and the operator.
    static let visMonJobRows: [WebAccessRow] =
        [
            .row("GET", "/vis-mon-job/pairs/{id}", expect: [200, 404, 404, 404, 404, 404]) { fixture, _ in
                try pair(fixture, "")
            }
        ]
        + ["/date", "/date/accepter", "/avis"].map { action in
            .row("POST", "/vis-mon-job/pairs/{id}\(action)", expect: [303, 404, 404, 404, 404, 404]) { fixture, _ in
                try pair(fixture, action)
            }
        }
}

extension WebAccessMatrix {
    /// The ISO date `offset` days from today.
    static func day(_ offset: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date().addingTimeInterval(Double(offset) * 86_400))
    }

    /// A private link that no student holds.
    static let unknownStudentToken = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"

    static func publishedMission(_ fixture: DemoFixture) throws -> String {
        try fixture.sql("SELECT id FROM missions WHERE state = 'published' ORDER BY id LIMIT 1")
    }

    /// A draft, given to the owner persona.
    static func draftMission(_ fixture: DemoFixture) throws -> String {
        let owner = fixture.member(.missionOwner).id
        let draft = try fixture.sql("SELECT id FROM missions WHERE state = 'draft' ORDER BY id LIMIT 1")
        _ = try fixture.sql("UPDATE missions SET owner_id = \(owner) WHERE id = \(draft)")
        return draft
    }

    static func submittedMission(_ fixture: DemoFixture) throws -> String {
        try fixture.sql("SELECT id FROM missions WHERE state = 'submitted' ORDER BY id LIMIT 1")
    }

    /// An application awaiting the owner persona's answer.
    static func submittedApplication(_ fixture: DemoFixture) throws -> String {
        let owner = fixture.member(.missionOwner).id
        let application = try fixture.sql(
            """
            SELECT a.id FROM applications a JOIN missions m ON m.id = a.mission_id
            WHERE a.status = 'submitted' AND m.owner_id = \(owner) ORDER BY a.id LIMIT 1
            """)
        guard !application.isEmpty else { throw DemoFixture.SetupError(reason: "no application to the owner persona") }
        return application
    }

    /// A fresh accepted application of the personas (none for the anonymous visitor, refused first).
    static func application(_ fixture: DemoFixture, _ persona: Persona) throws -> Int {
        persona == .anonymous ? 1 : try EngagementRecords.acceptedApplication(fixture)
    }

    /// `/conventions/{id}` + `action` on a fresh engagement of the personas at `stage`.
    static func agreement(
        _ fixture: DemoFixture, _ persona: Persona, _ stage: EngagementRecords.Stage, _ action: String = ""
    ) throws -> WebProbe {
        guard persona != .anonymous else { return WebProbe(path: "/conventions/1\(action)") }
        return WebProbe(path: "/conventions/\(try EngagementRecords.engagement(fixture, stage).id)\(action)")
    }

    /// `/temps/{id}` + `action` on a time report of the talent persona awaiting the owner's decision.
    static func timeReport(_ fixture: DemoFixture, _ persona: Persona, _ action: String) throws -> WebProbe {
        guard persona != .anonymous else { return WebProbe(path: "/temps/1\(action)") }
        let path = try EngagementRecords.reportProbe(fixture, persona, "").path
        return WebProbe(path: "/temps/\(path.split(separator: "/").last ?? "1")\(action)")
    }

    /// `/vis-mon-job/pairs/{id}` + `action` on a pair that does not exist.
    static func pair(_ fixture: DemoFixture, _ action: String) throws -> WebProbe {
        WebProbe(path: "/vis-mon-job/pairs/999999\(action)")
    }
}
