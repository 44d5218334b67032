import Domain
import Foundation
import Gamification
import Persistence
import TestSupport
import Workflows

/// A database where one engagement ran its course, and the real `talents-api` serving it.
///
/// The engagement's own use cases live on another branch, so its rows are written with SQL and
/// the recognition hooks are called in-process, in the same transaction, as those use cases
/// will: Camille (employed by the Culture directorate) worked 90 + 45 minutes for the Interior
/// ministry on a skill-transfer mission, which was then completed.
final class RecognitionFixture {
    let directory: TemporaryDirectory
    let database: String
    let server: APIServerProcess
    let operatorToken: String
    let referentToken: String
    let talentToken: String
    let beneficiaryID: Int64
    let employerID: Int64
    let diplomaID: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
        do {
            let pool = try TalentsDatabase.open(path: database)
            let workflows = Workflows(database: pool)
            let now = Instant(utc: try LocalDate(parsing: "2026-03-02"), hour: 9)
            let rules = RecognitionConfiguration()
            let setUp = try pool.write { connection in
                let administrations = AdministrationStore(connection)
                let culture = try administrations.insert(
                    NewAdministration(
                        name: "Ministère de la Culture", acronym: "MINCULT", level: .ministry, parentID: nil),
                    by: .commandLine, at: now)
                let employer = try administrations.insert(
                    NewAdministration(
                        name: "Direction du numérique", acronym: "DNUMC", level: .directorate, parentID: culture.id),
                    by: .commandLine, at: now)
                let beneficiary = try administrations.insert(
                    NewAdministration(
                        name: "Ministère de l'Intérieur", acronym: "MININT", level: .ministry, parentID: nil),
                    by: .commandLine, at: now)
                func user(_ name: String, _ email: String, _ role: Role, _ administration: Administration) throws
                    -> User
                {
                    try UserStore(connection).insert(
                        NewUser(
                            displayName: name, email: try EmailAddress(email),
                            roles: [role], administrationID: administration.id),
                        by: .commandLine, at: now)
                }
                let talent = try user("Camille <Martin>", "camille.martin@culture.gouv.fr", .talent, employer)
                let owner = try user("Alex Bernard", "alex.bernard@interieur.gouv.fr", .missionOwner, beneficiary)
                let referent = try user("Référent Culture", "referent@culture.gouv.fr", .referent, culture)
                let operatorUser = try user("Opératrice", "operatrice@numerique.gouv.fr", .operator, culture)
                try connection.execute(
                    """
                    INSERT INTO talents(id, user_id, employer_id, status, line_manager_name, line_manager_email,
                        departement, hours_per_month, presentation, created_at, updated_at)
                    VALUES (1, \(talent.id.rawValue), \(employer.id.rawValue), 'civil-servant', 'Dominique Leroy',
                        'dominique.leroy@culture.gouv.fr', '75', 8, 'Développeuse.', 0, 0);
                    INSERT INTO missions(id, administration_id, owner_id, title, description, nature, effort_hours,
                        window_start, window_end, remote, talents_sought, application_deadline, crisis, state,
                        created_at, updated_at)
                    VALUES (1, \(beneficiary.id.rawValue), \(owner.id.rawValue), 'Former l''équipe à <l''audit>',
                        'Revue.', 'skill-transfer', 35, '2026-03-01', '2026-09-30', 1, 1, '2026-03-31', 0, 'published', 0, 0);
                    INSERT INTO applications(id, mission_id, talent_id, motivation, status, submitted_at, due_at,
                        answered_at, updated_at) VALUES (1, 1, 1, 'Oui.', 'accepted', 0, 0, 0, 0);
                    INSERT INTO agreements(id, application_id, mission_id, talent_id, objectives, deliverables,
                        hours_budget, start_date, end_date, work_mode, conditions, status, created_at, updated_at, signed_at,
                        owner_id, employer_id, beneficiary_id)
                    VALUES (1, 1, 1, 1, 'Transmettre la méthode d''audit.', 'Un guide.', 20, '2026-03-01', '2026-09-30',
                        'remote', '', 'signed', 0, 0, 0, (SELECT owner_id FROM missions WHERE id = 1), (SELECT employer_id FROM talents WHERE id = 1), (SELECT administration_id FROM missions WHERE id = 1));
                    INSERT INTO time_reports(id, agreement_id, work_date, minutes, note, status, reported_at, decided_at)
                    VALUES (1, 1, '2026-03-02', 90, 'Atelier.', 'validated', 0, 1), (2, 1, '2026-03-03', 45, 'Suivi.',
                        'validated', 0, 2);
                    """)
                for report: Int64 in [1, 2] {
                    try Recognition.timeReportValidated(timeReportID: report, in: connection, at: now, rules: rules)
                }
                try connection.run("UPDATE agreements SET status = 'completed', ended_at = ? WHERE id = 1", now)
                let diploma = try Recognition.agreementCompleted(agreementID: 1, in: connection, at: now, rules: rules)
                return (talent, referent, operatorUser, beneficiary.id, employer.id, diploma.publicID)
            }
            func token(_ user: User) throws -> String {
                try workflows.issueToken(for: user.id, label: "tests", days: 1, by: .commandLine).token
            }
            talentToken = try token(setUp.0)
            referentToken = try token(setUp.1)
            operatorToken = try token(setUp.2)
            beneficiaryID = setUp.3.rawValue
            employerID = setUp.4.rawValue
            diplomaID = setUp.5
            server = try APIServerProcess(database: database)
        } catch {
            directory.remove()
            throw error
        }
    }

    /// Runs `talents-admin` on the fixture's database.
    func admin(_ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run("talents-admin", arguments, environment: ["TALENTS_DB": database])
    }

    func close() {
        server.stop()
        directory.remove()
    }
}
