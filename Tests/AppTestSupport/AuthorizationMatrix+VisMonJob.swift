import Foundation
import Synchronization

extension AuthorizationMatrix {
    /// *Vis mon job*, run through a whole edition in row order: an open edition, the talent
    /// persona as ambassador, students registering (public) and reading their registration with
    /// their own token, coaching, then the operator's transitions, the published pair read and
    /// changed by both sides. The demo data has no edition: the first row that needs one
    /// creates it as the operator, with dates around today (the server runs on the real clock).
    ///
    /// The rules: editions are public, their changes the operator's; an ambassador and their
    /// pairs are theirs and the operator's (404 for others; 403 for the operator where only a
    /// side may act); a student's routes take only a student's token, so every user's token
    /// is a 401 there — the anonymous column carries the student's token.
    static let visMonJobRows: [AccessRow] = [
        //                                                          none  talent owner  manager referent operator
        // MARK: Editions and ambassadors (registrations open)
        .row("GET", "/v1/vmj/editions", expect: [200, 200, 200, 200, 200, 200]),
        .row(
            "GET", "/v1/vmj/editions", path: "/v1/vmj/editions?selection=current",
            expect: [200, 200, 200, 200, 200, 200]),
        .row(
            "GET", "/v1/vmj/editions", path: "/v1/vmj/editions?selection=latest",
            expect: [422, 422, 422, 422, 422, 422]),
        .row("GET", "/v1/vmj/editions/{id}", expect: [200, 200, 200, 200, 200, 200]) { fixture, _ in
            .init(path: "/v1/vmj/editions/\(try VMJRecords.edition(fixture))")
        },
        .row(
            "GET", "/v1/vmj/editions/{id}", path: "/v1/vmj/editions/999999",
            expect: [404, 404, 404, 404, 404, 404]),
        .row(
            "POST", "/v1/vmj/editions", json: VMJRecords.newEdition(name: "Vis mon job, autre édition"),
            expect: [401, 403, 403, 403, 403, 201]),
        .row("POST", "/v1/vmj/editions/{id}/ambassadors", expect: [401, 201, 403, 403, 403, 403]) { fixture, _ in
            .init(path: "/v1/vmj/editions/\(try VMJRecords.edition(fixture))/ambassadors", json: VMJRecords.ambassador)
        },
        .row("GET", "/v1/vmj/editions/{id}/ambassadors", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/vmj/editions/\(try VMJRecords.edition(fixture))/ambassadors")
        },
        .row("GET", "/v1/vmj/ambassadors/{id}", expect: [401, 200, 404, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/vmj/ambassadors/\(try VMJRecords.ambassador(fixture))")
        },
        .row(
            "GET", "/v1/vmj/ambassadors/{id}", path: "/v1/vmj/ambassadors/999999",
            expect: [401, 404, 404, 404, 404, 404]),

        // MARK: Students (public registration, then their own token)
        .row("POST", "/v1/vmj/editions/{id}/students", expect: [201, 201, 201, 201, 201, 201]) { fixture, persona in
            .init(
                path: "/v1/vmj/editions/\(try VMJRecords.edition(fixture))/students",
                json: VMJRecords.registration(email: "etudiant.\(persona)@etu.example.fr"))
        },
        .row("GET", "/v1/vmj/students/me", expect: [200, 401, 401, 401, 401, 401]) { fixture, _ in
            try VMJRecords.asStudent(fixture, "/v1/vmj/students/me")
        },
        .row("PUT", "/v1/vmj/students/me", expect: [200, 401, 401, 401, 401, 401]) { fixture, _ in
            try VMJRecords.asStudent(
                fixture, "/v1/vmj/students/me", ifMatch: 1,
                json: VMJRecords.registration(email: "autre.\(UUID().uuidString)@etu.example.fr"))
        },
        .row("DELETE", "/v1/vmj/students/me", expect: [204, 401, 401, 401, 401, 401]) { fixture, _ in
            try VMJRecords.asStudent(fixture, "/v1/vmj/students/me", ifMatch: 1)
        },
        // Before publication, no student has a pair.
        .row("GET", "/v1/vmj/students/me/pair", expect: [404, 401, 401, 401, 401, 401]) { fixture, _ in
            try VMJRecords.asStudent(fixture, "/v1/vmj/students/me/pair")
        },

        // MARK: Coaching
        .row("POST", "/v1/vmj/editions/{id}/coaching-slots", expect: [401, 403, 403, 403, 403, 201]) { fixture, _ in
            .init(
                path: "/v1/vmj/editions/\(try VMJRecords.edition(fixture))/coaching-slots",
                json: #"{"startsAt":"\#(VMJRecords.day(5))T10:00:00Z","capacity":1}"#)
        },
        .row("GET", "/v1/vmj/editions/{id}/coaching-slots", expect: [401, 200, 200, 200, 200, 200]) { fixture, _ in
            .init(path: "/v1/vmj/editions/\(try VMJRecords.edition(fixture))/coaching-slots")
        },
        // Only an ambassador of the edition books; the slot then is full.
        .row("POST", "/v1/vmj/coaching-slots/{id}/bookings", expect: [401, 201, 403, 403, 403, 403]) { fixture, _ in
            .init(path: "/v1/vmj/coaching-slots/\(try VMJRecords.slot(fixture))/bookings")
        },
        .row(
            "POST", "/v1/vmj/coaching-slots/{id}/bookings", path: "/v1/vmj/coaching-slots/999999/bookings",
            expect: [401, 404, 404, 404, 404, 404]),

        // MARK: The operator's pairing
        .row(
            "POST", "/v1/vmj/editions/{id}/registration-closure",
            expect: [401, 403, 403, 403, 403, 200]
        ) { fixture, _ in
            try VMJRecords.editionChange(fixture, "registration-closure")
        },
        .row("POST", "/v1/vmj/editions/{id}/pairing", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            try VMJRecords.editionChange(fixture, "pairing")
        },
        .row("GET", "/v1/vmj/editions/{id}/pairing", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            .init(path: "/v1/vmj/editions/\(try VMJRecords.edition(fixture))/pairing")
        },
        // The paired student stays with the ambassador: an adjustment that keeps the capacity.
        .row(
            "POST", "/v1/vmj/editions/{id}/pairing/adjustments",
            expect: [401, 403, 403, 403, 403, 200]
        ) { fixture, _ in
            var probe = try VMJRecords.editionChange(fixture, "pairing/adjustments")
            probe.json =
                #"{"studentID":\#(try VMJRecords.pairedStudent(fixture)),"ambassadorID":\#(try VMJRecords.ambassador(fixture))}"#
            return probe
        },
        .row("POST", "/v1/vmj/editions/{id}/publication", expect: [401, 403, 403, 403, 403, 200]) { fixture, _ in
            try VMJRecords.editionChange(fixture, "publication")
        },
        // The event day is a month away.
        .row("POST", "/v1/vmj/editions/{id}/completion", expect: [401, 403, 403, 403, 403, 409]) { fixture, _ in
            try VMJRecords.editionChange(fixture, "completion")
        },

        // MARK: The published pair
        .row("GET", "/v1/vmj/ambassadors/{id}/pairs", expect: [401, 200, 404, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/vmj/ambassadors/\(try VMJRecords.ambassador(fixture))/pairs")
        },
        .row("GET", "/v1/vmj/pairs/{id}", expect: [401, 200, 404, 404, 404, 200]) { fixture, _ in
            .init(path: "/v1/vmj/pairs/\(try VMJRecords.pair(fixture))")
        },
        .row(
            "GET", "/v1/vmj/pairs/{id}", path: "/v1/vmj/pairs/999999",
            expect: [401, 404, 404, 404, 404, 404]),
        .row("POST", "/v1/vmj/pairs/{id}/date-proposal", expect: [401, 200, 404, 404, 404, 403]) { fixture, _ in
            try VMJRecords.pairChange(fixture, "date-proposal", json: #"{"date":"\#(VMJRecords.day(31))"}"#)
        },
        // Accepting one's own proposal is the other side's to do.
        .row("POST", "/v1/vmj/pairs/{id}/date-acceptance", expect: [401, 409, 404, 404, 404, 403]) { fixture, _ in
            try VMJRecords.pairChange(fixture, "date-acceptance")
        },
        .row("GET", "/v1/vmj/students/me/pair", expect: [200, 401, 401, 401, 401, 401]) { fixture, _ in
            try VMJRecords.asPairedStudent(fixture, "/v1/vmj/students/me/pair")
        },
        .row(
            "POST", "/v1/vmj/students/me/pair/date-acceptance",
            expect: [200, 401, 401, 401, 401, 401]
        ) { fixture, _ in
            try VMJRecords.asPairedStudent(fixture, "/v1/vmj/students/me/pair/date-acceptance", ifMatch: true)
        },
        .row(
            "POST", "/v1/vmj/students/me/pair/date-proposal",
            expect: [200, 401, 401, 401, 401, 401]
        ) { fixture, _ in
            try VMJRecords.asPairedStudent(
                fixture, "/v1/vmj/students/me/pair/date-proposal", ifMatch: true,
                json: #"{"date":"\#(VMJRecords.day(32))"}"#)
        },
        // Feedback and completion wait for the day.
        .row("POST", "/v1/vmj/students/me/pair/feedback", expect: [409, 401, 401, 401, 401, 401]) { fixture, _ in
            try VMJRecords.asPairedStudent(fixture, "/v1/vmj/students/me/pair/feedback", json: #"{"rating":5}"#)
        },
        .row("POST", "/v1/vmj/pairs/{id}/feedback", expect: [401, 409, 404, 404, 404, 403]) { fixture, _ in
            .init(
                path: "/v1/vmj/pairs/\(try VMJRecords.pair(fixture))/feedback", json: #"{"rating":4,"comment":"Bien."}"#
            )
        },
        .row("POST", "/v1/vmj/pairs/{id}/done", expect: [401, 403, 404, 404, 404, 409]) { fixture, _ in
            try VMJRecords.pairChange(fixture, "done")
        }
    ]
}

/// The records the Vis mon job rows act on, created through the API as the operator when
/// missing, and the students' tokens as the registrations returned them.
private enum VMJRecords {
    /// The name of the edition the rows share.
    static let name = "Vis mon job, édition de la matrice"

    /// Student id → access token, filled by ``register(_:email:)``.
    static let tokens = Mutex<[Int: String]>([:])

    /// Today plus `days`, UTC, as `YYYY-MM-DD`.
    static func day(_ days: Int) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: Date().addingTimeInterval(Double(days) * 86_400))
    }

    /// An edition open from yesterday to in ten days, its day in thirty.
    static func newEdition(name: String) -> String {
        #"{"name":"\#(name)","eventDay":"\#(day(30))","registrationOpens":"\#(day(-1))","registrationCloses":"\#(day(10))"}"#
    }

    static let ambassador = """
        {"jobFamily":"developer","departement":"75","city":"Paris","capacity":1,\
        "description":"Une journée avec l'équipe produit d'un service numérique."}
        """

    static func registration(email: String) -> String {
        #"{"school":"Université Paris Cité","level":"bac+3","wishes":["developer","analyst"],"departements":["75"],"email":"\#(email)"}"#
    }

    /// The shared edition, created as the operator the first time with its first student.
    static func edition(_ fixture: DemoFixture) throws -> Int {
        if let id = Int(
            try fixture.sql(
                "SELECT id FROM vmj_editions WHERE name = '\(name.replacingOccurrences(of: "'", with: "''"))'"))
        {
            return id
        }
        let created = try fixture.server.send(
            "POST", "/v1/vmj/editions", token: fixture.token(.operator),
            json: newEdition(name: name))
        guard created.status == 201, let id = (created.json as? [String: Any])?["id"] as? Int else {
            throw DemoFixture.SetupError(reason: "creating the edition: \(created.status) \(created.text)")
        }
        // The first registration, whose token is kept: the pairing favours it (same wishes as
        // every later one, registered first), so it is the paired student of the rows below.
        _ = try register(fixture, email: "premiere.inscrite@etu.example.fr")
        return id
    }

    /// The talent persona's ambassador record.
    static func ambassador(_ fixture: DemoFixture) throws -> Int {
        try id(
            fixture,
            "SELECT id FROM vmj_ambassadors WHERE user_id = \(fixture.member(.talent).id) AND edition_id = \(try edition(fixture))"
        )
    }

    static func slot(_ fixture: DemoFixture) throws -> Int {
        try id(fixture, "SELECT min(id) FROM vmj_coaching_slots WHERE edition_id = \(try edition(fixture))")
    }

    static func pair(_ fixture: DemoFixture) throws -> Int {
        try id(fixture, "SELECT min(id) FROM vmj_pairs WHERE ambassador_id = \(try ambassador(fixture))")
    }

    static func pairedStudent(_ fixture: DemoFixture) throws -> Int {
        try id(fixture, "SELECT student_id FROM vmj_pairs WHERE id = \(try pair(fixture))")
    }

    /// Registers a new student and returns their token.
    static func register(_ fixture: DemoFixture, email: String) throws -> String {
        let response = try fixture.server.send(
            "POST", "/v1/vmj/editions/\(try edition(fixture))/students",
            json: registration(email: email))
        guard response.status == 201, let body = response.json as? [String: Any],
            let token = body["accessToken"] as? String,
            let id = (body["student"] as? [String: Any])?["id"] as? Int
        else {
            throw DemoFixture.SetupError(reason: "registering a student: \(response.status) \(response.text)")
        }
        tokens.withLock { $0[id] = token }
        return token
    }

    /// A fresh student's request: the anonymous column sends their token, the others their own.
    static func asStudent(
        _ fixture: DemoFixture, _ path: String, ifMatch: Int? = nil,
        json: String? = nil
    ) throws -> AccessRow.Probe {
        let token = try register(fixture, email: "etudiant.\(UUID().uuidString)@etu.example.fr")
        var headers = ["Authorization": "Bearer \(token)"]
        if let ifMatch { headers["If-Match"] = #""\#(ifMatch)""# }
        return .init(path: path, json: json, headers: headers)
    }

    /// The paired student's request, with the pair's current revision when asked.
    static func asPairedStudent(
        _ fixture: DemoFixture, _ path: String, ifMatch: Bool = false,
        json: String? = nil
    ) throws -> AccessRow.Probe {
        let student = try pairedStudent(fixture)
        guard let token = tokens.withLock({ $0[student] }) else {
            throw DemoFixture.SetupError(reason: "no token recorded for the paired student \(student)")
        }
        var headers = ["Authorization": "Bearer \(token)"]
        if ifMatch { headers["If-Match"] = #""\#(try revision(fixture, "vmj_pairs", try pair(fixture)))""# }
        return .init(path: path, json: json, headers: headers)
    }

    /// An operator transition of the shared edition, at its current revision.
    static func editionChange(_ fixture: DemoFixture, _ action: String) throws -> AccessRow.Probe {
        let edition = try edition(fixture)
        return .init(
            path: "/v1/vmj/editions/\(edition)/\(action)",
            headers: ["If-Match": #""\#(try revision(fixture, "vmj_editions", edition))""#])
    }

    /// A change of the talent persona's pair, at its current revision.
    static func pairChange(_ fixture: DemoFixture, _ action: String, json: String? = nil) throws -> AccessRow.Probe {
        let pair = try pair(fixture)
        return .init(
            path: "/v1/vmj/pairs/\(pair)/\(action)", json: json,
            headers: ["If-Match": #""\#(try revision(fixture, "vmj_pairs", pair))""#])
    }

    private static func revision(_ fixture: DemoFixture, _ table: String, _ id: Int) throws -> Int {
        try self.id(fixture, "SELECT revision FROM \(table) WHERE id = \(id)")
    }

    private static func id(_ fixture: DemoFixture, _ query: String) throws -> Int {
        let value = try fixture.sql(query)
        guard let id = Int(value) else {
            throw DemoFixture.SetupError(reason: "no record for: \(query) (\(value.debugDescription))")
        }
        return id
    }
}
