import Domain
import Foundation
import Gamification
import Persistence
import TestSupport
import Workflows

/// A world for the recognition use cases on a fresh database file: three ministries (the first
/// with a directorate), an operator, referents of the first two ministries, mission owners in
/// the second and third, and two talents: Camille employed by the directorate, Dominique by the
/// second ministry. The engagement rows (schema version 3) are written with SQL, as the
/// engagement feature would, since its stores live on another branch.
struct RecognitionWorld {
    /// 2026-03-02T09:00:00Z.
    static let start = Instant(utc: try! LocalDate(parsing: "2026-03-02"), hour: 9)
    static let baseURL = "https://talents.example.gouv.fr"

    let path: String
    let database: DatabasePool
    let clock: FixedClock
    let workflows: Workflows
    let rules: RecognitionConfiguration
    let ministryA: Administration
    let directorateA: Administration
    let ministryB: Administration
    let ministryC: Administration
    let operatorUser: User
    let referentA: User
    let referentB: User
    let ownerB: User
    let ownerC: User
    let camille: User
    let dominique: User
    let camilleTalent: Talent
    let dominiqueTalent: Talent

    /// Runs `body` with a fresh world in a temporary directory, removed afterwards.
    static func with<T>(rate: CreditRate = .standard, _ body: (RecognitionWorld) throws -> T) throws -> T {
        try withTemporaryDatabase("RecognitionWorld") { database, directory in
            let rules = RecognitionConfiguration(rate: rate, baseURL: baseURL)
            return try body(
                try database.write {
                    try make(path: directory.path("talents.sqlite"), database: database, rules: rules, in: $0)
                })
        }
    }

    private static func make(
        path: String, database: DatabasePool, rules: RecognitionConfiguration,
        in connection: Connection
    ) throws -> RecognitionWorld {
        let administrations = AdministrationStore(connection)
        func administration(_ name: String, _ acronym: String, parent: Administration? = nil) throws -> Administration {
            try administrations.insert(
                NewAdministration(
                    name: name, acronym: acronym,
                    level: parent == nil ? .ministry : .directorate,
                    parentID: parent?.id), by: .commandLine, at: start)
        }
        let ministryA = try administration("Ministère de la Culture", "MINCULT")
        let directorateA = try administration("Direction du numérique de la Culture", "DNUMC", parent: ministryA)
        let ministryB = try administration("Ministère de l'Intérieur", "MININT")
        let ministryC = try administration("Ministère des Armées", "MINARM")
        func user(_ name: String, _ email: String, _ roles: Set<Role>, _ administration: Administration) throws -> User
        {
            try UserStore(connection).insert(
                NewUser(
                    displayName: name, email: try EmailAddress(email), roles: roles,
                    administrationID: administration.id), by: .commandLine, at: start)
        }
        let camille = try user("Camille Martin", "camille.martin@culture.gouv.fr", [.talent], directorateA)
        let dominique = try user("Dominique Petit", "dominique.petit@interieur.gouv.fr", [.talent], ministryB)
        let talents = TalentStore(connection)
        let clock = FixedClock(start)
        return RecognitionWorld(
            path: path, database: database, clock: clock,
            workflows: Workflows(database: database, clock: clock, configuration: .init(recognition: rules)),
            rules: rules, ministryA: ministryA, directorateA: directorateA, ministryB: ministryB, ministryC: ministryC,
            operatorUser: try user("Opératrice", "operatrice@numerique.gouv.fr", [.operator], ministryA),
            referentA: try user("Référent Culture", "referent@culture.gouv.fr", [.referent], ministryA),
            referentB: try user("Référente Intérieur", "referente@interieur.gouv.fr", [.referent], ministryB),
            ownerB: try user("Alex Bernard", "alex.bernard@interieur.gouv.fr", [.missionOwner], ministryB),
            ownerC: try user("Sacha Roux", "sacha.roux@defense.gouv.fr", [.missionOwner], ministryC),
            camille: camille, dominique: dominique,
            camilleTalent: try talents.insert(
                userID: camille.id, profile: .make(employerID: directorateA.id),
                by: .commandLine, at: start),
            dominiqueTalent: try talents.insert(
                userID: dominique.id, profile: .make(employerID: ministryB.id),
                by: .commandLine, at: start))
    }

    // MARK: Engagement rows, as the engagement feature writes them

