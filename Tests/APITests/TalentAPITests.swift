import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The real `talents-api` binary on the demo data: talent profiles, the pool and invitations.
@Suite struct TalentAPITests {
    @Test func aTalentBuildsAProfileJoinsThePoolIsFoundAndInvited() throws {
        let world = try DemoWorld()
        defer { world.remove() }
        let server = try APIServerProcess(database: world.database)
        defer { server.stop() }
        let talent = world.talentToken
        let owner = world.ownerToken

        #expect(try server.send("GET", "/v1/talents/me", token: talent).status == 404)
        let body = DemoWorld.profile(employerID: world.employerID)
        let created = try server.send(
            "POST", "/v1/talents", token: talent, headers: ["Idempotency-Key": "lea-1"],
            json: body)
        #expect(created.status == 201)
        #expect(created.headers["etag"] == #""1""#)
        let id = try #require(created.object["id"] as? Int)
        #expect(created.headers["location"] == "/v1/talents/\(id)")
        let replayed = try server.send(
            "POST", "/v1/talents", token: talent, headers: ["Idempotency-Key": "lea-1"],
            json: body)
        #expect(replayed.status == 201)
        #expect(replayed.body == created.body)
        #expect(
            try world.sql(
                """
                SELECT count(*) FROM talents t JOIN users u ON u.id = t.user_id WHERE u.email = '\(DemoWorld.talentEmail)'
                """) == "1")
        #expect(try server.send("POST", "/v1/talents", token: talent, json: body).status == 409)

