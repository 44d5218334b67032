import Foundation

/// A database for the metrics and report tests: created by `talents-admin db migrate`, then
/// filled by the system's `sqlite3` with rows whose figures the tests know, relative to now.
///
/// DNUM (under MININT) proposes mission 1 (published, support) and mission 2 (draft, advice).
/// Application 1 (talent 1) was accepted 2 days after submission, 20 days ago; application 2
/// (talent 2), submitted 15 days ago, is unanswered and overdue. Talent 1 is in the pool.
/// The audit trail holds 1 `mission.published`, 2 `application.submitted`, 1 `application.accepted`.
/// Application 1 led to a signed agreement, a mission order issued by MININT (in force) and two
/// time reports of 90 minutes, one validated: 5400 s validated from MININT to MININT.
enum MetricsFixture {
    static func make(at path: String) throws {
        let migrate = try Subprocess.run("talents-admin", ["db", "migrate"], environment: ["TALENTS_DB": path])
        guard migrate.status == 0 else { throw FixtureError(message: migrate.errorOutput) }
        let day: Int64 = 86_400_000
        let now = Int64(Date().timeIntervalSince1970 * 1000)
        let insert = try Subprocess.sqlite3(
            path,
            """
            INSERT INTO administrations VALUES
                (1, 'Ministère de l''Intérieur', 'MININT', 'ministry', 'state', NULL, 0),
                (2, 'Direction du numérique', 'DNUM', 'directorate', 'state', 1, 0);
            INSERT INTO users(id, display_name, email, administration_id, created_at) VALUES
                (1, 'Alex Bernard', 'alex@dnum.gouv.fr', 2, 0),
                (2, 'Talent Un', 't1@interieur.gouv.fr', 1, 0), (3, 'Talent Deux', 't2@interieur.gouv.fr', 1, 0);
            INSERT INTO talents VALUES
                (1, 2, 1, 'civil-servant', 'M', 'm@interieur.gouv.fr', '75', 10, NULL, NULL, 'P', 0, 0, 0, 1, 1, NULL, 0),
                (2, 3, 1, 'contract-agent', 'M', 'm@interieur.gouv.fr', '75', 10, NULL, NULL, 'P', NULL, 0, 0, 1, NULL, NULL,
                 NULL);
            INSERT INTO talent_skills VALUES (1, 0, 'data-ai', 4), (1, 1, 'dev-backend', 3), (2, 0, 'dev-testing', 2);
            INSERT INTO missions VALUES
                (1, 2, 1, 'Fiabiliser l''API', 'D', 'support', 20, '2026-04-01', '2026-06-30', '75', 1, 2,
                 '2026-03-31', 0, 'published', NULL, 0, 0, 0, 0, NULL, 1),
                (2, 2, 1, 'Conseil', 'D', 'advice', 20, '2026-04-01', '2026-06-30', NULL, 1, 1,
                 '2026-03-31', 0, 'draft', NULL, 0, 0, NULL, NULL, NULL, 1);
            INSERT INTO applications(id, mission_id, talent_id, motivation, status, interview_at, interview_means,
                reason_code, reason_text, submitted_at, due_at, answered_at, updated_at, revision) VALUES
                (1, 1, 1, 'M', 'accepted', NULL, NULL, NULL, NULL, \(now - 20 * day), \(now - 6 * day),
                 \(now - 18 * day), \(now - 18 * day), 1),
                (2, 1, 2, 'M', 'submitted', NULL, NULL, NULL, NULL, \(now - 15 * day), \(now - day), NULL, \(now - 15 * day), 1);
            INSERT INTO audit_events(at, actor, action, subject_type, subject_id) VALUES
                (0, 'cli', 'mission.published', 'mission', 1),
                (\(now - 20 * day), 'user:2', 'application.submitted', 'application', 1),
                (\(now - 18 * day), 'user:1', 'application.accepted', 'application', 1),
                (\(now - 15 * day), 'user:3', 'application.submitted', 'application', 2);
            INSERT INTO agreements(id, application_id, mission_id, talent_id, objectives, deliverables, hours_budget,
                start_date, end_date, work_mode, conditions, status, created_at, updated_at, signed_at, owner_id,
                employer_id, beneficiary_id)
                VALUES (1, 1, 1, 1, 'O', 'L', 20, '2026-04-01', '2026-06-30', 'remote', '', 'signed',
                        \(now - 17 * day), \(now - 16 * day), \(now - 16 * day), (SELECT owner_id FROM missions WHERE id = 1), (SELECT employer_id FROM talents WHERE id = 1), (SELECT administration_id FROM missions WHERE id = 1));
            INSERT INTO mission_orders(agreement_id, administration_id, year, sequence, reference, start_date, end_date,
                issued_at) VALUES (1, 1, 2026, 1, 'MININT-2026-0001', '2026-04-01', '2026-06-30', \(now - 15 * day));
            INSERT INTO time_reports(agreement_id, work_date, minutes, note, status, reported_at, decided_at) VALUES
                (1, '2026-04-02', 90, 'N', 'validated', \(now - 3 * day), \(now - 2 * day)),
                (1, '2026-04-03', 90, 'N', 'submitted', \(now - day), NULL);
            """)
        guard insert.status == 0 else { throw FixtureError(message: insert.errorOutput) }
    }

    struct FixtureError: Error, CustomStringConvertible {
        let message: String
        var description: String { "fixture failed: \(message)" }
    }
}
