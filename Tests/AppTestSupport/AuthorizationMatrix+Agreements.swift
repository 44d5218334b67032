import Foundation

extension AuthorizationMatrix {
    /// Agreements, mission orders and time reports. Each row builds, for each persona, a fresh
    /// engagement of the demo personas brought to the stage it needs: the mission-owner persona
    /// drafts a mission through the API and the operator publishes it, an accepted application of
    /// the talent persona is written with `sqlite3` (the applications API is another area's),
    /// and the talent persona's profile names the line-manager persona and is employed by the
    /// referent persona's administration. Then the API signs, issues and reports as needed.
    ///
    /// The rules: an agreement and its records are read by its three parties, the referents of
    /// the talent's employer and the operator; the owner (or the operator) draws it up and the
    /// owner edits it; each party signs; the line manager refuses; a referent issues the mission
    /// order, which a referent or the operator cancels; the talent reports time, which the owner
    /// validates or rejects; the owner completes; any party or the operator interrupts; the
    /// talent and the owner leave feedback.
    static let agreementRows: [AccessRow] = [
        //                                                          none  talent owner  manager referent operator
        // MARK: Agreements
        // The talent persona owns a mission since the mission rows (issue 22): another owner's
        // application does not exist for them.
        .row("POST", "/v1/applications/{id}/agreement", expect: [401, 404, 201, 403, 403, 201]) { fixture, persona in
            let application = persona == .anonymous ? 1 : try EngagementRecords.acceptedApplication(fixture)
            return .init(path: "/v1/applications/\(application)/agreement", json: EngagementRecords.terms)
        },
        .row("GET", "/v1/agreements", expect: [401, 200, 200, 200, 200, 200]),
        .row("GET", "/v1/agreements/{id}", expect: [401, 200, 200, 200, 200, 200]) { fixture, persona in
            try EngagementRecords.probe(fixture, persona, .awaiting, "")
        },
        .row(
            "GET", "/v1/agreements/{id}", path: "/v1/agreements/999999",
            expect: [401, 404, 404, 404, 404, 404]),
        .row("PATCH", "/v1/agreements/{id}", expect: [401, 403, 200, 403, 403, 403]) { fixture, persona in
            try EngagementRecords.probe(fixture, persona, .awaiting, "", json: #"{"hoursBudget": 12}"#)
        },
        // Allowed to the talent, the owner and the operator; the profile still names the same parties (409).
        .row("POST", "/v1/agreements/{id}/refresh-parties", expect: [401, 409, 409, 403, 403, 409]) {
            fixture, persona in
            try EngagementRecords.probe(fixture, persona, .awaiting, "/refresh-parties")
        },
        .row("POST", "/v1/agreements/{id}/sign", expect: [401, 200, 200, 200, 403, 403]) { fixture, persona in
            try EngagementRecords.probe(fixture, persona, .awaiting, "/sign")
        },
        .row("POST", "/v1/agreements/{id}/refuse", expect: [401, 403, 403, 200, 403, 403]) { fixture, persona in
            try EngagementRecords.probe(fixture, persona, .awaiting, "/refuse", json: EngagementRecords.reason)
        },
        .row("POST", "/v1/agreements/{id}/complete", expect: [401, 403, 200, 403, 403, 403]) { fixture, persona in
            try EngagementRecords.probe(fixture, persona, .ordered, "/complete")
        },
        .row("POST", "/v1/agreements/{id}/interrupt", expect: [401, 200, 200, 200, 403, 200]) { fixture, persona in
            try EngagementRecords.probe(fixture, persona, .signed, "/interrupt", json: EngagementRecords.reason)
        },
        .row("POST", "/v1/agreements/{id}/feedback", expect: [401, 201, 201, 403, 403, 403]) { fixture, persona in
            try EngagementRecords.probe(
                fixture, persona, .completed, "/feedback",
                json: #"{"rating": 4, "comment": "Bien."}"#, ifMatch: false)
        },

        // MARK: Mission orders
        .row("POST", "/v1/agreements/{id}/mission-order", expect: [401, 403, 403, 403, 201, 403]) { fixture, persona in
            try EngagementRecords.probe(
                fixture, persona, .signed, "/mission-order", json: EngagementRecords.dates,
                ifMatch: false)
        },
        .row("GET", "/v1/mission-orders/{id}", expect: [401, 200, 200, 200, 200, 200]) { fixture, persona in
            try EngagementRecords.orderProbe(fixture, persona, "")
        },
        .row("POST", "/v1/mission-orders/{id}/cancel", expect: [401, 403, 403, 403, 200, 200]) { fixture, persona in
            try EngagementRecords.orderProbe(fixture, persona, "/cancel", json: EngagementRecords.reason)
        },

        // MARK: Time reports
        .row("POST", "/v1/agreements/{id}/time-reports", expect: [401, 201, 403, 403, 403, 403]) { fixture, persona in
            try EngagementRecords.probe(
                fixture, persona, .ordered, "/time-reports", json: EngagementRecords.report,
                ifMatch: false)
        },
        .row("GET", "/v1/agreements/{id}/time-reports", expect: [401, 200, 200, 200, 200, 200]) { fixture, persona in
            try EngagementRecords.probe(fixture, persona, .ordered, "/time-reports", ifMatch: false)
        },
        .row("GET", "/v1/time-reports/{id}", expect: [401, 200, 200, 200, 200, 200]) { fixture, persona in
            try EngagementRecords.reportProbe(fixture, persona, "")
        },
        .row("POST", "/v1/time-reports/{id}/validate", expect: [401, 403, 200, 403, 403, 403]) { fixture, persona in
            try EngagementRecords.reportProbe(fixture, persona, "/validate")
        },
        .row("POST", "/v1/time-reports/{id}/reject", expect: [401, 403, 200, 403, 403, 403]) { fixture, persona in
            try EngagementRecords.reportProbe(fixture, persona, "/reject", json: EngagementRecords.reason)
        }
    ]
}

/// The engagements the agreement rows act on, built for each persona through the API.
enum EngagementRecords {
    /// How far a fresh engagement goes before the row acts on it.
    enum Stage: Int, Comparable {
        case awaiting, signed, ordered, completed

        static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    static let reason = #"{"reason": "Nécessités de service."}"#
    static let dates = #"{"dates": {"start": "\#(day(-5))", "end": "\#(day(30))"}}"#
    static let terms = """
        {"objectives": "Revue de sécurité.", "deliverables": "Rapport.", "hoursBudget": 10, \
        "dates": {"start": "\(day(-5))", "end": "\(day(30))"}, "workMode": "remote", "conditions": ""}
        """
    static let report = #"{"date": "\#(day(0))", "minutes": 60, "note": "Revue"}"#

    /// A request on a fresh engagement at `stage` (`action` after its path), with its ETag when
    /// `ifMatch`; anonymous callers are refused before any record is read, so they get a dummy.
    static func probe(
        _ fixture: DemoFixture, _ persona: Persona, _ stage: Stage, _ action: String,
        json: String? = nil, ifMatch: Bool = true
    ) throws -> AccessRow.Probe {
        guard persona != .anonymous else { return .init(path: "/v1/agreements/1\(action)", json: json) }
        let (id, etag) = try engagement(fixture, stage)
        return .init(path: "/v1/agreements/\(id)\(action)", json: json, headers: ifMatch ? ["If-Match": etag] : [:])
    }

    /// A request on the mission order in force of a fresh engagement.
    static func orderProbe(
        _ fixture: DemoFixture, _ persona: Persona, _ action: String,
        json: String? = nil
    ) throws -> AccessRow.Probe {
        guard persona != .anonymous else { return .init(path: "/v1/mission-orders/1\(action)", json: json) }
        let (id, _) = try engagement(fixture, .ordered)
        let order = try fixture.sql("SELECT id FROM mission_orders WHERE agreement_id = \(id)")
        return .init(path: "/v1/mission-orders/\(order)\(action)", json: json, headers: ["If-Match": "\"1\""])
    }

    /// A request on a time report awaiting the owner's decision.
    static func reportProbe(
        _ fixture: DemoFixture, _ persona: Persona, _ action: String,
        json: String? = nil
    ) throws -> AccessRow.Probe {
        guard persona != .anonymous else { return .init(path: "/v1/time-reports/1\(action)", json: json) }
        let (id, _) = try engagement(fixture, .ordered)
        let reported = try send(fixture, "POST", "/v1/agreements/\(id)/time-reports", as: .talent, json: report)
        return .init(
            path: "/v1/time-reports/\(try integer(reported, "id"))\(action)", json: json,
            headers: ["If-Match": "\"1\""])
    }

    /// A fresh engagement of the personas at `stage`: its id and current ETag.
    static func engagement(_ fixture: DemoFixture, _ stage: Stage) throws -> (id: Int, etag: String) {
        let created = try send(
            fixture, "POST", "/v1/applications/\(try acceptedApplication(fixture))/agreement",
            as: .missionOwner, json: terms)
        let id = try integer(created, "id")
        var etag = created.headers["etag"] ?? ""
        if stage >= .signed {
            for persona in [Persona.talent, .lineManager, .missionOwner] {
                etag =
                    try send(fixture, "POST", "/v1/agreements/\(id)/sign", as: persona, ifMatch: etag)
                    .headers["etag"] ?? ""
            }
        }
        if stage >= .ordered {
            _ = try send(fixture, "POST", "/v1/agreements/\(id)/mission-order", as: .referent, json: dates)
            etag = try send(fixture, "GET", "/v1/agreements/\(id)", as: .missionOwner).headers["etag"] ?? ""
        }
        if stage >= .completed {
            etag =
                try send(fixture, "POST", "/v1/agreements/\(id)/complete", as: .missionOwner, ifMatch: etag)
                .headers["etag"] ?? ""
        }
        return (id, etag)
    }

    /// A new accepted application of the talent persona to a new mission of the owner persona,
    /// the talent's profile naming the line-manager persona and employed by the referent's administration.
    static func acceptedApplication(_ fixture: DemoFixture) throws -> Int {
        let talent = try fixture.sql("SELECT id FROM talents WHERE user_id = \(fixture.member(.talent).id)")
        guard let referentAdministration = fixture.member(.referent).administrationID, !talent.isEmpty else {
            throw DemoFixture.SetupError(reason: "the talent persona has no profile or the referent no administration")
        }
        // The talent works, confirmed, where the referent persona is referent, under the line manager persona.
        _ = try fixture.sql(
            """
            UPDATE talents SET line_manager_email = '\(fixture.member(.lineManager).email)',
                employer_id = \(referentAdministration), employment_confirmed_employer_id = \(referentAdministration),
                employment_confirmed_at = 0 WHERE id = \(talent);
            UPDATE users SET administration_id = \(referentAdministration) WHERE id = \(fixture.member(.lineManager).id);
            """)
        let created = try send(fixture, "POST", "/v1/missions", as: .missionOwner, json: mission)
        let mission = try integer(created, "id")
        _ = try send(fixture, "POST", "/v1/missions/\(mission)/submit", as: .missionOwner, ifMatch: "\"1\"")
        _ = try send(fixture, "POST", "/v1/missions/\(mission)/publish", as: .operator, ifMatch: "\"2\"")
        let now = "CAST(strftime('%s', 'now') AS INTEGER) * 1000"
        let application = try fixture.sql(
            """
            INSERT INTO applications(mission_id, talent_id, motivation, status, submitted_at, due_at, answered_at,
                updated_at) VALUES (\(mission), \(talent), 'Matrice', 'accepted', \(now), \(now) + 1209600000, \(now),
                \(now));
            SELECT last_insert_rowid();
            """)
        guard let id = Int(application) else { throw DemoFixture.SetupError(reason: "application: \(application)") }
        return id
    }

    /// A published-to-be mission whose window started ten days ago, so time can be reported today.
    private static let mission = """
        {"title":"Mission de la matrice (engagement)","description":"Revue de sécurité d'un téléservice.",\
        "nature":"security-hardening","requiredSkills":[{"code":"sec-audit","minimumLevel":3}],"effortHours":35,\
        "window":{"start":"\(day(-10))","end":"\(day(60))"},"departement":"69","remote":true,"talentsSought":1,\
        "applicationDeadline":"\(day(5))","crisis":false}
        """

    private static func send(
        _ fixture: DemoFixture, _ method: String, _ path: String, as persona: Persona,
        ifMatch: String? = nil, json: String? = nil
    ) throws -> HTTPClient.Response {
        let response = try fixture.server.send(
            method, path, token: fixture.token(persona),
            headers: ifMatch.map { ["If-Match": $0] } ?? [:], json: json)
        guard (200..<300).contains(response.status) else {
            throw DemoFixture.SetupError(reason: "\(method) \(path) as \(persona): \(response.status) \(response.text)")
        }
        return response
    }

    private static func integer(_ response: HTTPClient.Response, _ member: String) throws -> Int {
        guard let value = response.jsonObject[member] as? Int else {
            throw DemoFixture.SetupError(reason: "no \(member) in \(response.text)")
        }
        return value
    }

    /// The date `offset` days from today (UTC), as the server's clock sees it.
    private static func day(_ offset: Int) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.string(from: Date().addingTimeInterval(Double(offset) * 86_400))
    }
}
