import Domain
import Persistence
import Reporting
import Testing

/// The exporter over ``ProgrammeWorld``: golden output, audit counters across scrapes and
/// restarts, and a failed read.
@Suite struct MetricsExporterTests {
    private func exporter(_ database: TemporaryDatabase) throws -> MetricsExporter {
        MetricsExporter(
            database: try TalentsDatabase.openReadOnly(path: database.path),
            clock: FixedClock(ProgrammeWorld.now),
            stopwatch: { body in
                body()
                return .milliseconds(250)
            })
    }

    @Test func theOutputOfTheWorldIsTheGoldenText() throws {
        let scrape = try withProgrammeWorld { try exporter($0).scrape() }
        #expect(scrape.error == nil)
        #expect(scrape.text == Self.golden)
    }

    @Test func auditCountersGrowWithNewEventsAndSurviveARestart() throws {
        try withProgrammeWorld { database in
            let first = try exporter(database)
            #expect(first.scrape().text.contains(#"talents_audit_events_total{action="mission.published"} 2"#))
            try database.pool.write { connection in
                var mission = try #require(try MissionStore(connection).all(in: .published).first)
                try mission.closeAsFilled(at: ProgrammeWorld.now)
                try MissionStore(connection).update(
                    mission, action: "mission.closed-filled", by: .commandLine,
                    at: ProgrammeWorld.now)
            }
            let second = first.scrape().text
            #expect(second.contains(#"talents_audit_events_total{action="mission.closed-filled"} 1"#))
            #expect(second.contains(#"talents_audit_events_total{action="mission.published"} 2"#))
            #expect(try exporter(database).scrape().text == second, "a restarted exporter recounts the same totals")
        }
    }

