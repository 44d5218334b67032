import Foundation
import TestSupport
import Testing

@testable import AppTestSupport

/// The daily retention job through `talents-admin jobs run --json` over a real database file and
/// maildir, with the clock file moved across the periods (issue 19): counts of purged rows, the
/// files removed, tokens gone from payloads, at most one run a day; the inactivity warnings (each
/// sent once, a month and a week before) and the accounts due for anonymisation.
@Suite struct RetentionJobTests {
    static let day: Int64 = 86_400_000
    static let start = NotificationFixture.startMilliseconds

    /// `jobs run --json` with `environment` added; the `retention` object, nil when it did not run.
    static func run(_ fixture: NotificationFixture, _ extra: [String: String] = [:]) throws -> [String: Int]? {
        let result = try Subprocess.run(
            "talents-admin", ["jobs", "run", "--json"],
            environment: fixture.environment(smtpPort: nil).merging(extra) { $1 })
        try #require(result.status == 0, "\(result.errorOutput)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        return report["retention"] as? [String: Int]
    }

    static func count(_ fixture: NotificationFixture, _ table: String, _ condition: String = "1") throws -> Int {
        Int(
            try fixture.sql("SELECT count(*) FROM \(table) WHERE \(condition)").trimmingCharacters(
                in: .whitespacesAndNewlines)) ?? -1
    }