    /// A published mission of `administration`, owned by `owner`.
    func mission(
        of administration: Administration, owner: User, nature: MissionNature = .support,
        in connection: Connection
    ) throws -> Int64 {
        try connection.run(
            """
            INSERT INTO missions(administration_id, owner_id, title, description, nature, effort_hours, window_start,
                window_end, remote, talents_sought, application_deadline, crisis, state, created_at, updated_at)
            VALUES (?, ?, 'Audit de sécurité', 'Revue du portail.', ?, 35, '2026-03-01', '2026-09-30', 1, 1,
                '2026-03-31', 0, 'published', ?, ?)
            """, administration.id, owner.id, nature.rawValue, Self.start, Self.start)
        return connection.lastInsertRowID
    }

    /// An application of `talent` to `mission`, answered at `answeredAt` when given: accepted, or
    /// declined (so that one talent may apply again to the same mission).
    func application(
        to mission: Int64, by talent: Talent, submittedAt: Instant, answeredAt: Instant?,
        accepted: Bool = true, in connection: Connection
    ) throws -> Int64 {
        let status = answeredAt == nil ? "submitted" : accepted ? "accepted" : "declined"
        try connection.run(
            """
            INSERT INTO applications(mission_id, talent_id, motivation, status, reason_code, submitted_at, due_at,
                answered_at, updated_at) VALUES (?, ?, 'Avec plaisir.', ?, ?, ?, ?, ?, ?)
            """, mission, talent.id, status, status == "declined" ? "mission-filled" : nil, submittedAt,
            submittedAt.adding(days: 14), answeredAt, answeredAt ?? submittedAt)
        return connection.lastInsertRowID
    }

    /// A signed agreement of `talent` on a new mission of `administration` (with its accepted application).
    func agreement(
        _ talent: Talent, for administration: Administration, owner: User, nature: MissionNature = .support,
        in connection: Connection
    ) throws -> Int64 {
        let mission = try mission(of: administration, owner: owner, nature: nature, in: connection)
        let application = try application(
            to: mission, by: talent, submittedAt: Self.start, answeredAt: Self.start,
            in: connection)
        try connection.run(
            """
            INSERT INTO agreements(application_id, mission_id, talent_id, objectives, deliverables, hours_budget,
                start_date, end_date, work_mode, conditions, status, talent_signed_at, manager_signed_at,
                owner_signed_at, created_at, updated_at, signed_at, owner_id, employer_id, beneficiary_id)
            VALUES (?1, ?2, ?3, 'Former l''équipe à l''audit.', 'Un rapport.', 600, '2026-03-01', '2026-09-30', 'remote',
                '', 'signed', ?4, ?4, ?4, ?4, ?4, ?4, (SELECT owner_id FROM missions WHERE id = ?2), (SELECT employer_id FROM talents WHERE id = ?3), (SELECT administration_id FROM missions WHERE id = ?2))
            """, application, mission, talent.id, Self.start)
        return connection.lastInsertRowID
    }

    /// A time report of `minutes` on `agreement`, validated at `at` (or left submitted).
    func report(
        on agreement: Int64, minutes: Int, validated: Bool = true, at instant: Instant,
        in connection: Connection
    ) throws -> Int64 {
        try connection.run(
            """
            INSERT INTO time_reports(agreement_id, work_date, minutes, note, status, reported_at, decided_at)
            VALUES (?, '2026-03-02', ?, 'Atelier.', ?, ?, ?)
            """, agreement, minutes, validated ? "validated" : "submitted", instant, validated ? instant : nil)
        return connection.lastInsertRowID
    }

    /// Declares `agreement` completed at `at`.
    func complete(_ agreement: Int64, at instant: Instant, in connection: Connection) throws {
        try connection.run(
            "UPDATE agreements SET status = 'completed', ended_at = ?, updated_at = ? WHERE id = ?",
            instant, instant, agreement)
    }

    // MARK: Reading

    /// The distinctions of `user` as (code, event) pairs.
    func distinctions(of user: User) throws -> [DistinctionAward] {
        try database.read { try DistinctionStore($0).distinctions(of: user.id) }.map {
            DistinctionAward($0.code, event: $0.event)
        }
    }

    /// The number of rows of `table`.
    func count(_ table: String) throws -> Int {
        try database.read { try $0.scalar("SELECT count(*) FROM \(table)", as: Int.self) } ?? 0
    }

    /// The balance of `administration`'s account.
    func balance(_ administration: Administration) throws -> Int64 {
        try database.read { try LedgerStore($0).account(administration.id)?.balance.units } ?? 0
    }
}
