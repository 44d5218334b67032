import Domain
import Foundation
import Persistence
import TestSupport
import Workflows

/// A small world for the talent, pool and invitation use cases, written through the stores on
/// a fresh database: a ministry, the operator, two mission owners, two talents with profiles
/// (outside the pool), a user without a profile, and missions of the first owner (one published,
/// one draft) and of the second (published).
struct TalentWorld {
    /// 2026-03-02T09:00:00Z; the missions' deadline is 2026-03-31.
    static let now = Instant(utc: date("2026-03-02"), hour: 9)

    let database: DatabasePool
    let clock: FixedClock
    let workflows: Workflows
    let ministry: Administration
    let operatorUser: User
    let owner: User
    let otherOwner: User
    let camille: User
    let dominique: User
    /// A talent who has not written a profile yet.
    let newcomer: User
    let camilleTalent: Talent
    let dominiqueTalent: Talent
    let published: Mission
    let draft: Mission
    let othersPublished: Mission

    /// Runs `body` with a fresh world in a temporary directory, removed afterwards.
    static func with<T>(_ body: (TalentWorld) throws -> T) throws -> T {
        try withTemporaryDatabase("TalentWorld") { database, _ in
            try body(try database.write { try make(database: database, in: $0) })
        }
    }

    private static func make(database: DatabasePool, in connection: Connection) throws -> TalentWorld {
        let ministry = try AdministrationStore(connection).insert(
            NewAdministration(name: "Ministère de l'Intérieur", acronym: "MININT", level: .ministry, parentID: nil),
            by: .commandLine, at: now)
        func user(_ name: String, _ email: String, _ roles: Set<Role>) throws -> User {
            try UserStore(connection).insert(
                NewUser(
                    displayName: name, email: try EmailAddress(email), roles: roles,
                    administrationID: ministry.id), by: .commandLine, at: now)
        }
        let camille = try user("Camille Martin", "camille.martin@interieur.gouv.fr", [.talent])
        let dominique = try user("Dominique Petit", "dominique.petit@interieur.gouv.fr", [.talent])
        let talents = TalentStore(connection)
        let owner = try user("Alex Bernard", "alex.bernard@interieur.gouv.fr", [.missionOwner])
        let otherOwner = try user("Sacha Roux", "sacha.roux@interieur.gouv.fr", [.missionOwner])
        func mission(of owner: User, published: Bool) throws -> Mission {
            let store = MissionStore(connection)
            var mission = try store.insert(
                administrationID: ministry.id, ownerID: owner.id, details: missionDetails(),
                by: .commandLine, at: now)
            guard published else { return mission }
            try mission.submit(at: now)
            try mission.publish(today: now.utcDate, at: now)
            try store.update(mission, action: "mission.published", by: .commandLine, at: now)
            return mission
        }
        let clock = FixedClock(now)
        return TalentWorld(
            database: database, clock: clock, workflows: Workflows(database: database, clock: clock),
            ministry: ministry,
            operatorUser: try user("Opératrice", "operatrice@numerique.gouv.fr", [.operator]),
            owner: owner, otherOwner: otherOwner, camille: camille, dominique: dominique,
            newcomer: try user("Noa Girard", "noa.girard@interieur.gouv.fr", [.talent]),
            camilleTalent: try talents.insert(
                userID: camille.id, profile: .make(employerID: ministry.id),
                by: .commandLine, at: now),
            dominiqueTalent: try talents.insert(
                userID: dominique.id,
                profile: .make(
                    employerID: ministry.id, departement: "69",
                    skills: [TalentSkill("sec-audit", .practice)]),
                by: .commandLine, at: now),
            published: try mission(of: owner, published: true), draft: try mission(of: owner, published: false),
            othersPublished: try mission(of: otherOwner, published: true))
    }

    /// Puts `talent` in the pool as its owner would.
    func join(_ talent: Talent) throws {
        let revision = try revision(of: talent.id)
        guard let user = try database.read({ try UserStore($0).find(talent.userID) }) else { return }
        _ = try workflows.joinPool(talent.id, consent: true, expectedRevision: revision, by: .user(user))
    }

    /// The stored revision of talent `id`.
    func revision(of id: TalentID) throws -> Int {
        try database.read { try TalentStore($0).findVersioned(id)?.revision } ?? 0
    }

    /// The stored talent `id`.
    func talent(_ id: TalentID) throws -> Talent? {
        try database.read { try TalentStore($0).find(id) }
    }

    /// How many audit events of `action` were recorded.
    func auditCount(_ action: String) throws -> Int {
        try database.read { try AuditLog($0).count(action: action) }
    }

    /// The number of rows of `table`.
    func count(_ table: String) throws -> Int {
        try database.read { try $0.scalar("SELECT count(*) FROM \(table)", as: Int.self) } ?? 0
    }

    /// A date literal; a malformed literal is a mistake in the test and traps.
    static func date(_ text: String) -> LocalDate {
        try! LocalDate(parsing: text)
    }

    private static func missionDetails() -> MissionDetails {
        MissionDetails(
            title: "Fiabiliser l'API de prise de rendez-vous",
            description: "Revue d'architecture et plan de tests pour l'API des préfectures.",
            nature: .support, requiredSkills: [SkillRequirement("arch-api", minimumLevel: .mastery)],
            effortHours: 35, window: DateWindow(start: date("2026-04-01"), end: date("2026-09-30")),
            departement: try! Departement("69"), remote: true, talentsSought: 2,
            applicationDeadline: date("2026-03-31"), crisis: false)
    }
}

extension TalentProfile {
    /// A valid profile: three skills, in Corse-du-Sud, available March to December 2026.
    static func make(
        employerID: AdministrationID, status: EmploymentStatus = .civilServant,
        lineManagerEmail: String = "dominique.leroy@interieur.gouv.fr", departement: String = "2A",
        skills: [TalentSkill] = [
            TalentSkill("data-ai", .expert), TalentSkill("arch-api", .notions),
            TalentSkill("dev-backend", .mastery)
        ],
        availability: Availability = Availability(
            hoursPerMonth: 12, from: TalentWorld.date("2026-03-01"),
            until: TalentWorld.date("2026-12-31")),
        presentation: String = "Développeuse back-end, dix ans d'expérience."
    ) -> TalentProfile {
        TalentProfile(
            employerID: employerID, status: status,
            lineManager: LineManager(name: "Dominique Leroy", email: try! EmailAddress(lineManagerEmail)),
            departement: try! Departement(departement), skills: skills, availability: availability,
            presentation: presentation)
    }
}
