import Foundation
import Testing

/// The bad-input battery, written for any endpoint: each hostile request must get its
/// documented problem and leave the database exactly as it was (see ``DatabaseSnapshot``).
/// ``BadInputTests`` runs it on `POST /v1/administrations`, ``TalentBadInputTests`` on the
/// talents' endpoints; another creating endpoint describes itself as a ``CreationEndpoint``, a
/// state change as a ``ChangeEndpoint``.
struct BadInputBattery {
    /// A POST that creates a resource.
    struct CreationEndpoint {
        let path: String
        /// The table it writes.
        let table: String
        /// A valid content; `n` makes unique values (acronyms, titles) so accepted requests never collide.
        let validBody: @Sendable (Int) -> JSONValue
        /// Members whose absence (or `null`) is a 400 `required`.
        let requiredFields: [String]
        /// Members that take one of a fixed list of strings.
        let enumFields: [String]
        /// Free-text members, each with a length it must refuse with a 422 naming it.
        let oversizedStrings: [String: Int]
        /// For a resource each user holds only one of (a talent profile): adds a user allowed to
        /// create one and returns their token; the battery calls it for each request that may
        /// create. Nil when the battery's user may create any number.
        var newCreator: (@Sendable () throws -> String)? = nil
    }

    /// A change to an existing resource, which needs `If-Match`.
    struct ChangeEndpoint {
        let method: String
        /// The resource's path; a GET on it gives the current ETag.
        let path: String
        /// The table it writes.
        let table: String
        /// A valid content for the change.
        let body: JSONValue
    }

    /// What a refusal must say.
    struct Expected {
        let status: Int
        /// `about:blank` or a code under ``BadInputBattery/problemBase``.
        let type: String
        /// The entry `errors` must hold, as field and code, if any.
        var error: (field: String, code: String?)?

        /// A problem of our own: `code` under ``BadInputBattery/problemBase``.
        static func rule(_ status: Int, _ code: String, field: String? = nil) -> Expected {
            Expected(status: status, type: problemBase + code, error: field.map { ($0, nil) })
        }

        /// A 400 of the HTTP layer: the content does not decode.
        static func undecodable(field: String? = nil, code: String? = nil) -> Expected {
            Expected(status: 400, type: "about:blank", error: field.map { ($0, code) })
        }
    }

    static let problemBase = "https://talents.numerique.gouv.fr/problems/"

    /// Strings that must be stored verbatim (or refused), never run.
    static let injections = [
        "'; DROP TABLE administrations; --", #"" OR 1=1 --"#, "Robert'); DELETE FROM users WHERE ('1'='1",
        #"<script>alert("x")</script>"#, "<img src=x onerror=alert(1)>", "${7*7}{{7*7}}"
    ]

    let server: APIServerProcess
    /// The bearer token of a user allowed to call the endpoints.
    let token: String

    // MARK: Building blocks

