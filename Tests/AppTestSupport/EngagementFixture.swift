import Domain
import Foundation
import Persistence
import TestSupport
import Workflows

/// A database prepared through the use cases at a fixed time — a ministry and its directorate
/// DNUM employing the talents, a beneficiary ministry whose owner published a mission, a line
/// manager, a referent of DNUM, the operator, an outsider, and one accepted application per
/// talent — then the real `talents-api` serving it with its clock file at the same instant.
// Immutable once built, and each request opens its own connection: safe to share between threads.
final class EngagementFixture: @unchecked Sendable {
    /// The instant of the fixture and of the server: 2026-03-10T09:00:00Z.
    static let now = Instant(utc: date("2026-03-10"), hour: 9)
    /// The mission's window.
    static let missionWindow = DateWindow(start: date("2026-03-01"), end: date("2026-08-31"))

    let directory: TemporaryDirectory
    let database: String
    let server: APIServerProcess
    /// Bearer tokens by name: `owner`, `manager`, `referent`, `operator`, `outsider`, `talent0`…;
    /// `strangerManager` and `strangerReferent` of the beneficiary ministry, `managerTalent` (both
    /// roles, in DNUM).
    let tokens: [String: String]
    /// The accepted application of each talent, in order (none when the fixture leaves applying to the test).
    let applications: [Int]

