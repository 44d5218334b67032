import Domain
import Foundation
import Persistence
import TestSupport
import Workflows

/// A world for the engagement use cases on a fresh database, at 2026-03-10T09:00:00Z: a ministry
/// MININT and its directorate DNUM employing two talents, a beneficiary ministry MC whose owner
/// published a mission (window March to August 2026), the talents' line manager, a referent of
/// DNUM and one of MININT, the operator, an outsider, and one accepted application per talent.
struct EngagementWorld {
    static let now = Instant(utc: date("2026-03-10"), hour: 9)
    static let dates = DateWindow(start: date("2026-03-02"), end: date("2026-06-30"))

    let database: DatabasePool
    let clock: FixedClock
    let workflows: Workflows
    let users: [String: User]
    let applications: [ApplicationID]

    /// Runs `body` with a fresh world in a temporary directory, removed afterwards.
    static func with<T>(_ body: (EngagementWorld) throws -> T) throws -> T {
        try withTemporaryDatabase("EngagementWorld") { database, _ in
            let clock = FixedClock(now)
            let (users, applications) = try database.write { try make(in: $0) }
            return try body(
                EngagementWorld(
                    database: database, clock: clock,
                    workflows: Workflows(database: database, clock: clock), users: users,
                    applications: applications))
        }
    }

    /// The caller standing for user `name`.
    func caller(_ name: String) -> Caller {
        guard let user = users[name] else { preconditionFailure("no user \(name)") }
        return .user(user)
    }

    /// The agreement of talent `index`, signed by its three parties.
    func signedAgreement(_ index: Int = 0, hoursBudget: Int = 10) throws -> AgreementView {
        var view = try workflows.createAgreement(
            from: applications[index], terms: Self.terms(hoursBudget: hoursBudget),
            by: caller("owner"))
        for party in ["talent\(index)", "manager", "owner"] {
            view = try workflows.signAgreement(view.agreement.id, expectedRevision: view.revision, by: caller(party))
        }
        return view
    }

    /// The number of rows of `table`.
    func count(_ table: String) throws -> Int {
        try database.read { try $0.scalar("SELECT count(*) FROM \(table)", as: Int.self) } ?? 0
    }

    /// The actions of the audit trail about `subjectType`, oldest first.
    func actions(_ subjectType: String) throws -> [String] {
        try database.read {
            try $0.query("SELECT action FROM audit_events WHERE subject_type = ? ORDER BY id", subjectType) {
                try $0.string(0)
            }
        }
    }

    static func terms(hoursBudget: Int = 10) -> AgreementTerms {
        AgreementTerms(
            objectives: "Fiabiliser l'API.", deliverables: "Rapport.", hoursBudget: hoursBudget,
            dates: dates, workMode: .remote, conditions: "")
    }

    static func date(_ text: String) -> LocalDate {
        try! LocalDate(parsing: text)
    }

    private static func make(in connection: Connection) throws -> ([String: User], [ApplicationID]) {
        let administrations = AdministrationStore(connection)
        func administration(
            _ acronym: String, _ level: AdministrationLevel,
            _ parent: Administration? = nil
        ) throws -> Administration {
            try administrations.insert(
                NewAdministration(
                    name: "Administration \(acronym)", acronym: acronym,
                    level: level, parentID: parent?.id),
                by: .commandLine, at: now)
        }
        let ministry = try administration("MININT", .ministry)
        let directorate = try administration("DNUM", .directorate, ministry)
        let beneficiary = try administration("MC", .ministry)
        func user(_ name: String, _ roles: Set<Role>, _ administration: Administration) throws -> User {
            try UserStore(connection).insert(
                NewUser(
                    displayName: name, email: try EmailAddress("\(name)@gouv.fr"),
                    roles: roles, administrationID: administration.id),
                by: .commandLine, at: now)
        }
        var users = [
            "owner": try user("owner", [.missionOwner], beneficiary),
            "otherOwner": try user("otherOwner", [.missionOwner], beneficiary),
            "manager": try user("manager", [.lineManager], directorate),
            "referent": try user("referent", [.referent], directorate),
            "ministryReferent": try user("ministryReferent", [.referent], ministry),
            "strangerReferent": try user("strangerReferent", [.referent], beneficiary),
            "operator": try user("operator", [.operator], beneficiary),
            "outsider": try user("outsider", [.talent], directorate)
        ]
        let missions = MissionStore(connection)
        var mission = try missions.insert(
            administrationID: beneficiary.id, ownerID: users["owner"]!.id,
            details: MissionDetails(
                title: "API", description: "Revue de l'API.", nature: .support,
                requiredSkills: [SkillRequirement("arch-api", minimumLevel: .mastery)],
                effortHours: 35,
                window: DateWindow(
                    start: date("2026-03-01"),
                    end: date("2026-08-31")),
                departement: nil, remote: true, talentsSought: 2,
                applicationDeadline: date("2026-03-31"), crisis: false),
            by: .commandLine, at: now)
        try mission.submit(at: now)
        try mission.publish(today: now.utcDate, at: now)
        try missions.update(mission, action: "mission.published", by: .commandLine, at: now)
        var applications: [ApplicationID] = []
        for index in 0..<2 {
            let talentUser = try user("talent\(index)", [.talent], directorate)
            users["talent\(index)"] = talentUser
            var talent = try TalentStore(connection).insert(
                userID: talentUser.id,
                profile: TalentProfile(
                    employerID: directorate.id, status: .civilServant,
                    lineManager: LineManager(name: "Manager", email: users["manager"]!.email),
                    departement: try Departement("69"), skills: [TalentSkill("arch-api", .expert)],
                    availability: Availability(hoursPerMonth: 10)),
                by: .commandLine, at: now)
            try talent.confirmEmployment(by: users["referent"]!.id, at: now)
            try TalentStore(connection).update(
                talent, action: "talent.employment-confirmed",
                by: .user(users["referent"]!.id), at: now)
            let store = ApplicationStore(connection)
            var application = try store.submit(
                missionID: mission.id, talentID: talent.id, motivation: "Motivé.",
                by: .user(talentUser.id), at: now)
            try application.accept(at: now)
            try store.update(application, action: "application.accepted", by: .user(mission.ownerID), at: now)
            applications.append(application.id)
        }
        return (users, applications)
    }
}
