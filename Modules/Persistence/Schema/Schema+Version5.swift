extension Schema {
    /// *Vis mon job* (issue 10): editions, ambassadors (agents with a talent profile), students
    /// (no account: a private access token, stored as its SHA-256 hash only), the pairs of the
    /// pairing, date proposals, feedback, and the coaching slots offered to ambassadors.
    ///
    /// A withdrawn student keeps only their row's id, edition and status: e-mail, school and
    /// token hash are erased (minimal personal data). Pairs of an edition in `matching` are
    /// the operator's preview; both sides see them once the edition is `paired`.
    static let version5 = Migration(
        version: 5, name: "vis-mon-job",
        sql: """
            CREATE TABLE vmj_editions (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
                event_day TEXT NOT NULL,
                registration_opens TEXT NOT NULL,
                registration_closes TEXT NOT NULL,
                date_change_window_days INTEGER NOT NULL CHECK (date_change_window_days BETWEEN 0 AND 90),
                state TEXT NOT NULL CHECK (state IN ('open', 'matching', 'paired', 'done')),
                pairing_run_at INTEGER,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                revision INTEGER NOT NULL DEFAULT 1,
                CHECK (registration_opens <= registration_closes AND registration_closes < event_day)
            ) STRICT;

            CREATE TABLE vmj_ambassadors (
                id INTEGER PRIMARY KEY,
                edition_id INTEGER NOT NULL REFERENCES vmj_editions(id),
                user_id INTEGER NOT NULL REFERENCES users(id),
                administration_id INTEGER NOT NULL REFERENCES administrations(id),
                job_family TEXT NOT NULL CHECK (job_family IN ('data-scientist', 'security-officer', 'technical-architect',
                    'it-project-lead', 'analyst', 'developer', 'systems-network-administrator', 'other')),
                departement TEXT NOT NULL,
                city TEXT NOT NULL,
                capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 5),
                description TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                revision INTEGER NOT NULL DEFAULT 1,
                UNIQUE (edition_id, user_id)
            ) STRICT;

            CREATE TABLE vmj_students (
                id INTEGER PRIMARY KEY,
                edition_id INTEGER NOT NULL REFERENCES vmj_editions(id),
                status TEXT NOT NULL CHECK (status IN ('registered', 'withdrawn')),
                token_hash BLOB UNIQUE,
                email TEXT,
                school TEXT,
                study_level TEXT CHECK (study_level IN ('bac+1', 'bac+2', 'bac+3', 'bac+4', 'bac+5', 'doctorate')),
                -- JSON arrays, best first: job families, département codes, administration ids.
                wishes TEXT CHECK (wishes IS NULL OR json_valid(wishes)),
                departements TEXT CHECK (departements IS NULL OR json_valid(departements)),
                administrations TEXT CHECK (administrations IS NULL OR json_valid(administrations)),
                unmatched_reason TEXT CHECK (unmatched_reason IN ('no-ambassador-in-wished-families',
                    'no-ambassador-in-departements', 'acceptable-ambassadors-full')),
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                revision INTEGER NOT NULL DEFAULT 1,
                CHECK ((status = 'registered') = (token_hash IS NOT NULL AND email IS NOT NULL AND school IS NOT NULL
                    AND study_level IS NOT NULL AND wishes IS NOT NULL AND departements IS NOT NULL
                    AND administrations IS NOT NULL))
            ) STRICT;
            -- One live registration per e-mail address and edition.
            CREATE UNIQUE INDEX vmj_students_email ON vmj_students(edition_id, email) WHERE status = 'registered';

            CREATE TABLE vmj_pairs (
                id INTEGER PRIMARY KEY,
                edition_id INTEGER NOT NULL REFERENCES vmj_editions(id),
                student_id INTEGER NOT NULL UNIQUE REFERENCES vmj_students(id),
                ambassador_id INTEGER NOT NULL REFERENCES vmj_ambassadors(id),
                wish_rank INTEGER CHECK (wish_rank >= 1),
                departement_rank INTEGER CHECK (departement_rank >= 1),
                administration_rank INTEGER CHECK (administration_rank >= 1),
                manual INTEGER NOT NULL CHECK (manual IN (0, 1)),
                agreed_date TEXT,
                proposed_date TEXT,
                proposed_by TEXT CHECK (proposed_by IN ('student', 'ambassador')),
                status TEXT NOT NULL CHECK (status IN ('paired', 'done')),
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                revision INTEGER NOT NULL DEFAULT 1,
                CHECK ((proposed_date IS NULL) = (proposed_by IS NULL))
            ) STRICT;
            CREATE INDEX vmj_pairs_edition ON vmj_pairs(edition_id);
            CREATE INDEX vmj_pairs_ambassador ON vmj_pairs(ambassador_id);

            -- Each side leaves feedback once per pair.
            CREATE TABLE vmj_feedback (
                pair_id INTEGER NOT NULL REFERENCES vmj_pairs(id),
                side TEXT NOT NULL CHECK (side IN ('student', 'ambassador')),
                rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
                comment TEXT NOT NULL,
                created_at INTEGER NOT NULL,
                PRIMARY KEY (pair_id, side)
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE vmj_coaching_slots (
                id INTEGER PRIMARY KEY,
                edition_id INTEGER NOT NULL REFERENCES vmj_editions(id),
                starts_at INTEGER NOT NULL,
                capacity INTEGER NOT NULL CHECK (capacity BETWEEN 1 AND 50),
                created_at INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX vmj_coaching_slots_edition ON vmj_coaching_slots(edition_id, starts_at);

            -- One booking per ambassador (an ambassador belongs to one edition).
            CREATE TABLE vmj_coaching_bookings (
                ambassador_id INTEGER PRIMARY KEY REFERENCES vmj_ambassadors(id),
                slot_id INTEGER NOT NULL REFERENCES vmj_coaching_slots(id),
                booked_at INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX vmj_coaching_bookings_slot ON vmj_coaching_bookings(slot_id);
            """)
}
