import Domain
import Foundation
import Persistence
import TestSupport

/// Fixed values shared by the store tests: the time, the actor, date literals.
enum Fixture {
    /// 2026-03-02T09:00:00Z, the "now" of every store test.
    static let now = Instant(utc: date("2026-03-02"), hour: 9)
    /// The actor of writes whose actor does not matter to the test.
    static let actor = Actor.commandLine

    /// A date literal; a malformed literal is a mistake in the test and traps.
    static func date(_ text: String) -> LocalDate {
        try! LocalDate(parsing: text)
    }

    /// An e-mail literal; a malformed literal is a mistake in the test and traps.
    static func email(_ text: String) -> EmailAddress {
        try! EmailAddress(text)
    }

    /// A département literal; a malformed literal is a mistake in the test and traps.
    static func departement(_ code: String) -> Departement {
        try! Departement(code)
    }
}

/// Thrown by a test inside `write { }` after a store call, to check the rollback.
struct AbortTransaction: Error {}

/// Runs `body` with a Talents database (migrated, taxonomy synchronised) in a fresh temporary
/// directory; the pool is released and the directory removed afterwards.
func withTalentsDatabase<T>(_ body: (DatabasePool, URL) throws -> T) throws -> T {
    try withTemporaryDatabase("PersistenceTests") { pool, directory in try body(pool, directory.url) }
}

/// Runs `body` with a Talents database already holding a ``Seed``.
func withSeededDatabase<T>(_ body: (DatabasePool, Seed) throws -> T) throws -> T {
    try withTalentsDatabase { pool, _ throws in
        let seed = try pool.write { try Seed.make(in: $0) }
        return try body(pool, seed)
    }
}

extension Connection {
    /// The number of rows of `table`.
    func count(_ table: String) throws -> Int {
        try scalar("SELECT count(*) FROM \(table)", as: Int.self) ?? 0
    }

    /// Every audit event, oldest first.
    func auditEvents() throws -> [AuditEvent] {
        try AuditLog(self).recent(limit: Int.max).reversed()
    }
}

extension NewAdministration {
    /// A valid ministry of the State unless told otherwise.
    static func make(
        name: String = "Ministère de l'Intérieur", acronym: String = "MININT",
        level: AdministrationLevel = .ministry, publicService: PublicService = .state,
        parentID: AdministrationID? = nil
    ) -> NewAdministration {
        NewAdministration(
            name: name, acronym: acronym, level: level, publicService: publicService,
            parentID: parentID)
    }
}

extension NewUser {
    /// A valid talent without administration unless told otherwise.
    static func make(
        displayName: String = "Camille Martin", email: String = "camille.martin@interieur.gouv.fr",
        roles: Set<Role> = [.talent], administrationID: AdministrationID? = nil
    ) -> NewUser {
        NewUser(
            displayName: displayName, email: Fixture.email(email), roles: roles,
            administrationID: administrationID)
    }
}

extension TalentProfile {
    /// A valid profile with three skills in non-alphabetical order and a bounded availability.
    static func make(
        employerID: AdministrationID, status: EmploymentStatus = .civilServant,
        lineManager: LineManager = LineManager(
            name: "Dominique Leroy",
            email: Fixture.email("dominique.leroy@interieur.gouv.fr")),
        departement: String = "2A",
        skills: [TalentSkill] = [
            TalentSkill("data-ai", .expert), TalentSkill("arch-api", .notions),
            TalentSkill("dev-backend", .mastery)
        ],
        availability: Availability = Availability(
            hoursPerMonth: 12, from: Fixture.date("2026-03-01"),
            until: Fixture.date("2026-12-31")),
        presentation: String = "Développeuse back-end, dix ans d'expérience. « Données » & IA."
    )
        -> TalentProfile
    {
        TalentProfile(
            employerID: employerID, status: status, lineManager: lineManager,
            departement: Fixture.departement(departement), skills: skills, availability: availability,
            presentation: presentation)
    }
}

extension MissionDetails {
    /// Valid details: on site in Lyon and remote, deadline 2026-03-31, window April to September 2026.
    static func make(
        title: String = "Fiabiliser l'API de prise de rendez-vous",
        description: String = "Revue d'architecture et plan de tests pour l'API des préfectures.",
        nature: MissionNature = .support,
        requiredSkills: [SkillRequirement] = [
            SkillRequirement("dev-testing", minimumLevel: .practice),
            SkillRequirement("arch-api", minimumLevel: .mastery)
        ],
        effortHours: Int = 35,
        window: DateWindow = DateWindow(start: Fixture.date("2026-04-01"), end: Fixture.date("2026-09-30")),
        departement: String? = "69", remote: Bool = true, talentsSought: Int = 2,
        applicationDeadline: LocalDate = Fixture.date("2026-03-31"), crisis: Bool = false
    ) -> MissionDetails {
        MissionDetails(
            title: title, description: description, nature: nature, requiredSkills: requiredSkills,
            effortHours: effortHours, window: window, departement: departement.map(Fixture.departement),
            remote: remote, talentsSought: talentsSought, applicationDeadline: applicationDeadline,
            crisis: crisis)
    }
}

/// A small world written through the stores: a ministry and its directorate, a mission owner,
/// a talent (user and profile) and a published mission of the owner.
struct Seed {
    let ministry: Administration
    let directorate: Administration
    let owner: User
    let talentUser: User
    let talent: Talent
    let mission: Mission

    /// Writes the seed on `connection` (inside a write transaction) at ``Fixture/now``.
    static func make(in connection: Connection) throws -> Seed {
        let now = Fixture.now
        let administrations = AdministrationStore(connection)
        let ministry = try administrations.insert(.make(), by: Fixture.actor, at: now)
        let directorate = try administrations.insert(
            .make(name: "Direction du numérique", acronym: "DNUM", level: .directorate, parentID: ministry.id),
            by: Fixture.actor, at: now)
        let users = UserStore(connection)
        let owner = try users.insert(
            .make(
                displayName: "Alex Bernard", email: "alex.bernard@interieur.gouv.fr",
                roles: [.missionOwner], administrationID: directorate.id),
            by: Fixture.actor, at: now)
        let talentUser = try users.insert(.make(), by: Fixture.actor, at: now)
        let talent = try TalentStore(connection).insert(
            userID: talentUser.id, profile: .make(employerID: ministry.id),
            by: .user(talentUser.id), at: now)
        let missions = MissionStore(connection)
        var mission = try missions.insert(
            administrationID: directorate.id, ownerID: owner.id, details: .make(),
            by: .user(owner.id), at: now)
        try mission.submit(at: now)
        try mission.publish(today: now.utcDate, at: now)
        try missions.update(mission, action: "mission.published", by: .system("seed"), at: now)
        return Seed(
            ministry: ministry, directorate: directorate, owner: owner, talentUser: talentUser,
            talent: talent, mission: mission)
    }

    /// A second talent (user and profile), for tests that need several applicants.
    func addTalent(_ number: Int, in connection: Connection) throws -> Talent {
        let user = try UserStore(connection).insert(
            .make(
                displayName: "Talent \(number)",
                email: "talent\(number)@interieur.gouv.fr"),
            by: Fixture.actor, at: Fixture.now)
        return try TalentStore(connection).insert(
            userID: user.id, profile: .make(employerID: directorate.id),
            by: Fixture.actor, at: Fixture.now)
    }
}
