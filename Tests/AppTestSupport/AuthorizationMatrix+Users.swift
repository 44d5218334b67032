extension AuthorizationMatrix {
    /// Accounts and roles (issue 18): the operator manages every account; a referent those of
    /// their administration and the ones under it, and only their line-manager and mission-owner
    /// roles; only the operator grants referent and operator; nobody deactivates themselves.
    /// Deactivating then reactivating happens within the referent's reach, so the operator, last,
    /// finds the account already in that state (409). Also the administration's edit.
    static let userRows: [AccessRow] = [
        //                                                          none  talent owner  manager referent operator
        .row("GET", "/v1/users", expect: [401, 403, 403, 403, 200, 200]),
        .row(
            "GET", "/v1/users", path: "/v1/users?active=true&limit=5&offset=5",
            expect: [401, 403, 403, 403, 200, 200]),
        .row("GET", "/v1/users/{id}", expect: [401, 403, 403, 403, 200, 200]) { fixture, _ in
            .init(path: "/v1/users/\(try UserRecords.withinReach(fixture, 0))")
        },
        .row("GET", "/v1/users/{id}", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/users/\(try UserRecords.outsideReach(fixture))")
        },
        .row("GET", "/v1/users/{id}", path: "/v1/users/999999", expect: [401, 403, 403, 403, 404, 404]),
        .row("POST", "/v1/users", expect: [401, 403, 403, 403, 201, 201]) { fixture, persona in
            .init(
                path: "/v1/users",
                json: #"""
                    {"displayName":"Matrice \#(persona.rawValue)","email":"matrice.\#(persona.rawValue)@finances.gouv.fr",\#
                    "roles":["line-manager"],"administrationID":\#(try RecognitionRecords.referentAdministration(fixture))}
                    """#)
        },
        // Only the operator adds an operator.
        .row("POST", "/v1/users", expect: [401, 403, 403, 403, 403, 201]) { _, persona in
            .init(
                path: "/v1/users",
                json:
                    #"{"displayName":"Opérateur \#(persona.rawValue)","email":"operateur.\#(persona.rawValue)@numerique.gouv.fr","roles":["operator"]}"#
            )
        },
        .row("POST", "/v1/users/{id}/roles", expect: [401, 403, 403, 403, 200, 200]) { fixture, _ in
            .init(
                path: "/v1/users/\(try UserRecords.withinReach(fixture, 0))/roles", json: #"{"add":["mission-owner"]}"#)
        },
        .row("POST", "/v1/users/{id}/roles", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/users/\(try UserRecords.withinReach(fixture, 1))/roles", json: #"{"add":["referent"]}"#)
        },
        .row("POST", "/v1/users/{id}/roles", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/users/\(try UserRecords.outsideReach(fixture))/roles", json: #"{"add":["mission-owner"]}"#)
        },
        // Nobody removes their own operator role.
        .row("POST", "/v1/users/{id}/roles", expect: [401, 403, 403, 403, 403, 403]) { fixture, _ in
            .init(path: "/v1/users/\(fixture.member(.operator).id)/roles", json: #"{"remove":["operator"]}"#)
        },
        .row("POST", "/v1/users/{id}/deactivation", expect: [401, 403, 403, 403, 200, 409]) { fixture, _ in
            .init(path: "/v1/users/\(try UserRecords.withinReach(fixture, 2))/deactivation")
        },
        .row("POST", "/v1/users/{id}/reactivation", expect: [401, 403, 403, 403, 200, 409]) { fixture, _ in
            .init(path: "/v1/users/\(try UserRecords.withinReach(fixture, 2))/reactivation")
        },
        // Nobody deactivates themselves (the operator persona here).
        .row("POST", "/v1/users/{id}/deactivation", expect: [401, 403, 403, 403, 403, 403]) { fixture, _ in
            .init(path: "/v1/users/\(fixture.member(.operator).id)/deactivation")
        },
        .row(
            "POST", "/v1/users/{id}/reactivation", path: "/v1/users/999999/reactivation",
            expect: [401, 403, 403, 403, 404, 404]),
        .row("PUT", "/v1/administrations/{id}", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            let row = try fixture.sql(
                "SELECT id, acronym, level, public_service, parent_id FROM administrations WHERE parent_id IS NOT NULL ORDER BY id DESC LIMIT 1"
            ).split(separator: "|").map(String.init)
            return .init(
                path: "/v1/administrations/\(row[0])",
                json:
                    #"{"name":"Service renommé par la matrice","acronym":"\#(row[1])","level":"\#(row[2])","publicService":"\#(row[3])","parentID":\#(row[4])}"#
            )
        }
    ]
}

/// The accounts the user rows act on, read with `sqlite3`: never a persona.
enum UserRecords {
    /// The `index`-th account (by id) holding only the talent role within the referent persona's reach.
    static func withinReach(_ fixture: DemoFixture, _ index: Int) throws -> Int {
        let personas = Persona.allCases.compactMap { $0 == .anonymous ? nil : String(fixture.member($0).id) }
        let found = try fixture.sql(
            """
            WITH RECURSIVE below(id) AS (SELECT \(try RecognitionRecords.referentAdministration(fixture))
                UNION ALL SELECT a.id FROM administrations a JOIN below ON a.parent_id = below.id)
            SELECT u.id FROM users u WHERE u.administration_id IN (SELECT id FROM below)
                AND u.id NOT IN (\(personas.joined(separator: ",")))
                AND (SELECT group_concat(role) FROM user_roles WHERE user_id = u.id) = 'talent'
            ORDER BY u.id LIMIT 1 OFFSET \(index)
            """)
        guard let id = Int(found) else {
            throw DemoFixture.SetupError(reason: "no account \(index) in the referent's reach")
        }
        return id
    }

    /// An account with an administration outside the referent persona's reach, not a persona.
    static func outsideReach(_ fixture: DemoFixture) throws -> Int {
        let personas = Persona.allCases.compactMap { $0 == .anonymous ? nil : String(fixture.member($0).id) }
        let found = try fixture.sql(
            """
            WITH RECURSIVE below(id) AS (SELECT \(try RecognitionRecords.referentAdministration(fixture))
                UNION ALL SELECT a.id FROM administrations a JOIN below ON a.parent_id = below.id)
            SELECT u.id FROM users u WHERE u.administration_id NOT IN (SELECT id FROM below)
                AND u.id NOT IN (\(personas.joined(separator: ",")))
                AND (SELECT group_concat(role) FROM user_roles WHERE user_id = u.id) = 'talent'
            ORDER BY u.id LIMIT 1
            """)
        guard let id = Int(found) else {
            throw DemoFixture.SetupError(reason: "no account outside the referent's reach")
        }
        return id
    }
}