    @Test func aFailedReadLeavesOnlyTheExportersOwnMetricsAndCountsTheError() throws {
        try withProgrammeWorld { database in
            let exporter = try exporter(database)
            #expect(exporter.scrape().error == nil)
            // The trail's triggers forbid updates and deletes, not dropping the table.
            try database.pool.write { try $0.execute("DROP TABLE audit_events") }
            let failed = exporter.scrape()
            #expect(failed.error != nil)
            #expect(
                failed.text == """
                    # HELP talents_metrics_figures_age_seconds Age of the figures not read at every scrape, by group (pool: the talent_ and pool_ families).
                    # TYPE talents_metrics_figures_age_seconds gauge
                    talents_metrics_figures_age_seconds{figures="pool"} 0
                    # HELP talents_metrics_last_scrape_error 1 when this scrape failed to read the database, else 0.
                    # TYPE talents_metrics_last_scrape_error gauge
                    talents_metrics_last_scrape_error 1
                    # HELP talents_metrics_scrape_duration_seconds Time this scrape took to read the database.
                    # TYPE talents_metrics_scrape_duration_seconds gauge
                    talents_metrics_scrape_duration_seconds 0.25
                    # HELP talents_metrics_scrape_errors_total Scrapes that failed to read the database since the exporter started.
                    # TYPE talents_metrics_scrape_errors_total counter
                    talents_metrics_scrape_errors_total 1

                    """)
            #expect(exporter.scrape().text.contains("talents_metrics_scrape_errors_total 2"))
        }
    }

    /// Hand-checked against the figures ``ProgrammeWorld`` documents.
    static let golden = """
        # HELP talents_agreements Agreements by current status (refusals by the line manager under refused; their reason is free text).
        # TYPE talents_agreements gauge
        talents_agreements{status="awaiting-signatures"} 0
        talents_agreements{status="completed"} 1
        talents_agreements{status="interrupted"} 0
        talents_agreements{status="refused"} 1
        talents_agreements{status="signed"} 1
        # HELP talents_application_answer_time_seconds Time from an application's submission to the mission owner's first answer, by administration.
        # TYPE talents_application_answer_time_seconds histogram
        talents_application_answer_time_seconds_bucket{administration="DNUM",le="86400"} 0
        talents_application_answer_time_seconds_bucket{administration="DNUM",le="172800"} 1
        talents_application_answer_time_seconds_bucket{administration="DNUM",le="259200"} 1
        talents_application_answer_time_seconds_bucket{administration="DNUM",le="432000"} 1
        talents_application_answer_time_seconds_bucket{administration="DNUM",le="604800"} 1
        talents_application_answer_time_seconds_bucket{administration="DNUM",le="864000"} 1
        talents_application_answer_time_seconds_bucket{administration="DNUM",le="1209600"} 2
        talents_application_answer_time_seconds_bucket{administration="DNUM",le="1814400"} 3
        talents_application_answer_time_seconds_bucket{administration="DNUM",le="2592000"} 3
        talents_application_answer_time_seconds_bucket{administration="DNUM",le="+Inf"} 3
        talents_application_answer_time_seconds_sum{administration="DNUM"} 2768400
        talents_application_answer_time_seconds_count{administration="DNUM"} 3
        talents_application_answer_time_seconds_bucket{administration="MINARM",le="86400"} 1
        talents_application_answer_time_seconds_bucket{administration="MINARM",le="172800"} 1
        talents_application_answer_time_seconds_bucket{administration="MINARM",le="259200"} 1
        talents_application_answer_time_seconds_bucket{administration="MINARM",le="432000"} 1
        talents_application_answer_time_seconds_bucket{administration="MINARM",le="604800"} 1
        talents_application_answer_time_seconds_bucket{administration="MINARM",le="864000"} 1
        talents_application_answer_time_seconds_bucket{administration="MINARM",le="1209600"} 2
        talents_application_answer_time_seconds_bucket{administration="MINARM",le="1814400"} 2
        talents_application_answer_time_seconds_bucket{administration="MINARM",le="2592000"} 2
        talents_application_answer_time_seconds_bucket{administration="MINARM",le="+Inf"} 2
        talents_application_answer_time_seconds_sum{administration="MINARM"} 1213200
        talents_application_answer_time_seconds_count{administration="MINARM"} 2
        # HELP talents_applications Applications by current status.
        # TYPE talents_applications gauge
        talents_applications{status="accepted"} 3
        talents_applications{status="declined"} 1
        talents_applications{status="interview-proposed"} 1
        talents_applications{status="submitted"} 2
        talents_applications{status="withdrawn"} 2
        # HELP talents_applications_answered_in_time_ratio Share of the applications due by now that were answered within 14 days, by administration.
        # TYPE talents_applications_answered_in_time_ratio gauge
        talents_applications_answered_in_time_ratio{administration="DNUM"} 0.5
        talents_applications_answered_in_time_ratio{administration="MINARM"} 0.6666666666666666
        # HELP talents_applications_overdue Applications still unanswered after their 14-day due date, by administration proposing the mission.
        # TYPE talents_applications_overdue gauge
        talents_applications_overdue{administration="DNUM"} 1
        talents_applications_overdue{administration="MINARM"} 0
        # HELP talents_audit_events_total Audit events recorded, by action and, for declines and withdrawals, reason code.
        # TYPE talents_audit_events_total counter
        talents_audit_events_total{action="administration.created"} 3
        talents_audit_events_total{action="application.accepted"} 3
        talents_audit_events_total{action="application.declined",reason="mission-filled"} 1
        talents_audit_events_total{action="application.interview-proposed"} 1
        talents_audit_events_total{action="application.submitted"} 9
        talents_audit_events_total{action="application.withdrawn",reason="no-longer-available"} 1
        talents_audit_events_total{action="application.withdrawn",reason="other"} 1
        talents_audit_events_total{action="mission.cancelled"} 1
        talents_audit_events_total{action="mission.created"} 4
        talents_audit_events_total{action="mission.published"} 2
        talents_audit_events_total{action="mission.submitted"} 3
        talents_audit_events_total{action="talent.created"} 5
        talents_audit_events_total{action="talent.pool-joined"} 3
        talents_audit_events_total{action="user.created"} 7
        # HELP talents_credit_balance_units Credit balance of each administration's account, in units of 1/60 credit (the sum of its movements).
        # TYPE talents_credit_balance_units gauge
        # HELP talents_diplomas Virtual diplomas (Open Badges assertions) issued, by state: valid or revoked.
        # TYPE talents_diplomas gauge
        talents_diplomas{state="revoked"} 0
        talents_diplomas{state="valid"} 0
        # HELP talents_distinctions Distinctions awarded, by code.
        # TYPE talents_distinctions gauge
        talents_distinctions{code="cross-ministry"} 0
        talents_distinctions{code="fifty-hours"} 0
        talents_distinctions{code="first-mission"} 0
        talents_distinctions{code="five-hundred-hours"} 0
        talents_distinctions{code="hundred-hours"} 0
        talents_distinctions{code="mentor"} 0
        talents_distinctions{code="quick-answer"} 0
        talents_distinctions{code="ten-missions"} 0
        talents_distinctions{code="three-missions"} 0
        talents_distinctions{code="vis-mon-job-ambassador"} 0
        # HELP talents_ledger_imbalance_credits Sum of every account's balance, in credits: 0 in a sound double-entry ledger.
        # TYPE talents_ledger_imbalance_credits gauge
        talents_ledger_imbalance_credits 0
        # HELP talents_metrics_figures_age_seconds Age of the figures not read at every scrape, by group (pool: the talent_ and pool_ families).
        # TYPE talents_metrics_figures_age_seconds gauge
        talents_metrics_figures_age_seconds{figures="pool"} 0
        # HELP talents_metrics_last_scrape_error 1 when this scrape failed to read the database, else 0.
        # TYPE talents_metrics_last_scrape_error gauge
        talents_metrics_last_scrape_error 0
        # HELP talents_metrics_scrape_duration_seconds Time this scrape took to read the database.
        # TYPE talents_metrics_scrape_duration_seconds gauge
        talents_metrics_scrape_duration_seconds 0.25
        # HELP talents_metrics_scrape_errors_total Scrapes that failed to read the database since the exporter started.
        # TYPE talents_metrics_scrape_errors_total counter
        talents_metrics_scrape_errors_total 0
        # HELP talents_mission_orders Mission orders issued, by issuing ministry, in force or cancelled.
        # TYPE talents_mission_orders gauge
        talents_mission_orders{ministry="MINARM",status="in-force"} 1
        talents_mission_orders{ministry="MININT",status="cancelled"} 1
        talents_mission_orders{ministry="MININT",status="in-force"} 1
        # HELP talents_missions Missions by current state, nature and ministry proposing them.
        # TYPE talents_missions gauge
        talents_missions{ministry="MINARM",nature="security-hardening",state="published"} 1
        talents_missions{ministry="MINARM",nature="support",state="closed-cancelled"} 1
        talents_missions{ministry="MININT",nature="advice",state="draft"} 1
        talents_missions{ministry="MININT",nature="support",state="published"} 1
        # HELP talents_pool_members Talents who joined the pool.
        # TYPE talents_pool_members gauge
        talents_pool_members 3
        # HELP talents_pool_members_by_family Pool members by skill family, each counted once at their best level (1 to 4) in the family.
        # TYPE talents_pool_members_by_family gauge
        talents_pool_members_by_family{family="architecture",level="1"} 1
        talents_pool_members_by_family{family="data",level="4"} 1
        talents_pool_members_by_family{family="development",level="3"} 1
        talents_pool_members_by_family{family="development",level="4"} 1
        talents_pool_members_by_family{family="security",level="3"} 1
        # HELP talents_retention_last_run_timestamp_seconds When the retention job last ran (Unix time; absent before its first run).
        # TYPE talents_retention_last_run_timestamp_seconds gauge
        # HELP talents_retention_purged_total Rows and files the daily retention job removed, tokens it emptied, inactivity warnings it sent and accounts it anonymised, by category.
        # TYPE talents_retention_purged_total counter
        # HELP talents_talent_profiles Talent profiles registered.
        # TYPE talents_talent_profiles gauge
        talents_talent_profiles 5
        # HELP talents_validated_work_seconds Time reported by talents and validated by mission owners, by employing and beneficiary ministry.
        # TYPE talents_validated_work_seconds gauge
        talents_validated_work_seconds{beneficiary_ministry="MINARM",employer_ministry="MINARM"} 14400
        talents_validated_work_seconds{beneficiary_ministry="MINARM",employer_ministry="MININT"} 12600
        # HELP talents_vmj_pairs Vis mon job pairs published per edition, by status (paired, done).
        # TYPE talents_vmj_pairs gauge
        # HELP talents_vmj_registrations Vis mon job registrations per edition, by side (student, ambassador) and status.
        # TYPE talents_vmj_registrations gauge

        """
}