    /// Prepares `talents` talents; with `applied`, each has an accepted application to the mission.
    init(talents: Int = 1, applied: Bool = true) throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
        do {
            (tokens, applications) = try Self.prepare(database, talents: talents, applied: applied)
            let clockFile = directory.path("clock")
            try Self.now.rfc3339.write(toFile: clockFile, atomically: true, encoding: .utf8)
            server = try APIServerProcess(database: database, environment: ["TALENTS_CLOCK_FILE": clockFile])
        } catch {
            directory.remove()
            throw error
        }
    }

    deinit {
        server.stop()
        directory.remove()
    }

    /// Sends a request as `user` (a name of ``tokens``, nil for nobody).
    func send(
        _ method: String, _ path: String, as user: String?, ifMatch: String? = nil, key: String? = nil,
        json: String? = nil
    ) throws -> HTTPClient.Response {
        var headers: [String: String] = [:]
        if let ifMatch { headers["If-Match"] = ifMatch }
        if let key { headers["Idempotency-Key"] = key }
        return try server.send(method, path, token: user.flatMap { tokens[$0] }, headers: headers, json: json)
    }

    /// Creates the agreement of talent `index`'s application with ``terms(hoursBudget:)``, signs it
    /// by the three parties, and returns its id and ETag.
    func signedAgreement(_ index: Int = 0, hoursBudget: Int = 10) throws -> (id: Int, etag: String) {
        let created = try send(
            "POST", "/v1/applications/\(applications[index])/agreement", as: "owner",
            json: Self.terms(hoursBudget: hoursBudget))
        guard created.status == 201, let id = created.jsonObject["id"] as? Int, var etag = created.headers["etag"]
        else {
            throw DemoFixture.SetupError(reason: "agreement: \(created.status) \(created.text)")
        }
        for party in ["talent\(index)", "manager", "owner"] {
            let signed = try send("POST", "/v1/agreements/\(id)/sign", as: party, ifMatch: etag)
            guard signed.status == 200, let next = signed.headers["etag"] else {
                throw DemoFixture.SetupError(reason: "sign as \(party): \(signed.status) \(signed.text)")
            }
            etag = next
        }
        return (id, etag)
    }

    /// One value read with the system's `sqlite3`.
    func sql(_ query: String) throws -> String {
        try Subprocess.sqlite3(database, query).output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Terms as JSON: objectives, deliverables, `hoursBudget`, `start`…`end`, hybrid.
    static func terms(
        hoursBudget: Int = 10, start: String = "2026-03-02", end: String = "2026-06-30",
        workMode: String = "hybrid"
    ) -> String {
        """
        {"objectives": "Fiabiliser l'API des rendez-vous.", "deliverables": "Rapport d'audit et plan de tests.",
         "hoursBudget": \(hoursBudget), "dates": {"start": "\(start)", "end": "\(end)"}, "workMode": "\(workMode)",
         "conditions": "Deux jours sur site à Lyon."}
        """
    }

    /// A date literal; a malformed literal is a mistake in the test and traps.
    static func date(_ text: String) -> LocalDate {
        try! LocalDate(parsing: text)
    }

    private static func prepare(
        _ database: String, talents count: Int,
        applied: Bool
    ) throws -> (tokens: [String: String], applications: [Int]) {
        var applications: [Int] = []
        let pool = try TalentsDatabase.open(path: database)
        let workflows = Workflows(database: pool, clock: FixedClock(Self.now))
        let now = Self.now
        let users = try pool.write { connection in
            let administrations = AdministrationStore(connection)
            let ministry = try administrations.insert(
                NewAdministration(name: "Ministère de l'Intérieur", acronym: "MININT", level: .ministry, parentID: nil),
                by: .commandLine, at: now)
            let directorate = try administrations.insert(
                NewAdministration(
                    name: "Direction du numérique", acronym: "DNUM", level: .directorate,
                    parentID: ministry.id), by: .commandLine, at: now)
            let beneficiary = try administrations.insert(
                NewAdministration(name: "Ministère de la Culture", acronym: "MC", level: .ministry, parentID: nil),
                by: .commandLine, at: now)
            func user(_ name: String, _ roles: Set<Role>, _ administration: Administration) throws -> User {
                try UserStore(connection).insert(
                    NewUser(
                        displayName: name, email: try EmailAddress("\(name)@example.gouv.fr"), roles: roles,
                        administrationID: administration.id), by: .commandLine, at: now)
            }
            var users: [String: User] = [
                "owner": try user("owner", [.missionOwner], beneficiary),
                "manager": try user("manager", [.lineManager], directorate),
                "referent": try user("referent", [.referent], directorate),
                "operator": try user("operator", [.operator], beneficiary),
                "outsider": try user("outsider", [.talent], directorate)
            ]
            let missions = MissionStore(connection)
            var mission = try missions.insert(
                administrationID: beneficiary.id, ownerID: users["owner"]!.id,
                details: missionDetails(), by: .commandLine, at: now)
            try mission.submit(at: now)
            try mission.publish(today: now.utcDate, at: now)
            try missions.update(mission, action: "mission.published", by: .commandLine, at: now)
            for index in 0..<count {
                let talentUser = try user("talent\(index)", [.talent], directorate)
                users["talent\(index)"] = talentUser
                let profile = TalentProfile(
                    employerID: directorate.id, status: .civilServant,
                    lineManager: LineManager(name: "Manager", email: users["manager"]!.email),
                    departement: try Departement("69"), skills: [TalentSkill("arch-api", .mastery)],
                    availability: Availability(hoursPerMonth: 12, from: nil, until: nil))
                var talent = try TalentStore(connection).insert(
                    userID: talentUser.id, profile: profile,
                    by: .commandLine, at: now)
                // The referent of DNUM attests the employment, which agreements need.
                try talent.confirmEmployment(by: users["referent"]!.id, at: now)
                try TalentStore(connection).update(
                    talent, action: "talent.employment-confirmed",
                    by: .user(users["referent"]!.id), at: now)
                guard applied else { continue }
                let store = ApplicationStore(connection)
                var application = try store.submit(
                    missionID: mission.id, talentID: talent.id,
                    motivation: "Je connais bien ces API.", by: .user(talentUser.id),
                    at: now)
                try application.accept(at: now)
                try store.update(application, action: "application.accepted", by: .user(mission.ownerID), at: now)
                applications.append(Int(application.id.rawValue))
            }
            // People of the beneficiary ministry, for the attacks on the parties.
            users["strangerManager"] = try user("strangerManager", [.lineManager], beneficiary)
            users["strangerReferent"] = try user("strangerReferent", [.referent], beneficiary)
            users["managerTalent"] = try user("managerTalent", [.talent, .lineManager], directorate)
            return users
        }
        let tokens = try users.mapValues {
            try workflows.issueToken(for: $0.id, label: "tests", days: 90, by: .commandLine).token
        }
        return (tokens, applications)
    }

    private static func missionDetails() -> MissionDetails {
        MissionDetails(
            title: "Fiabiliser l'API de prise de rendez-vous",
            description: "Revue d'architecture et plan de tests pour l'API des préfectures.",
            nature: .support, requiredSkills: [SkillRequirement("arch-api", minimumLevel: .mastery)],
            effortHours: 35, window: missionWindow, departement: try! Departement("69"), remote: true,
            talentsSought: 20, applicationDeadline: date("2026-03-31"), crisis: false)
    }
}

extension HTTPClient.Response {
    /// The content as a JSON object (empty when it is not one).
    var jsonObject: [String: Any] {
        json as? [String: Any] ?? [:]
    }
}
