import Domain
import Gamification
import Persistence
import Reporting
import Testing

/// Credits, distinctions and diplomas in the programme figures, read from the recognition
/// tables themselves (no second bookkeeping).
@Suite struct RecognitionKPIsTests {
    static let now = Instant(utc: try! LocalDate(parsing: "2026-03-02"), hour: 9)

    /// Two ministries, one engagement of a MININT talent for MINCULT with two validated reports
    /// posted to the ledger, two distinctions and one diploma, revoked.
    static func write(in connection: Connection) throws {
        try connection.execute(
            """
            INSERT INTO administrations(id, name, acronym, level, public_service, created_at) VALUES
                (1, 'Ministère de la Culture', 'MINCULT', 'ministry', 'state', 0),
                (2, 'Ministère de l''Intérieur', 'MININT', 'ministry', 'state', 0);
            INSERT INTO users(id, display_name, email, administration_id, created_at) VALUES
                (1, 'Camille', 'camille@interieur.gouv.fr', 2, 0), (2, 'Alex', 'alex@culture.gouv.fr', 1, 0);
            INSERT INTO talents(id, user_id, employer_id, status, line_manager_name, line_manager_email, departement,
                hours_per_month, presentation, created_at, updated_at)
                VALUES (1, 1, 2, 'civil-servant', 'D', 'd@interieur.gouv.fr', '75', 8, '', 0, 0);
            INSERT INTO missions(id, administration_id, owner_id, title, description, nature, effort_hours, window_start,
                window_end, remote, talents_sought, application_deadline, crisis, state, created_at, updated_at)
                VALUES (1, 1, 2, 'Audit', '', 'advice', 10, '2026-03-01', '2026-06-30', 1, 1, '2026-03-31', 0,
                'published', 0, 0);
            INSERT INTO applications(id, mission_id, talent_id, motivation, status, submitted_at, due_at, updated_at)
                VALUES (1, 1, 1, '', 'accepted', 0, 0, 0);
            INSERT INTO agreements(id, application_id, mission_id, talent_id, objectives, deliverables, hours_budget,
                start_date, end_date, work_mode, conditions, status, created_at, updated_at, signed_at, ended_at,
                owner_id, employer_id, beneficiary_id)
                VALUES (1, 1, 1, 1, 'O', 'D', 10, '2026-03-01', '2026-06-30', 'remote', '', 'completed', 0, 0, 0, 0,
                    (SELECT owner_id FROM missions WHERE id = 1), (SELECT employer_id FROM talents WHERE id = 1), (SELECT administration_id FROM missions WHERE id = 1));
            INSERT INTO time_reports(id, agreement_id, work_date, minutes, note, status, reported_at, decided_at)
                VALUES (1, 1, '2026-03-02', 90, '', 'validated', 0, 0), (2, 1, '2026-03-02', 30, '', 'validated', 0, 0);
            """)
        let ledger = LedgerStore(connection)
        for (report, minutes) in [(Int64(1), 90), (2, 30)] {
            _ = try ledger.postTimeReport(
                report, minutes: minutes, beneficiary: 1, employer: 2, rate: .standard,
                by: .commandLine, at: now)
        }
        let distinctions = DistinctionStore(connection)
        try distinctions.award(
            DistinctionAward(.firstMission, event: DistinctionEvent(.agreementCompleted, recordID: 1)),
            to: 1, by: .commandLine, at: now)
        try distinctions.award(
            DistinctionAward(.quickAnswer, event: DistinctionEvent(.applicationAnswered, recordID: 1)),
            to: 2, by: .commandLine, at: now)
        let diploma = try BadgeStore(connection).issue(
            BadgeStore.Issuance(
                agreementID: 1, userID: 1, publicID: "diploma-of-the-kpi-tests", nature: .advice, salt: "00",
                recipientIdentity: "sha256$00",
                evidence: .init(
                    title: "Audit", beneficiary: "MINCULT", validatedMinutes: 120,
                    objectives: "O")), by: .commandLine, at: now)
        _ = try BadgeStore(connection).revoke(
            publicID: diploma.publicID, reason: "Erreur", expectedRevision: nil,
            by: .commandLine, at: now)
    }

    @Test func creditsDistinctionsAndDiplomasComeFromTheirTables() throws {
        let database = try TemporaryDatabase()
        defer { database.remove() }
        try database.pool.write { try Self.write(in: $0) }
        try database.pool.read { connection in
            let kpis = ProgrammeKPIs(connection, now: Self.now)
            #expect(
                try kpis.creditBalances() == [
                    .init(administration: "MINCULT", balance: CreditAmount(units: -120)),
                    .init(administration: "MININT", balance: CreditAmount(units: 120))
                ])
            let distinctions = try kpis.distinctions()
            #expect(distinctions.count == DistinctionCode.allCases.count)
            #expect(distinctions.filter { $0.count > 0 }.map(\.code) == [.firstMission, .quickAnswer])
            #expect(try kpis.diplomas() == (valid: 0, revoked: 1))
            // A period before the events counts none of them.
            let before = ProgrammeKPIs(connection, now: Self.now, period: ReportingPeriod(until: Self.now))
            #expect(try before.distinctions().allSatisfy { $0.count == 0 } && before.diplomas() == (0, 0))

            let text = PrometheusText.render(ProgrammeMetrics.families(try kpis.figures(), events: EventTally()))
            #expect(text.contains(#"talents_credit_balance_units{administration="MINCULT"} -120"#))
            #expect(text.contains(#"talents_distinctions{code="quick-answer"} 1"#))
            #expect(text.contains(#"talents_diplomas{state="revoked"} 1"#))
        }
    }
}
