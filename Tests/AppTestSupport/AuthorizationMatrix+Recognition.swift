import Foundation

extension AuthorizationMatrix {
    /// Credits, distinctions, the spotlight and the diplomas. The demo data has no engagement,
    /// so the one diploma the rows need is written with `sqlite3` (``RecognitionRecords/diploma(_:)``).
    ///
    /// The rules: an account is its administration's referents' (and those of an ancestor) and
    /// the operator's; a talent's distinctions and spotlight choice are the talent's and the
    /// operator's (404 for others); opting in is the talent's alone (the operator gets a 403),
    /// opting out the talent's or the operator's; the catalogue, the spotlight and the Open
    /// Badges documents are public; a revocation is the operator's.
    static let recognitionRows: [AccessRow] = [
        //                                                          none  talent owner  manager referent operator
        // MARK: Credit accounts
        .row("GET", "/v1/administrations/{id}/credits", expect: [401, 403, 403, 403, 200, 200]) { fixture, _ in
            .init(path: "/v1/administrations/\(try RecognitionRecords.referentAdministration(fixture))/credits")
        },
        .row("GET", "/v1/administrations/{id}/credits", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/administrations/\(try RecognitionRecords.foreignAdministration(fixture))/credits")
        },
        .row(
            "GET", "/v1/administrations/{id}/credits", path: "/v1/administrations/999999/credits",
            expect: [401, 404, 404, 404, 404, 404]),
        .row(
            "GET", "/v1/administrations/{id}/credits/statement",
            expect: [401, 403, 403, 403, 200, 200]
        ) { fixture, _ in
            .init(
                path:
                    "/v1/administrations/\(try RecognitionRecords.referentAdministration(fixture))/credits/statement?limit=5"
            )
        },
        .row(
            "GET", "/v1/administrations/{id}/credits/statement",
            expect: [401, 403, 403, 403, 403, 200]
        ) { fixture, _ in
            .init(
                path: "/v1/administrations/\(try RecognitionRecords.foreignAdministration(fixture))/credits/statement")
        },

        // MARK: Distinctions
        .row("GET", "/v1/distinctions", expect: [200, 200, 200, 200, 200, 200]),
        .row("GET", "/v1/me/distinctions", expect: [401, 200, 200, 200, 200, 200]),
        .row("GET", "/v1/me/badges", expect: [401, 200, 200, 200, 200, 200]),
        .row("GET", "/v1/talents/{id}/distinctions", expect: [401, 200, 404, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/talents/\(try RecognitionRecords.ownTalent(fixture))/distinctions")
        },
        .row(
            "GET", "/v1/talents/{id}/distinctions", path: "/v1/talents/999999/distinctions",
            expect: [401, 404, 404, 404, 404, 404]),

        // MARK: Spotlight
        .row("GET", "/v1/spotlight", expect: [200, 200, 200, 200, 200, 200]),
        .row(
            "GET", "/v1/spotlight", path: "/v1/spotlight?from=2026-01-01&to=2026-03-31",
            expect: [200, 200, 200, 200, 200, 200]),
        .row("GET", "/v1/talents/{id}/spotlight", expect: [401, 200, 404, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/talents/\(try RecognitionRecords.ownTalent(fixture))/spotlight")
        },
        // The talent opts in; the operator may not opt someone in (403), others do not see the talent.
        .row("POST", "/v1/talents/{id}/spotlight", expect: [401, 200, 404, 404, 404, 403]) { fixture, _ in
            try RecognitionRecords.spotlightChange(fixture, consent: true)
        },
        // The talent opts out; the operator then finds nothing to withdraw (409).
        .row("DELETE", "/v1/talents/{id}/spotlight", expect: [401, 200, 404, 404, 404, 409]) { fixture, _ in
            try RecognitionRecords.spotlightChange(fixture, consent: nil)
        },

        // MARK: Diplomas (public Open Badges documents)
        .row("GET", "/badges/issuer", expect: [200, 200, 200, 200, 200, 200]),
        .row(
            "GET", "/badges/classes/{id}", path: "/badges/classes/skill-transfer",
            expect: [200, 200, 200, 200, 200, 200]),
        .row(
            "GET", "/badges/classes/{id}", path: "/badges/classes/unknown",
            expect: [404, 404, 404, 404, 404, 404]),
        .row(
            "GET", "/badges/classes/{id}/image", path: "/badges/classes/advice/image",
            expect: [200, 200, 200, 200, 200, 200]),
        .row("GET", "/badges/assertions/{id}", expect: [200, 200, 200, 200, 200, 200]) { fixture, _ in
            .init(path: "/badges/assertions/\(try RecognitionRecords.diploma(fixture))")
        },
        .row(
            "GET", "/badges/assertions/{id}", path: "/badges/assertions/no-such-assertion-here",
            expect: [404, 404, 404, 404, 404, 404]),
        .row("GET", "/badges/assertions/{id}/image", expect: [200, 200, 200, 200, 200, 200]) { fixture, _ in
            .init(path: "/badges/assertions/\(try RecognitionRecords.diploma(fixture))/image")
        },
        .row("GET", "/badges/assertions/{id}/verification", expect: [200, 200, 200, 200, 200, 200]) { fixture, _ in
            .init(path: "/badges/assertions/\(try RecognitionRecords.diploma(fixture))/verification")
        },
        .row(
            "POST", "/v1/badges/assertions/{id}/revocation",
            path: "/v1/badges/assertions/no-such-assertion-here/revocation",
            json: #"{"reason":"Erreur"}"#, headers: ["If-Match": #""1""#],
            expect: [401, 403, 403, 403, 403, 404]),
        // Last: only the operator revokes, which is final.
        .row("POST", "/v1/badges/assertions/{id}/revocation", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            .init(
                path: "/v1/badges/assertions/\(try RecognitionRecords.diploma(fixture))/revocation",
                json: #"{"reason":"Mission non réalisée"}"#, headers: ["If-Match": #""1""#])
        }
    ]
}

/// The records the recognition rows act on, read (and for the diploma, written) with `sqlite3`.
enum RecognitionRecords {
    /// The public id of the diploma written for the rows.
    static let diplomaID = "matrix-diploma-000000001"

    /// The administration of the referent persona.
    static func referentAdministration(_ fixture: DemoFixture) throws -> Int {
        guard let id = fixture.member(.referent).administrationID else {
            throw DemoFixture.SetupError(reason: "the referent persona has no administration")
        }
        return id
    }

    /// An administration neither the referent's nor below it.
    static func foreignAdministration(_ fixture: DemoFixture) throws -> Int {
        try id(
            fixture,
            """
            WITH RECURSIVE below(id) AS (SELECT \(try referentAdministration(fixture))
                UNION ALL SELECT a.id FROM administrations a JOIN below ON a.parent_id = below.id)
            SELECT min(id) FROM administrations WHERE id NOT IN (SELECT id FROM below)
            """)
    }

    /// The talent persona's own profile.
    static func ownTalent(_ fixture: DemoFixture) throws -> Int {
        try id(fixture, "SELECT id FROM talents WHERE user_id = \(fixture.member(.talent).id)")
    }

    /// A spotlight opt-in (`consent`) or opt-out (nil) of the talent persona at its current revision.
    static func spotlightChange(_ fixture: DemoFixture, consent: Bool?) throws -> AccessRow.Probe {
        let talent = try ownTalent(fixture)
        let revision = try fixture.sql("SELECT revision FROM talents WHERE id = \(talent)")
        return .init(
            path: "/v1/talents/\(talent)/spotlight", json: consent.map { #"{"consent":\#($0)}"# },
            headers: ["If-Match": "\"\(revision)\""])
    }

    /// A diploma of the talent persona, written once. The demo data has no engagement, and the
    /// `sqlite3` program does not enforce foreign keys, so the agreement it names need not exist.
    static func diploma(_ fixture: DemoFixture) throws -> String {
        _ = try fixture.sql(
            """
            INSERT OR IGNORE INTO badge_assertions(public_id, agreement_id, user_id, nature, salt, recipient_identity,
                evidence_title, evidence_beneficiary, evidence_minutes, evidence_objectives, issued_at)
            VALUES ('\(diplomaID)', 999001, \(fixture.member(.talent).id), 'advice', '00ff',
                'sha256$0000000000000000000000000000000000000000000000000000000000000000', 'Mission de la matrice',
                'DINUM', 90, 'Objectifs.', 1767225600000);
            SELECT 1;
            """)
        return diplomaID
    }

    private static func id(_ fixture: DemoFixture, _ query: String) throws -> Int {
        let value = try fixture.sql(query)
        guard let id = Int(value) else {
            throw DemoFixture.SetupError(reason: "no record in the demo data for: \(query) (\(value.debugDescription))")
        }
        return id
    }
}