        let me = try server.send("GET", "/v1/talents/me", token: talent)
        #expect(me.status == 200)
        #expect(me.headers["etag"] == #""1""#)
        #expect(me.object["inPool"] as? Bool == false)
        #expect((me.object["lineManager"] as? [String: Any])?["email"] as? String == "helene.garnier@culture.gouv.fr")
        let edited = DemoWorld.profile(employerID: world.employerID, presentation: "Auditrice RGAA, experte DSFR.")
        #expect(try server.send("PUT", "/v1/talents/\(id)", token: talent, json: edited).status == 428)
        let put = try server.send(
            "PUT", "/v1/talents/\(id)", token: talent, headers: ["If-Match": #""1""#],
            json: edited)
        #expect(put.status == 200)
        #expect(put.headers["etag"] == #""2""#)
        #expect(
            try server.send(
                "PUT", "/v1/talents/\(id)", token: talent, headers: ["If-Match": #""1""#],
                json: edited
            ).status == 412)
        #expect(try server.send("GET", "/v1/talents/\(id)", token: world.operatorToken).status == 200)
        #expect(try server.send("GET", "/v1/talents/\(id)", token: owner).status == 404, "not in the pool yet")

        let query =
            "/v1/pool?skill=a11y-audit&minLevel=4&family=accessibility&departement=976"
            + "&availableFrom=2027-01-01&availableUntil=2027-03-31"
        #expect(try server.send("GET", query, token: owner).items.isEmpty)
        let refused = try server.send(
            "POST", "/v1/talents/\(id)/pool", token: talent, headers: ["If-Match": #""2""#],
            json: #"{"consent": false}"#)
        #expect(refused.status == 422)
        #expect(refused.problemType == "talent-pool-consent-required")
        let joined = try server.send(
            "POST", "/v1/talents/\(id)/pool", token: talent, headers: ["If-Match": #""2""#],
            json: #"{"consent": true}"#)
        #expect(joined.status == 200)
        #expect(joined.headers["etag"] == #""3""#)
        #expect(joined.object["inPool"] as? Bool == true)
        #expect((joined.object["poolConsentAt"] as? String)?.hasSuffix("Z") == true)

        let found = try server.send("GET", query, token: owner)
        #expect(found.status == 200)
        #expect(found.items.compactMap { $0["id"] as? Int } == [id])
        #expect(found.items.first?["lineManager"] == nil)
        #expect(found.items.first?["displayName"] as? String == "Léa Fontaine")
        #expect(!found.text.contains("helene.garnier"), "no e-mail of the line manager")
        #expect(try server.send("GET", "/v1/pool/\(id)", token: owner).status == 200)

        let invitations = "/v1/missions/\(world.missionID)/invitations"
        let invitation = #"{"talentID": \#(id), "message": "Votre expertise RGAA nous aiderait."}"#
        let invited = try server.send("POST", invitations, token: owner, json: invitation)
        #expect(invited.status == 201)
        #expect(invited.headers["etag"] == #""1""#)
        #expect(invited.object["invitedBy"] as? Int == world.ownerID)
        #expect((invited.object["createdAt"] as? String)?.hasSuffix("Z") == true)
        let location = try #require(invited.headers["location"])
        #expect(try server.send("GET", location, token: owner).status == 200)
        #expect(try server.send("POST", invitations, token: owner, json: invitation).problemType == "invitation-exists")
        let received = try server.send("GET", "/v1/talents/me/invitations", token: talent)
        #expect(received.status == 200)
        #expect((received.items.first?["mission"] as? [String: Any])?["id"] as? Int == world.missionID)
        // The demo data holds invitations of its own: this talent's is the one created here.
        #expect(
            try world.sql(
                """
                SELECT count(*) FROM audit_events WHERE action = 'invitation.created'
                AND subject_id IN (SELECT id FROM invitations WHERE talent_id = \(id))
                """) == "1")
        #expect(
            try world.sql(
                """
                SELECT group_concat(action, ' ') FROM audit_events WHERE subject_type = 'talent' AND subject_id = \(id)
                """)
                == "talent.created talent.profile-updated talent.pool-joined")

        let left = try server.send("DELETE", "/v1/talents/\(id)/pool", token: talent, headers: ["If-Match": #""3""#])
        #expect(left.status == 200)
        #expect(try server.send("GET", query, token: owner).items.isEmpty)
        #expect(try server.send("GET", "/v1/pool/\(id)", token: owner).status == 404)
        #expect(
            try world.sql(
                """
                SELECT count(*) FROM audit_events WHERE action = 'talent.pool-left' AND subject_id = \(id)
                """) == "1")
    }

    @Test func nonConsentingProfilesNeverAppearAndStayHidden() throws {
        let world = try DemoWorld()
        defer { world.remove() }
        let server = try APIServerProcess(database: world.database)
        defer { server.stop() }

        var seen: [Int] = []
        var path = "/v1/pool?limit=30"
        for _ in 0..<10 {
            let page = try server.send("GET", path, token: world.ownerToken)
            #expect(page.status == 200)
            seen += page.items.compactMap { $0["id"] as? Int }
            guard let cursor = page.object["nextCursor"] as? String else { break }
            path = "/v1/pool?limit=30&cursor=\(cursor)"
        }
        let consenting = try world.sql(
            """
            SELECT group_concat(id) FROM (SELECT id FROM talents WHERE pool_consent_at IS NOT NULL ORDER BY id)
            """)
        #expect(seen.map(String.init).joined(separator: ",") == consenting)
        #expect(seen.count == 80)

        let hidden = try #require(Int(try world.sql("SELECT min(id) FROM talents WHERE pool_consent_at IS NULL")))
        let hiddenOwner = try world.sql(
            "SELECT u.email FROM talents t JOIN users u ON u.id = t.user_id WHERE t.id = \(hidden)")
        let hiddenToken = try world.admin(["tokens", "issue", "--email", hiddenOwner])
        #expect(try server.send("GET", "/v1/talents/\(hidden)", token: hiddenToken).status == 200)
        #expect(try server.send("GET", "/v1/talents/\(hidden)", token: world.operatorToken).status == 200)
        #expect(try server.send("GET", "/v1/talents/\(hidden)", token: world.ownerToken).status == 404)
        #expect(try server.send("GET", "/v1/pool/\(hidden)", token: world.ownerToken).status == 404)
        let invite = try server.send(
            "POST", "/v1/missions/\(world.missionID)/invitations", token: world.ownerToken,
            json: #"{"talentID": \#(hidden)}"#)
        #expect(invite.status == 404)
        #expect(
            try server.send(
                "PUT", "/v1/talents/\(hidden)", token: world.talentToken, headers: ["If-Match": #""1""#],
                json: DemoWorld.profile(employerID: world.employerID)
            ).status == 404)
        #expect(try server.send("GET", "/v1/pool", token: hiddenToken).status == 403)
        #expect(try server.send("GET", "/v1/pool").status == 401)
        #expect(try world.sql("SELECT count(*) FROM invitations WHERE talent_id = \(hidden)") == "0")
    }

    @Test func badInputGetsItsDocumentedErrorAndChangesNothing() throws {
        let world = try DemoWorld()
        defer { world.remove() }
        let server = try APIServerProcess(database: world.database)
        defer { server.stop() }
        let talent = world.talentToken
        let snapshot =
            ["talents", "talent_skills", "invitations", "audit_events", "idempotency_keys"]
            .map { "SELECT count(*) FROM \($0);" }.joined(separator: " ")
            + " SELECT sum(revision), count(pool_consent_at), max(updated_at) FROM talents;"
        let before = try world.sql(snapshot)
        let profile = DemoWorld.profile(employerID: world.employerID)

        let cases: [(json: String, status: Int, field: String?)] = [
            (#"{"employerID": 1,"#, 400, nil),
            (profile.replacingOccurrences(of: #""civil-servant""#, with: #""fonctionnaire""#), 400, "status"),
            (
                profile.replacingOccurrences(of: #""hoursPerMonth": 16"#, with: #""hoursPerMonth": "seize""#), 400,
                "availability.hoursPerMonth"
            ),
            (profile.replacingOccurrences(of: #""departement": "976", "#, with: ""), 400, "departement"),
            (
                profile.replacingOccurrences(of: "a11y-audit", with: "a11y-audit'; DROP TABLE talents;--"), 422,
                "skills[0].code"
            ),
            (profile.replacingOccurrences(of: #""level": 4"#, with: #""level": 9"#), 422, "skills[0].level"),
            (profile.replacingOccurrences(of: #""976""#, with: #""<script>alert(1)</script>""#), 422, "departement"),
            (
                profile.replacingOccurrences(of: "Auditrice RGAA.", with: String(repeating: "x", count: 2001)), 422,
                "presentation"
            )
        ]
        for (json, status, field) in cases {
            let response = try server.send("POST", "/v1/talents", token: talent, json: json)
            #expect(response.status == status, "\(json.prefix(80))")
            #expect(response.headers["content-type"] == "application/problem+json")
            if let field {
                #expect((response.object["errors"] as? [[String: Any]])?.first?["field"] as? String == field)
            }
        }
        var invalidUTF8 = Data(profile.utf8)
        invalidUTF8[invalidUTF8.count - 4] = 0xFF
        #expect(
            try HTTPClient.send(
                "POST", server.baseURL + "/v1/talents",
                headers: ["Authorization": "Bearer \(talent)", "Content-Type": "application/json"],
                body: invalidUTF8
            ).status == 400)
        let search: [(query: String, field: String)] = [
            ("departement=75'%20OR%201=1--", "departement"), ("skill=x%27%3B%20DROP%20TABLE%20talents", "skill"),
            ("family=quantum", "family"), ("limit=500", "limit"), ("cursor=not-ours", "cursor"), ("sort=name", "sort")
        ]
        for (query, field) in search {
            let response = try server.send("GET", "/v1/pool?\(query)", token: world.ownerToken)
            #expect(response.status == 422, "\(query)")
            #expect((response.object["errors"] as? [[String: Any]])?.first?["field"] as? String == field)
        }
        #expect(try world.sql(snapshot) == before)

        let created = try server.send(
            "POST", "/v1/talents", token: talent, headers: ["Idempotency-Key": "k"],
            json: profile)
        #expect(created.status == 201)
        let reused = try server.send(
            "POST", "/v1/talents", token: talent, headers: ["Idempotency-Key": "k"],
            json: profile.replacingOccurrences(of: "Auditrice", with: "Auditeur"))
        #expect(reused.status == 409)
        #expect(reused.problemType == "idempotency-key-reused")
        let id = try #require(created.object["id"] as? Int)
        let afterCreation = try world.sql(snapshot)
        #expect(
            try server.send(
                "POST", "/v1/talents/\(id)/pool", token: talent, headers: ["If-Match": #""1""#],
                json: #"{"consent": "yes"}"#
            ).status == 400)
        #expect(
            try server.send(
                "POST", "/v1/talents/\(id)/pool", token: talent, headers: ["If-Match": "1"],
                json: #"{"consent": true}"#
            ).status == 400)
        #expect(
            try server.send(
                "POST", "/v1/talents/\(id)/pool", token: talent, headers: ["If-Match": #""7""#],
                json: #"{"consent": true}"#
            ).status == 412)
        #expect(
            try server.send(
                "POST", "/v1/missions/\(world.missionID)/invitations", token: world.ownerToken,
                json: #"{"talentID": "\#(id)"}"#
            ).status == 400)
        #expect(try world.sql(snapshot) == afterCreation)
    }
}

/// A database with the demo data, a new talent user without profile, and tokens for a mission
/// owner (who owns a published mission), the operator and the new talent.
private struct DemoWorld {
    static let talentEmail = "lea.fontaine@culture.gouv.fr"

    let directory: TemporaryDirectory
    let database: String
    let employerID: Int
    let missionID: Int
    let ownerID: Int
    let talentToken: String
    let ownerToken: String
    let operatorToken: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
        let database = database
        func admin(_ arguments: [String]) throws -> String {
            try DemoWorld.admin(arguments, database: database)
        }
        _ = try admin(["demo", "seed"])
        _ = try admin(["users", "add", "--name", "Léa Fontaine", "--email", Self.talentEmail, "--role", "talent"])
        employerID = try #require(Int(try DemoWorld.sql("SELECT min(id) FROM administrations", database: database)))
        let mission = try DemoWorld.sql(
            """
            SELECT m.id || ' ' || u.email || ' ' || u.id FROM missions m JOIN users u ON u.id = m.owner_id
            WHERE m.state = 'published' AND m.application_deadline >= date('now') ORDER BY m.id LIMIT 1
            """, database: database
        ).split(separator: " ")
        missionID = try #require(Int(mission[0]))
        ownerID = try #require(Int(mission[2]))
        ownerToken = try admin(["tokens", "issue", "--email", String(mission[1])])
        talentToken = try admin(["tokens", "issue", "--email", Self.talentEmail])
        let operatorEmail = try DemoWorld.sql(
            "SELECT min(u.email) FROM users u JOIN user_roles r ON r.user_id = u.id WHERE r.role = 'operator'",
            database: database)
        operatorToken = try admin(["tokens", "issue", "--email", operatorEmail])
    }

    func remove() {
        directory.remove()
    }

    /// Runs talents-admin on the database; its trimmed output.
    func admin(_ arguments: [String]) throws -> String {
        try Self.admin(arguments, database: database)
    }

    /// Runs `sql` with the system's sqlite3; its trimmed output.
    func sql(_ sql: String) throws -> String {
        try Self.sql(sql, database: database)
    }

    private static func admin(_ arguments: [String], database: String) throws -> String {
        let result = try Subprocess.run("talents-admin", arguments, environment: ["TALENTS_DB": database])
        #expect(result.status == 0, "talents-admin \(arguments.joined(separator: " ")): \(result.errorOutput)")
        return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func sql(_ sql: String, database: String) throws -> String {
        try Subprocess.sqlite3(database, sql).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A valid profile body: accessibility expert in Mayotte, available 2026 to mid-2027.
    static func profile(employerID: Int, presentation: String = "Auditrice RGAA.") -> String {
        """
        {"employerID": \(employerID), "status": "civil-servant", \
        "lineManager": {"name": "Hélène Garnier", "email": "helene.garnier@culture.gouv.fr"}, \
        "departement": "976", "skills": [{"code": "a11y-audit", "level": 4}, {"code": "design-dsfr", "level": 3}], \
        "availability": {"hoursPerMonth": 16, "from": "2026-01-01", "until": "2027-06-30"}, \
        "presentation": "\(presentation)"}
        """
    }
}

extension HTTPClient.Response {
    /// The content as a JSON object (empty when it is not one).
    fileprivate var object: [String: Any] { json as? [String: Any] ?? [:] }
    /// The `items` of a list.
    fileprivate var items: [[String: Any]] { object["items"] as? [[String: Any]] ?? [] }
    /// The problem type without the API's prefix.
    fileprivate var problemType: String? {
        (object["type"] as? String).map { String($0.split(separator: "/").last ?? "") }
    }
}
