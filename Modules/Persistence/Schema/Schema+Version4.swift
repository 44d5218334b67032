extension Schema {
    /// Version 4, recognition (gamification): the double-entry credit ledger, the distinctions
    /// awarded to users, the Open Badges assertions of the virtual diplomas, and the spotlight consent.
    ///
    /// Ledger amounts are INTEGER units of a sixtieth of a credit (one validated minute at the
    /// default rate of one credit per hour). Transfers and movements are append-only, like
    /// `audit_events`: a correction is a new transfer that names the one it reverses (at most
    /// once, by the UNIQUE constraint). `credit_accounts.balance` is the running total kept by the
    /// ledger store in the same transaction as each movement; `talents-admin ledger verify`
    /// recomputes it from the movements. The spotlight consent has a table of its own, so that the
    /// talents table keeps its columns.
    static let version4 = Migration(
        version: 4, name: "recognition",
        sql: """
            CREATE TABLE credit_accounts (
                administration_id INTEGER PRIMARY KEY REFERENCES administrations(id),
                balance INTEGER NOT NULL DEFAULT 0,
                -- Optional: a balance below it flags the administration, never blocks a transfer.
                floor INTEGER,
                opened_at INTEGER NOT NULL
            ) STRICT;
            CREATE TRIGGER credit_accounts_no_delete BEFORE DELETE ON credit_accounts
                BEGIN SELECT RAISE(ABORT, 'credit_accounts are never deleted'); END;

            CREATE TABLE credit_transfers (
                id INTEGER PRIMARY KEY,
                from_account INTEGER NOT NULL REFERENCES credit_accounts(administration_id),
                to_account INTEGER NOT NULL REFERENCES credit_accounts(administration_id),
                amount INTEGER NOT NULL CHECK (amount > 0),
                -- Exactly one cause: a validated time report (once each), or the reversal of a transfer (once each).
                time_report_id INTEGER UNIQUE REFERENCES time_reports(id),
                minutes INTEGER CHECK (minutes >= 1),
                credits_per_hour INTEGER CHECK (credits_per_hour >= 1),
                reverses_id INTEGER UNIQUE REFERENCES credit_transfers(id),
                reason TEXT,
                actor TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                CHECK (from_account <> to_account),
                CHECK ((time_report_id IS NULL) <> (reverses_id IS NULL)),
                CHECK ((time_report_id IS NULL) = (minutes IS NULL) AND (minutes IS NULL) = (credits_per_hour IS NULL)),
                CHECK ((reverses_id IS NULL) = (reason IS NULL))
            ) STRICT;
            CREATE TRIGGER credit_transfers_no_update BEFORE UPDATE ON credit_transfers
                BEGIN SELECT RAISE(ABORT, 'credit_transfers is append-only'); END;
            CREATE TRIGGER credit_transfers_no_delete BEFORE DELETE ON credit_transfers
                BEGIN SELECT RAISE(ABORT, 'credit_transfers is append-only'); END;

            CREATE TABLE credit_movements (
                id INTEGER PRIMARY KEY,
                transfer_id INTEGER NOT NULL REFERENCES credit_transfers(id),
                account INTEGER NOT NULL REFERENCES credit_accounts(administration_id),
                amount INTEGER NOT NULL CHECK (amount <> 0),
                balance_after INTEGER NOT NULL,
                created_at INTEGER NOT NULL,
                UNIQUE (transfer_id, account)
            ) STRICT;
            CREATE INDEX credit_movements_account ON credit_movements(account, id);
            CREATE TRIGGER credit_movements_no_update BEFORE UPDATE ON credit_movements
                BEGIN SELECT RAISE(ABORT, 'credit_movements is append-only'); END;
            CREATE TRIGGER credit_movements_no_delete BEFORE DELETE ON credit_movements
                BEGIN SELECT RAISE(ABORT, 'credit_movements is append-only'); END;

            -- Each distinction at most once per user, with the event that earned it.
            CREATE TABLE distinctions (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL REFERENCES users(id),
                code TEXT NOT NULL CHECK (code IN ('first-mission', 'three-missions', 'ten-missions', 'fifty-hours',
                    'hundred-hours', 'five-hundred-hours', 'mentor', 'cross-ministry', 'quick-answer',
                    'vis-mon-job-ambassador')),
                event_kind TEXT NOT NULL CHECK (event_kind IN ('time-report-validated', 'agreement-completed',
                    'application-answered', 'vis-mon-job-day-done')),
                event_record_id INTEGER,
                awarded_at INTEGER NOT NULL,
                UNIQUE (user_id, code)
            ) STRICT;
            CREATE INDEX distinctions_awarded ON distinctions(awarded_at);
            CREATE TRIGGER distinctions_no_update BEFORE UPDATE ON distinctions
                BEGIN SELECT RAISE(ABORT, 'distinctions is append-only'); END;
            CREATE TRIGGER distinctions_no_delete BEFORE DELETE ON distinctions
                BEGIN SELECT RAISE(ABORT, 'distinctions is append-only'); END;

            -- Open Badges 2.0 assertions (virtual diplomas), one per completed agreement. The evidence
            -- is a snapshot taken at issuance, so the diploma does not change with the mission.
            CREATE TABLE badge_assertions (
                id INTEGER PRIMARY KEY,
                public_id TEXT NOT NULL UNIQUE CHECK (length(public_id) BETWEEN 16 AND 64),
                agreement_id INTEGER NOT NULL UNIQUE REFERENCES agreements(id),
                user_id INTEGER NOT NULL REFERENCES users(id),
                nature TEXT NOT NULL CHECK (nature IN ('support', 'lessons-learned', 'skill-transfer', 'advice',
                    'software-component', 'security-hardening', 'ux-improvement')),
                salt TEXT NOT NULL,
                recipient_identity TEXT NOT NULL CHECK (recipient_identity LIKE 'sha256$%'),
                evidence_title TEXT NOT NULL,
                evidence_beneficiary TEXT NOT NULL,
                evidence_minutes INTEGER NOT NULL CHECK (evidence_minutes >= 0),
                evidence_objectives TEXT NOT NULL,
                issued_at INTEGER NOT NULL,
                revoked_at INTEGER,
                revocation_reason TEXT,
                revision INTEGER NOT NULL DEFAULT 1,
                CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL))
            ) STRICT;
            CREATE INDEX badge_assertions_user ON badge_assertions(user_id);
            CREATE TRIGGER badge_assertions_no_delete BEFORE DELETE ON badge_assertions
                BEGIN SELECT RAISE(ABORT, 'badge_assertions are never deleted'); END;
            CREATE TRIGGER badge_assertions_issued BEFORE UPDATE OF public_id, agreement_id, user_id, nature, salt,
                recipient_identity, evidence_title, evidence_beneficiary, evidence_minutes, evidence_objectives, issued_at
                ON badge_assertions
                BEGIN SELECT RAISE(ABORT, 'an issued badge assertion only changes by revocation'); END;
            CREATE TRIGGER badge_assertions_revocation_final BEFORE UPDATE ON badge_assertions
                WHEN OLD.revoked_at IS NOT NULL
                BEGIN SELECT RAISE(ABORT, 'a revoked badge assertion stays revoked'); END;

            -- Spotlight: the talents who opted into the public listing, since when; the row goes at
            -- opt-out (the audit trail keeps the history). A change bumps the talent's revision.
            CREATE TABLE spotlight_consents (
                talent_id INTEGER PRIMARY KEY REFERENCES talents(id),
                consented_at INTEGER NOT NULL
            ) STRICT;
            """)
}
