import Domain
import Foundation
import Persistence
import TestSupport
import Workflows

/// A small world for mission use cases, on a real SQLite file in a temporary folder: a ministry,
/// its directorate and a service under it, another ministry, an operator, two mission owners
/// (in the directorate and in the other ministry) and a talent. The clock is fixed and movable.
struct MissionWorld {
    /// Monday 2 March 2026, 09:00 UTC.
    static let start = Instant(utc: date("2026-03-02"), hour: 9)

    let workflows: Workflows
    let clock: FixedClock
    let ministry: Administration
    let directorate: Administration
    let service: Administration
    let otherMinistry: Administration
    let operatorUser: User
    let owner: User
    let otherOwner: User
    let talent: User

    var database: DatabasePool { workflows.database }

    /// Runs `body` with a fresh world; the folder is removed afterwards.
    static func with<T>(_ body: (MissionWorld) throws -> T) throws -> T {
        try withTemporaryDatabase("MissionWorkflowTests") { pool, _ in try body(try make(pool)) }
    }

    private static func make(_ pool: DatabasePool) throws -> MissionWorld {
        let clock = FixedClock(start)
        let workflows = Workflows(database: pool, clock: clock)
        func administration(_ acronym: String, _ level: AdministrationLevel, under parent: Administration? = nil)
            throws -> Administration
        {
            try workflows.addAdministration(
                NewAdministration(
                    name: "Administration \(acronym)", acronym: acronym,
                    level: level, publicService: .state,
                    parentID: parent?.id), by: .commandLine)
        }
        func user(_ name: String, _ roles: Set<Role>, _ administration: Administration?) throws -> User {
            try workflows.addUser(
                NewUser(
                    displayName: name, email: try EmailAddress("\(name)@numerique.gouv.fr"),
                    roles: roles, administrationID: administration?.id), by: .commandLine)
        }
        let ministry = try administration("MININT", .ministry)
        let directorate = try administration("DNUM", .directorate, under: ministry)
        let service = try administration("SDSI", .service, under: directorate)
        let otherMinistry = try administration("MINARM", .ministry)
        return MissionWorld(
            workflows: workflows, clock: clock, ministry: ministry, directorate: directorate, service: service,
            otherMinistry: otherMinistry, operatorUser: try user("operatrice", [.operator], nil),
            owner: try user("owner", [.missionOwner], directorate),
            otherOwner: try user("other.owner", [.missionOwner], otherMinistry),
            talent: try user("talent", [.talent], ministry))
    }

    /// A draft of `owner` (by default the directorate's owner).
    func draft(
        _ details: MissionDetails = .make(), by owner: User? = nil,
        for administration: AdministrationID? = nil
    ) throws -> Versioned<Mission> {
        try workflows.createMission(
            NewMission(administrationID: administration, details: details),
            by: .user(owner ?? self.owner))
    }

    /// A mission of `owner`, submitted and published.
    func published(_ details: MissionDetails = .make(), by owner: User? = nil) throws -> Versioned<Mission> {
        let draft = try draft(details, by: owner)
        let submitted = try workflows.submitMission(
            draft.value.id, expectedRevision: draft.revision,
            by: .user(owner ?? self.owner))
        return try workflows.publishMission(
            draft.value.id, expectedRevision: submitted.revision,
            by: .user(operatorUser))
    }

    /// The audit actions about `mission`, oldest first.
    func auditActions(_ mission: MissionID) throws -> [String] {
        try database.read { try AuditLog($0).events(subjectType: "mission", subjectID: mission.rawValue).map(\.action) }
    }
}

/// A date literal; a malformed literal is a mistake in the test and traps.
func date(_ text: String) -> LocalDate {
    try! LocalDate(parsing: text)
}

extension MissionDetails {
    /// Valid details: remote and in Lyon, deadline 2026-03-31, window April to September 2026.
    static func make(
        title: String = "Sécuriser l'API des rendez-vous",
        description: String = "Revue de sécurité et plan de tests pour l'API des préfectures.",
        nature: MissionNature = .securityHardening,
        requiredSkills: [SkillRequirement] = [SkillRequirement("sec-audit", minimumLevel: .practice)],
        effortHours: Int = 35,
        window: DateWindow = DateWindow(start: date("2026-04-01"), end: date("2026-09-30")),
        departement: String? = "69", remote: Bool = true, talentsSought: Int = 1,
        applicationDeadline: LocalDate = date("2026-03-31"), crisis: Bool = false
    ) -> MissionDetails {
        MissionDetails(
            title: title, description: description, nature: nature, requiredSkills: requiredSkills,
            effortHours: effortHours, window: window, departement: departement.map { try! Departement($0) },
            remote: remote, talentsSought: talentsSought, applicationDeadline: applicationDeadline,
            crisis: crisis)
    }
}