    /// Sends a request that must be refused as `expected`, and checks the database did not change.
    /// `token` defaults to the battery's.
    func expectRefused(
        _ what: String, _ method: String, _ path: String, body: Data?, headers: [String: String] = [:],
        token: String? = nil, table: String, _ expected: Expected,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try DatabaseSnapshot(server.database, table: table)
        var headers = headers
        headers["Authorization"] = "Bearer \(token ?? self.token)"
        if body != nil && headers["Content-Type"] == nil { headers["Content-Type"] = "application/json" }
        let response = try HTTPClient.send(method, server.baseURL + path, headers: headers, body: body)
        let problem = response.json as? [String: Any]
        #expect(
            response.status == expected.status, "\(what): \(response.status) \(response.text)",
            sourceLocation: sourceLocation)
        #expect(
            response.headers["content-type"] == "application/problem+json", "\(what)", sourceLocation: sourceLocation)
        #expect(
            problem?["type"] as? String == expected.type, "\(what): \(response.text)", sourceLocation: sourceLocation)
        if let (field, code) = expected.error {
            let errors = problem?["errors"] as? [[String: Any]] ?? []
            let named = errors.contains {
                $0["field"] as? String == field && (code == nil || $0["code"] as? String == code)
            }
            #expect(
                named, "\(what): errors should name \(field) \(code ?? ""): \(response.text)",
                sourceLocation: sourceLocation)
        }
        #expect(
            try DatabaseSnapshot(server.database, table: table) == before, "\(what) changed the database",
            sourceLocation: sourceLocation)
    }

    /// Creates with `body` (as `token`, by default the battery's); checks the 201, its `Location`,
    /// and that exactly one row was added.
    @discardableResult
    func expectCreated(
        _ endpoint: CreationEndpoint, _ body: JSONValue, headers: [String: String] = [:],
        token: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) throws
        -> HTTPClient.Response
    {
        let before = try DatabaseSnapshot(server.database, table: endpoint.table)
        let response = try server.send(
            "POST", endpoint.path, token: token ?? self.token, headers: headers,
            json: body.text)
        #expect(response.status == 201, "\(response.text)", sourceLocation: sourceLocation)
        #expect(response.headers["content-type"] == "application/json", sourceLocation: sourceLocation)
        #expect(response.headers["location"] != nil, sourceLocation: sourceLocation)
        let after = try DatabaseSnapshot(server.database, table: endpoint.table)
        #expect(after.rowCount == before.rowCount + 1, "one row created", sourceLocation: sourceLocation)
        #expect(after.schema == before.schema, sourceLocation: sourceLocation)
        return response
    }

    // MARK: The battery

    /// Malformed JSON, invalid UTF-8, another media type, content over the server's limit.
    func malformedContent(_ endpoint: CreationEndpoint) throws {
        let valid = endpoint.validBody(0)
        for text in [
            "", "{", "not json", String(valid.text.dropLast()), valid.text + "}", "null", "[]", #""text""#,
            #"{"a":1,}"#
        ] {
            try expectRefused(
                "content \(text.prefix(40).debugDescription)", "POST", endpoint.path,
                body: Data(text.utf8), table: endpoint.table, .undecodable())
        }
        // A lone continuation byte, an overlong "/", bytes that never occur in UTF-8 (RFC 3629 §3),
        // in place of the value of a string member.
        let field = endpoint.oversizedStrings.keys.sorted()[0]
        let marker = "INVALID-UTF8-HERE"
        let template = Data(valid.setting(field, to: .string(marker)).text.utf8)
        for bytes: [UInt8] in [[0x80], [0xC0, 0xAF], [0xFF, 0xFE], [0x41, 0xED, 0xA0, 0x80]] {
            let body = template.replacing(Data(marker.utf8), with: Data(bytes))
            try expectRefused(
                "invalid UTF-8 \(bytes) in \(field)", "POST", endpoint.path, body: body,
                table: endpoint.table, .undecodable())
        }
        try expectRefused(
            "text/plain", "POST", endpoint.path, body: Data(valid.text.utf8),
            headers: ["Content-Type": "text/plain"], table: endpoint.table,
            Expected(status: 415, type: "about:blank"))
        try expectRefused(
            "content over 1 MiB", "POST", endpoint.path, body: Data(count: 1024 * 1024 + 1),
            table: endpoint.table, Expected(status: 413, type: "about:blank"))
    }

    /// Wrong JSON types, missing and null members, unknown enum values: 400 naming the member.
    func wrongShapes(_ endpoint: CreationEndpoint) throws {
        let valid = endpoint.validBody(0)
        for (name, value) in valid.members.sorted(by: { $0.key < $1.key }) {
            try expectRefused(
                "\(name) of the wrong type", "POST", endpoint.path,
                body: Data(valid.setting(name, to: value.ofAnotherType).text.utf8),
                table: endpoint.table, .undecodable(field: name, code: "type"))
        }
        for name in endpoint.requiredFields {
            try expectRefused(
                "\(name) missing", "POST", endpoint.path, body: Data(valid.setting(name, to: nil).text.utf8),
                table: endpoint.table, .undecodable(field: name, code: "required"))
            try expectRefused(
                "\(name) null", "POST", endpoint.path, body: Data(valid.setting(name, to: .null).text.utf8),
                table: endpoint.table, .undecodable(field: name, code: "required"))
        }
        for name in endpoint.enumFields {
            for unknown: JSONValue in ["galaxy", "", "STATE", "state "] {
                try expectRefused(
                    "\(name) = \(unknown.text)", "POST", endpoint.path,
                    body: Data(valid.setting(name, to: unknown).text.utf8),
                    table: endpoint.table, .undecodable(field: name, code: "invalid"))
            }
        }
    }

    /// Strings over their limit: 422 naming the member, whatever rule code the domain gives.
    func oversizedStrings(_ endpoint: CreationEndpoint) throws {
        for (name, length) in endpoint.oversizedStrings.sorted(by: { $0.key < $1.key }) {
            let body = endpoint.validBody(0).setting(name, to: .string(String(repeating: "é", count: length)))
            let before = try DatabaseSnapshot(server.database, table: endpoint.table)
            let response = try server.send("POST", endpoint.path, token: token, json: body.text)
            let problem = response.json as? [String: Any]
            let errors = problem?["errors"] as? [[String: Any]] ?? []
            #expect(response.status == 422, "\(name) × \(length): \(response.status) \(response.text.prefix(300))")
            #expect((problem?["type"] as? String)?.hasPrefix(Self.problemBase) == true)
            #expect(errors.contains { $0["field"] as? String == name }, "\(name): \(response.text.prefix(300))")
            #expect(try DatabaseSnapshot(server.database, table: endpoint.table) == before)
        }
    }

    /// SQL and script injection in every free-text member: stored and returned verbatim, or
    /// refused with a 422 and no change; never executed, never rendered as HTML.
    func injections(_ endpoint: CreationEndpoint) throws {
        var n = 1
        for name in endpoint.oversizedStrings.keys.sorted() {
            for injection in Self.injections {
                n += 1
                let body = endpoint.validBody(n).setting(name, to: .string(injection))
                let creator = try self.creator(of: endpoint)
                let before = try DatabaseSnapshot(server.database, table: endpoint.table)
                let response = try server.send("POST", endpoint.path, token: creator, json: body.text)
                let after = try DatabaseSnapshot(server.database, table: endpoint.table)
                #expect(after.schema == before.schema, "\(name) = \(injection) changed the schema")
                switch response.status {
                case 201:
                    #expect(response.headers["content-type"] == "application/json")
                    #expect((response.json as? [String: Any])?[name] as? String == injection, "\(response.text)")
                    let stored = try server.send("GET", response.headers["location"] ?? "/", token: creator)
                    #expect((stored.json as? [String: Any])?[name] as? String == injection, "read back: \(stored.text)")
                    #expect(after.rowCount == before.rowCount + 1)
                    #expect(after.auditCount == before.auditCount + 1)
                case 422:
                    #expect(after == before, "\(name) = \(injection) was refused but changed the database")
                default:
                    Issue.record("\(name) = \(injection): \(response.status) \(response.text.prefix(300))")
                }
            }
        }
    }

    /// `Idempotency-Key`: a replay answers the first response and creates nothing; the key with
    /// another content is a 409; an invalid key a 422; a refused request does not use up its key.
    func idempotency(_ endpoint: CreationEndpoint) throws {
        let key = "battery-\(UUID().uuidString)"
        let creator = try self.creator(of: endpoint)
        let first = try expectCreated(
            endpoint, endpoint.validBody(1), headers: ["Idempotency-Key": key],
            token: creator)
        let afterFirst = try DatabaseSnapshot(server.database, table: endpoint.table)
        let replay = try server.send(
            "POST", endpoint.path, token: creator, headers: ["Idempotency-Key": key],
            json: endpoint.validBody(1).text)
        #expect(replay.status == first.status)
        #expect(replay.body == first.body)
        #expect(replay.headers["location"] == first.headers["location"])
        #expect(replay.headers["etag"] == first.headers["etag"])
        #expect(try DatabaseSnapshot(server.database, table: endpoint.table) == afterFirst, "a replay created again")

        try expectRefused(
            "the key with another content", "POST", endpoint.path,
            body: Data(endpoint.validBody(2).text.utf8), headers: ["Idempotency-Key": key],
            token: creator, table: endpoint.table,
            .rule(409, "idempotency-key-reused", field: "Idempotency-Key"))
        for invalid in [String(repeating: "k", count: 256), "two words", "clé"] {
            try expectRefused(
                "Idempotency-Key \(invalid.prefix(20).debugDescription)", "POST", endpoint.path,
                body: Data(endpoint.validBody(3).text.utf8), headers: ["Idempotency-Key": invalid],
                token: creator, table: endpoint.table,
                .rule(422, "idempotency-key-invalid", field: "Idempotency-Key"))
        }
        let retried = "battery-\(UUID().uuidString)"
        let retrier = try self.creator(of: endpoint)
        let (field, length) = endpoint.oversizedStrings.sorted(by: { $0.key < $1.key })[0]
        let tooLong = endpoint.validBody(4).setting(field, to: .string(String(repeating: "x", count: length)))
        let refused = try server.send(
            "POST", endpoint.path, token: retrier, headers: ["Idempotency-Key": retried],
            json: tooLong.text)
        #expect(refused.status == 422)
        try expectCreated(endpoint, endpoint.validBody(4), headers: ["Idempotency-Key": retried], token: retrier)
    }

    /// The token of who sends a request that may create: a new user when the endpoint needs one
    /// (made before any snapshot, as it writes), else the battery's.
    private func creator(of endpoint: CreationEndpoint) throws -> String {
        try endpoint.newCreator?() ?? token
    }

    /// `If-Match` on a change: missing 428, malformed 400, stale 412, each changing nothing; the
    /// current ETag succeeds and returns a new one.
    func ifMatch(_ endpoint: ChangeEndpoint) throws {
        let body = Data(endpoint.body.text.utf8)
        try expectRefused(
            "no If-Match", endpoint.method, endpoint.path, body: body, table: endpoint.table,
            .rule(428, "if-match-required"))
        for malformed in ["3", #"W/"3""#, #""three""#, "*"] {
            try expectRefused(
                "If-Match \(malformed)", endpoint.method, endpoint.path, body: body,
                headers: ["If-Match": malformed], table: endpoint.table, .rule(400, "if-match-malformed"))
        }
        try expectRefused(
            "a stale If-Match", endpoint.method, endpoint.path, body: body, headers: ["If-Match": #""0""#],
            table: endpoint.table, .rule(412, "stale-revision"))
        let current = try server.send("GET", endpoint.path, token: token)
        let etag = try #require(current.headers["etag"], "\(endpoint.path) has no ETag")
        let changed = try server.send(
            endpoint.method, endpoint.path, token: token, headers: ["If-Match": etag],
            json: endpoint.body.text)
        #expect((200...299).contains(changed.status), "\(changed.text)")
        #expect(changed.headers["etag"] != nil && changed.headers["etag"] != etag, "a change returns its new ETag")
    }
}
