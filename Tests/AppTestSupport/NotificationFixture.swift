import Foundation
import TestSupport

/// A database with one ministry, a mission owner, an operator, two talents and a published
/// mission, and a clock file, for the notification tests of the real binaries. Applications are
/// written with SQL as the applications API stores them.
struct NotificationFixture {
    /// 2026-11-02T09:00:00Z, when the applications are submitted.
    static let start = "2026-11-02T09:00:00Z"
    static let startMilliseconds: Int64 = 1_793_610_000_000
    static let owner = "alex.bernard@interieur.gouv.fr"
    static let operatorEmail = "operatrice@numerique.gouv.fr"

    let directory: TemporaryDirectory
    let database: String
    let clockFile: String

    init() throws {
        directory = try TemporaryDirectory()
        database = directory.path("talents.sqlite")
        clockFile = directory.path("clock")
        try setClock(days: 0)
        let migrated = try Subprocess.run("talents-admin", ["db", "migrate", "--db", database])
        guard migrated.status == 0 else { throw SetupError(output: migrated.errorOutput) }
        try sql(
            """
            INSERT INTO administrations(id, name, acronym, level, public_service, created_at)
                VALUES (1, 'Ministère de l''Intérieur', 'MININT', 'ministry', 'state', 0);
            INSERT INTO users(id, display_name, email, administration_id, created_at) VALUES
                (1, 'Alex Bernard', '\(Self.owner)', 1, 0), (2, 'Opératrice', '\(Self.operatorEmail)', 1, 0),
                (3, 'Camille Martin', 'camille.martin@interieur.gouv.fr', 1, 0),
                (4, 'Dominique Petit', 'dominique.petit@interieur.gouv.fr', 1, 0);
            INSERT INTO user_roles(user_id, role) VALUES (1, 'mission-owner'), (2, 'operator'), (3, 'talent'), (4, 'talent');
            INSERT INTO talents(id, user_id, employer_id, status, line_manager_name, line_manager_email, departement,
                hours_per_month, presentation, created_at, updated_at) VALUES
                (1, 3, 1, 'civil-servant', 'D. Leroy', 'dominique.leroy@interieur.gouv.fr', '69', 10, '', 0, 0),
                (2, 4, 1, 'civil-servant', 'D. Leroy', 'dominique.leroy@interieur.gouv.fr', '69', 10, '', 0, 0);
            INSERT INTO missions(id, administration_id, owner_id, title, description, nature, effort_hours, window_start,
                window_end, remote, talents_sought, application_deadline, crisis, state, created_at, updated_at, published_at)
                VALUES (1, 1, 1, 'Fiabiliser l''API des rendez-vous', 'Revue', 'support', 35, '2026-12-01', '2027-03-31',
                1, 1, '2026-12-31', 0, 'published', 0, 0, 0);
            """)
    }

    /// Camille (talent 1) or Dominique (talent 2) applies at ``start``.
    func apply(talent: Int) throws {
        let submitted = Self.startMilliseconds
        try sql(
            """
            INSERT INTO applications(id, mission_id, talent_id, motivation, status, submitted_at, due_at, updated_at)
                VALUES (\(talent), 1, \(talent), 'Motivation', 'submitted', \(submitted), \(submitted + 14 * 86_400_000), \(submitted));
            """)
    }

    /// The owner proposes an interview for application `id`, `days` after the start.
    func answer(_ id: Int, days: Int) throws {
        let at = Self.startMilliseconds + Int64(days) * 86_400_000
        try sql(
            """
            UPDATE applications SET status = 'interview-proposed', interview_at = \(at + 3 * 86_400_000),
                interview_means = 'Visio', answered_at = \(at), updated_at = \(at) WHERE id = \(id);
            """)
    }

    /// Moves the clock to `days` (and `seconds`) after ``start``.
    func setClock(days: Int, seconds: Int = 0) throws {
        let instant = Date(
            timeIntervalSince1970: Double(Self.startMilliseconds) / 1000 + Double(days * 86_400 + seconds))
        let formatter = ISO8601DateFormatter()
        try Data(formatter.string(from: instant).utf8).write(to: URL(fileURLWithPath: clockFile))
    }

    /// The environment of the binaries: this database and clock, SMTP to `port` (maildir when nil).
    func environment(smtpPort: Int?) -> [String: String] {
        var environment = [
            "TALENTS_DB": database, "TALENTS_CLOCK_FILE": clockFile,
            "TALENTS_BASE_URL": "https://talents.example.gouv.fr"
        ]
        if let smtpPort {
            environment["TALENTS_MAIL_TRANSPORT"] = "smtp"
            environment["TALENTS_MAIL_SMTP_PORT"] = String(smtpPort)
            environment["TALENTS_MAIL_SMTP_TIMEOUT_SECONDS"] = "20"
        }
        return environment
    }

    /// `talents-admin jobs run --json` once; the decoded report.
    @discardableResult
    func runJobs(smtpPort: Int?) throws -> [String: [String: Int]] {
        let result = try Subprocess.run(
            "talents-admin", ["jobs", "run", "--json"], environment: environment(smtpPort: smtpPort))
        guard result.status == 0 else { throw SetupError(output: result.errorOutput) }
        return try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: Int]] ?? [:]
    }

    /// One column of the outbox rows, in id order, read with `sqlite3`.
    func outbox(_ column: String) throws -> [String] {
        try sql("SELECT \(column) FROM notification_outbox ORDER BY id").split(separator: "\n").map(String.init)
    }

    @discardableResult
    func sql(_ text: String) throws -> String {
        let result = try Subprocess.sqlite3(database, text)
        guard result.status == 0 else { throw SetupError(output: result.errorOutput) }
        return result.output
    }

    func remove() {
        directory.remove()
    }

    struct SetupError: Error {
        let output: String
    }
}