    static func mailFiles(_ fixture: NotificationFixture) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixture.directory.path("mail/new"))) ?? []).sorted()
    }

    @Test func theDailyPurgeRemovesWhatHasServedWithTheClockMoved() throws {
        let fixture = try NotificationFixture()
        defer { fixture.remove() }
        let s = Self.start
        let day = Self.day
        let final = s + 98 * day
        try fixture.apply(talent: 1)
        try fixture.sql(
            """
            INSERT INTO notification_outbox(kind, recipient_user_id, recipient_email, payload, status, attempts,
                next_attempt_at, created_at, sent_at)
                VALUES ('sign-in-link', 3, 'camille.martin@interieur.gouv.fr',
                    '{"signInLink":{"token":"JETON-SECRET-DE-CONNEXION","expiresAt":\(s + 900_000)}}', 'sent', 1, \(s), \(s), \(s));
            INSERT INTO web_sign_in_links(user_id, token_hash, created_at, expires_at, used_at) VALUES
                (3, randomblob(32), \(s), \(s + 900_000), \(s + 60_000)),
                (3, randomblob(32), \(s), \(s + 900_000), NULL),
                (3, randomblob(32), \(final - 60_000), \(final + 840_000), NULL);
            INSERT INTO web_sessions(user_id, session_hash, created_at, expires_at, ended_at) VALUES
                (3, randomblob(32), \(s), \(s + 12 * 3_600_000), \(s + 3_600_000)),
                (3, randomblob(32), \(s), \(s + 12 * 3_600_000), NULL),
                (3, randomblob(32), \(final - 3_600_000), \(final + 11 * 3_600_000), NULL);
            INSERT INTO api_tokens(user_id, token_hash, label, created_at, expires_at, revoked_at) VALUES
                (3, randomblob(32), 'ancien', \(s), \(s + 365 * day), \(s + day)),
                (3, randomblob(32), 'courant', \(s), \(s + 365 * day), NULL);
            INSERT INTO idempotency_keys(user_id, key, fingerprint, status, body, created_at)
                VALUES (3, 'k1', randomblob(32), 201, X'7B7D', \(s));
            INSERT INTO matching_changes(subject, id, seq)
                VALUES ('talent', 998, (SELECT coalesce(max(seq), 0) + 1 FROM matching_changes));
            INSERT INTO vmj_editions(id, name, event_day, registration_opens, registration_closes,
                date_change_window_days, state, created_at, updated_at)
                VALUES (1, 'Printemps 2026', '2026-06-01', '2026-04-01', '2026-05-01', 7, 'done', 0, 0);
            INSERT INTO vmj_students(edition_id, status, token_hash, email, school, study_level, wishes, departements,
                administrations, created_at, updated_at)
                VALUES (1, 'registered', randomblob(32), 'eleve@example.fr', 'Lycée Jean Moulin', 'bac+2',
                    '["developer"]', '["69"]', '[1]', 0, 0);
            INSERT INTO contact_messages(name, email, subject, body, client_hash, received_at) VALUES
                ('Ancienne', 'ancienne@example.fr', 'dispositif', 'Une question', 'h1', \(s - 300 * day)),
                ('Récente', 'recente@example.fr', 'dispositif', 'Une question', 'h2', \(s));
            """)
        let changesBefore = try Self.count(fixture, "matching_changes")

        // Day 7: the reminder leaves (its file in the maildir); the day's first run purges.
        try fixture.setClock(days: 7)
        let first = try #require(try Self.run(fixture))
        #expect(first["tokens"] == 1, "the sent sign-in link's token is emptied at the first run")
        #expect(first["idempotencyRecords"] == 1 && first["messages"] == 0 && first["sessions"] == 0)
        #expect(first["students"] == 0 && first["matchingChanges"] == 0 && first["contactMessages"] == 0)
        #expect(
            try fixture.sql("SELECT count(*) FROM notification_outbox WHERE instr(payload, 'JETON-SECRET') > 0")
                == "0\n")
        #expect(
            try fixture.sql(
                "SELECT json_extract(payload, '$.signInLink.token') FROM notification_outbox WHERE kind = 'sign-in-link'"
            )
                == "\n")
        let reminderFiles = Self.mailFiles(fixture)
        #expect(reminderFiles.count == 1)
        // At most once a day: the next run that day purges nothing and reports no retention.
        #expect(try Self.run(fixture) == nil)

        // Day 98: more than 90 days after the two messages left, 30 after the sign-in history ended.
        try fixture.sql(
            """
            INSERT INTO idempotency_keys(user_id, key, fingerprint, status, body, created_at)
                VALUES (3, 'k2', randomblob(32), 201, X'7B7D', \(final - 3_600_000));
            INSERT INTO matching_changes(subject, id, seq)
                VALUES ('talent', 999, (SELECT max(seq) + 1 FROM matching_changes));
            """)
        let latest = try fixture.sql("SELECT max(seq) FROM matching_changes")
        try fixture.setClock(days: 98)
        let second = try #require(try Self.run(fixture, ["TALENTS_RETENTION_STUDENT_DAYS": "100"]))
        #expect(second["messages"] == 2, "the reminder and the sign-in link: \(second)")
        #expect(second["mailFiles"] == 1)
        #expect(second["signInLinks"] == 2 && second["sessions"] == 2 && second["apiTokens"] == 1)
        #expect(second["idempotencyRecords"] == 0 && second["students"] == 1)
        #expect(second["contactMessages"] == 1, "the message received more than a year before")
        #expect(try Self.count(fixture, "contact_messages") == 1)
        #expect(second["matchingChanges"] == changesBefore, "the changes present at the previous run")
        // What is left: the fresh rows only.
        #expect(try Self.count(fixture, "web_sign_in_links") == 1)
        #expect(try Self.count(fixture, "web_sessions") == 1)
        #expect(try Self.count(fixture, "api_tokens") == 1)
        #expect(try Self.count(fixture, "idempotency_keys") == 1)
        #expect(try fixture.sql("SELECT max(seq) FROM matching_changes") == latest)
        #expect(try Self.count(fixture, "matching_changes", "id = 999") == 1)
        #expect(try Self.count(fixture, "notification_outbox", "sent_at < \(final - 90 * day)") == 0)
        #expect(!Self.mailFiles(fixture).contains(reminderFiles[0]), "the reminder's file is gone")
        // The day-98 messages (the overdue notices) stay, with their files.
        #expect(Self.mailFiles(fixture).count == (try Self.count(fixture, "notification_outbox", "status = 'sent'")))
        #expect(
            try fixture.sql("SELECT status, email IS NULL, school IS NULL, token_hash IS NULL FROM vmj_students")
                == "withdrawn|1|1|1\n")
        // Totals since the beginning and one audit event per run, counts only.
        #expect(try fixture.sql("SELECT purged FROM retention_totals WHERE category = 'messages'") == "2\n")
        #expect(try fixture.sql("SELECT purged FROM retention_totals WHERE category = 'tokens'") == "1\n")
        #expect(try Self.count(fixture, "audit_events", "action = 'retention.purged'") == 2)
        #expect(try Self.count(fixture, "audit_events", "action = 'retention.purged' AND details LIKE '%@%'") == 0)
    }

    @Test func inactiveAccountsAreWarnedAMonthAndAWeekBeforeThenDueForAnonymisation() throws {
        let fixture = try NotificationFixture()
        defer { fixture.remove() }
        // Day 0: the first run starts the period of every account (none recorded yet).
        #expect(try Self.run(fixture)?["firstWarnings"] == 0)
        #expect(try Self.count(fixture, "users", "last_active_at = \(Self.start)") == 4)

        // Day 500: Dominique (user 4) uses the API with a token: activity recorded, once a day.
        try fixture.setClock(days: 500)
        let environment = fixture.environment(smtpPort: nil).merging(["TALENTS_JOBS_INTERVAL_SECONDS": "0"]) { $1 }
        let token = try Subprocess.run(
            "talents-admin", ["tokens", "issue", "--email", "dominique.petit@interieur.gouv.fr"],
            environment: environment
        ).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let server = try APIServerProcess(database: fixture.database, environment: environment)
        #expect(try server.send("GET", "/v1/me", token: token).status == 200)
        #expect(try fixture.sql("SELECT last_active_at FROM users WHERE id = 4") == "\(Self.start + 500 * Self.day)\n")
        try fixture.setClock(days: 500, seconds: 3600)
        #expect(try server.send("GET", "/v1/me", token: token).status == 200)
        #expect(
            try fixture.sql("SELECT last_active_at FROM users WHERE id = 4") == "\(Self.start + 500 * Self.day)\n",
            "a second use the same day writes nothing")

        // 1095 days (the default) without activity: first warning 30 days before, not earlier.
        try fixture.setClock(days: 1064)
        #expect(try Self.run(fixture)?["firstWarnings"] == 0)
        try fixture.setClock(days: 1065)
        let first = try #require(try Self.run(fixture))
        #expect(first["firstWarnings"] == 3 && first["secondWarnings"] == 0, "\(first)")
        try fixture.setClock(days: 1066)
        #expect(try Self.run(fixture)?["firstWarnings"] == 0, "each warning once")
        // The warnings left at that run: French, with the day and the way to keep the account.
        let files = Self.mailFiles(fixture)
        #expect(files.count == 3)
        let mails = try files.map {
            ReceivedMail(try String(contentsOfFile: fixture.directory.path("mail/new/\($0)"), encoding: .utf8))
        }
        #expect(Set(mails.map(\.to)).count == 3 && !mails.contains { $0.to.contains("dominique.petit") })
        for mail in mails {
            #expect(mail.text.contains("votre compte sera anonymisé le "), "\(mail.text)")
            #expect(mail.text.contains("dans 30 jours"))
            #expect(mail.text.contains("https://talents.example.gouv.fr/connexion?retour=%2Fmes-donnees"))
        }

        // Day 1070: Camille (user 3) signs in through the API: the warnings start over.
        try fixture.setClock(days: 1070)
        let camille = try Subprocess.run(
            "talents-admin", ["tokens", "issue", "--email", "camille.martin@interieur.gouv.fr"],
            environment: environment
        ).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try server.send("GET", "/v1/me", token: camille).status == 200)
        server.stop()
        #expect(try fixture.sql("SELECT inactivity_warnings FROM users WHERE id = 3") == "0\n")

        // A week before: the second warning, to the two still inactive.
        try fixture.setClock(days: 1087)
        #expect(try Self.run(fixture)?["secondWarnings"] == 0)
        try fixture.setClock(days: 1088)
        let second = try #require(try Self.run(fixture))
        #expect(second["secondWarnings"] == 2 && second["firstWarnings"] == 0, "\(second)")
        try fixture.setClock(days: 1094)
        #expect(try Self.run(fixture)?["dueForAnonymisation"] == 0)
        // Both warnings sent once each: two to users 1 and 2, one to Camille, none to Dominique.
        let sent = try fixture.sql(
            """
            SELECT recipient_user_id, count(*) FROM notification_outbox WHERE kind = 'inactivity-warning'
            AND status = 'sent' GROUP BY recipient_user_id ORDER BY recipient_user_id
            """)
        #expect(sent == "1|2\n2|2\n3|1\n", "\(sent)")
        #expect(Self.mailFiles(fixture).count == 5)
        #expect(try Self.count(fixture, "audit_events", "action = 'user.inactivity-warned'") == 5)

        // The day: both are anonymised by the erasure (reason inactivity), their mail files go.
        try fixture.setClock(days: 1095)
        let due = try #require(try Self.run(fixture))
        #expect(due["dueForAnonymisation"] == 2 && due["anonymised"] == 2, "\(due)")
        #expect(
            try fixture.sql("SELECT id, display_name, email LIKE 'compte-ferme-%' FROM users ORDER BY id")
                == "1|Compte fermé|1\n2|Compte fermé|1\n3|Camille Martin|0\n4|Dominique Petit|0\n")
        #expect(try Self.count(fixture, "audit_events", "action = 'account.closed'") == 2)
        #expect(Self.mailFiles(fixture).count == 1, "only Camille's warning is left in the maildir")
        #expect(try Self.run(fixture) == nil)
        try fixture.setClock(days: 1096)
        let after = try #require(try Self.run(fixture))
        #expect(after["anonymised"] == 0 && after["firstWarnings"] == 0, "an anonymised account is left alone")
    }

    @Test func theRetentionSettingsAreRefusedOutsideTheirRange() throws {
        let fixture = try NotificationFixture()
        defer { fixture.remove() }
        let result = try Subprocess.run(
            "talents-admin", ["jobs", "run"],
            environment: fixture.environment(smtpPort: nil).merging(["TALENTS_INACTIVITY_DAYS": "20"]) { $1 })
        #expect(result.status != 0 && result.errorOutput.contains("TALENTS_INACTIVITY_DAYS"))
        let flagged = try Subprocess.run(
            "talents-admin", ["jobs", "run", "--retention-message-days", "0"],
            environment: fixture.environment(smtpPort: nil))
        #expect(flagged.status != 0 && flagged.errorOutput.contains("retention-message-days"))
    }
}
