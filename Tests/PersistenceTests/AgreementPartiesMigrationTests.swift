import Domain
import Persistence
import TestSupport
import Testing

/// Schema version 10 on a database of version 9: existing agreements get the parties they were
/// made with, and talents with an agreement get their employment confirmed.
@Suite struct AgreementPartiesMigrationTests {
    @Test func existingAgreementsGetThePartiesTheyWereSignedWith() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool(path: directory.file("talents.sqlite"))
            _ = try Migrator(migrations: Array(Schema.migrations.prefix { $0.version <= 9 })).migrate(pool)
            // Version 9 data: the manager who signed (user 3) later left the talent's profile, which
            // now names user 4; agreement 2 was never signed and its named manager (no account) has none.
            try pool.write { connection in
                try connection.execute(
                    """
                    INSERT INTO administrations(id, name, acronym, level, public_service, created_at)
                    VALUES (1, 'Ministère A', 'MINA', 'ministry', 'state', 0), (2, 'Ministère B', 'MINB', 'ministry', 'state', 0);
                    INSERT INTO users(id, display_name, email, administration_id, created_at) VALUES
                        (1, 'Talent', 'talent@a.gouv.fr', 1, 0), (2, 'Owner', 'owner@b.gouv.fr', 2, 0),
                        (3, 'Signed manager', 'signed@a.gouv.fr', 1, 0), (4, 'New manager', 'new@a.gouv.fr', 1, 0),
                        (5, 'Talent 2', 'talent2@a.gouv.fr', 1, 0), (6, 'No agreement', 'none@a.gouv.fr', 1, 0);
                    INSERT INTO user_roles(user_id, role) VALUES (1, 'talent'), (2, 'mission-owner'),
                        (3, 'line-manager'), (4, 'line-manager'), (5, 'talent'), (6, 'talent');
                    INSERT INTO talents(id, user_id, employer_id, status, line_manager_name, line_manager_email,
                        departement, hours_per_month, presentation, created_at, updated_at) VALUES
                        (1, 1, 1, 'civil-servant', 'New', 'new@a.gouv.fr', '75', 8, '', 0, 0),
                        (2, 5, 1, 'civil-servant', 'Nobody', 'nobody@a.gouv.fr', '75', 8, '', 0, 0),
                        (3, 6, 1, 'civil-servant', 'New', 'new@a.gouv.fr', '75', 8, '', 0, 0);
                    INSERT INTO missions(id, administration_id, owner_id, title, description, nature, effort_hours,
                        window_start, window_end, remote, talents_sought, application_deadline, crisis, state,
                        created_at, updated_at)
                    VALUES (1, 2, 2, 'Mission', 'Revue.', 'support', 35, '2026-03-01', '2026-09-30', 1, 2, '2026-03-31',
                        0, 'published', 0, 0);
                    INSERT INTO applications(id, mission_id, talent_id, motivation, status, submitted_at, due_at,
                        answered_at, updated_at) VALUES (1, 1, 1, 'Oui.', 'accepted', 0, 0, 0, 0),
                        (2, 1, 2, 'Oui.', 'accepted', 0, 0, 0, 0);
                    INSERT INTO agreements(id, application_id, mission_id, talent_id, objectives, deliverables,
                        hours_budget, start_date, end_date, work_mode, conditions, status, talent_signed_at,
                        manager_signed_at, owner_signed_at, created_at, updated_at, signed_at) VALUES
                        (1, 1, 1, 1, 'O', 'D', 10, '2026-03-01', '2026-06-30', 'remote', '', 'signed', 1, 2, 3, 0, 3, 3),
                        (2, 2, 1, 2, 'O', 'D', 10, '2026-03-01', '2026-06-30', 'remote', '', 'awaiting-signatures',
                            NULL, NULL, NULL, 0, 0, NULL);
                    INSERT INTO audit_events(at, actor, action, subject_type, subject_id, details) VALUES
                        (1, 'user:1', 'agreement.signed', 'agreement', 1, '{"parties":"talent"}'),
                        (2, 'user:3', 'agreement.signed', 'agreement', 1, '{"parties":"line-manager"}'),
                        (3, 'user:2', 'agreement.signed', 'agreement', 1, '{"parties":"owner"}');
                    """)
            }
            #expect(try Schema.migrator().migrate(pool) == Schema.migrations.map(\.version).filter { $0 >= 10 })
            let (signed, awaiting, talents) = try pool.read { connection in
                (
                    try AgreementStore(connection).find(1), try AgreementStore(connection).find(2),
                    try [1, 2, 3].map { try TalentStore(connection).find(TalentID($0)) }
                )
            }
            #expect(
                signed?.parties
                    == AgreementParties(
                        talentUserID: 1, lineManagerID: 3, ownerID: 2, employerID: 1,
                        beneficiaryID: 2),
                "the manager who signed, from the audit trail, not the one the profile names today")
            #expect(
                awaiting?.parties
                    == AgreementParties(
                        talentUserID: 5, lineManagerID: nil, ownerID: 2, employerID: 1,
                        beneficiaryID: 2),
                "a named manager without an account: none until the parties are fixed again")
            #expect(
                talents.map { $0?.confirmedEmployerID } == [1, 1, nil],
                "employment confirmed for talents whose agreements already bind it, not for the others")
            #expect(try pool.read { try $0.scalar("PRAGMA foreign_key_check", as: String.self) } == nil)
        }
    }
}
