extension Schema {
    /// Version 3, the engagement (web API part 2): the tripartite agreement made from an accepted
    /// application, the mission order issued by the talent's administration, the time reports,
    /// and the feedback left by both sides once the engagement ends.
    ///
    /// An agreement is the engagement's record: `awaiting-signatures` until the talent, the line
    /// manager and the owner have signed (`signed`), or `refused` by the line manager; then
    /// `completed` by the owner or `interrupted` by any party. Mission orders are numbered per
    /// issuing administration and year, without gaps: numbers are allocated inside the single
    /// writer's transaction and a cancelled order keeps its number.
    static let version3 = Migration(
        version: 3, name: "engagement",
        sql: """
            -- Why the operator reopened an application declined by mistake; cleared by a later decline or withdrawal.
            ALTER TABLE applications ADD COLUMN reopening_reason TEXT;

            CREATE TABLE agreements (
                id INTEGER PRIMARY KEY,
                application_id INTEGER NOT NULL UNIQUE REFERENCES applications(id),
                mission_id INTEGER NOT NULL REFERENCES missions(id),
                talent_id INTEGER NOT NULL REFERENCES talents(id),
                objectives TEXT NOT NULL CHECK (length(objectives) >= 1),
                deliverables TEXT NOT NULL CHECK (length(deliverables) >= 1),
                hours_budget INTEGER NOT NULL CHECK (hours_budget >= 1),
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL CHECK (end_date >= start_date),
                work_mode TEXT NOT NULL CHECK (work_mode IN ('remote', 'on-site', 'hybrid')),
                conditions TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('awaiting-signatures', 'signed', 'refused',
                    'completed', 'interrupted')),
                talent_signed_at INTEGER,
                manager_signed_at INTEGER,
                owner_signed_at INTEGER,
                -- Set when the line manager refuses (service needs), or when a party interrupts.
                end_reason TEXT,
                ended_by TEXT CHECK (ended_by IN ('talent', 'line-manager', 'owner', 'operator')),
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                signed_at INTEGER,
                ended_at INTEGER,
                revision INTEGER NOT NULL DEFAULT 1,
                CHECK (status IN ('awaiting-signatures', 'refused', 'interrupted') OR signed_at IS NOT NULL),
                CHECK (status NOT IN ('refused', 'interrupted') OR end_reason IS NOT NULL)
            ) STRICT;
            CREATE INDEX agreements_mission ON agreements(mission_id);
            CREATE INDEX agreements_talent ON agreements(talent_id);
            CREATE INDEX agreements_status ON agreements(status);

            CREATE TABLE mission_orders (
                id INTEGER PRIMARY KEY,
                agreement_id INTEGER NOT NULL REFERENCES agreements(id),
                administration_id INTEGER NOT NULL REFERENCES administrations(id),
                year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 9999),
                sequence INTEGER NOT NULL CHECK (sequence >= 1),
                reference TEXT NOT NULL UNIQUE,
                start_date TEXT NOT NULL,
                end_date TEXT NOT NULL CHECK (end_date >= start_date),
                issued_by INTEGER REFERENCES users(id),
                issued_at INTEGER NOT NULL,
                cancelled_at INTEGER,
                cancellation_reason TEXT,
                revision INTEGER NOT NULL DEFAULT 1,
                UNIQUE (administration_id, year, sequence),
                CHECK ((cancelled_at IS NULL) = (cancellation_reason IS NULL))
            ) STRICT;
            -- At most one mission order in force per agreement.
            CREATE UNIQUE INDEX mission_orders_in_force ON mission_orders(agreement_id) WHERE cancelled_at IS NULL;

            CREATE TABLE time_reports (
                id INTEGER PRIMARY KEY,
                agreement_id INTEGER NOT NULL REFERENCES agreements(id),
                work_date TEXT NOT NULL,
                minutes INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 1440),
                note TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('submitted', 'validated', 'rejected')),
                rejection_reason TEXT,
                reported_at INTEGER NOT NULL,
                decided_at INTEGER,
                decided_by INTEGER REFERENCES users(id),
                revision INTEGER NOT NULL DEFAULT 1,
                CHECK ((status = 'rejected') = (rejection_reason IS NOT NULL)),
                CHECK ((status = 'submitted') = (decided_at IS NULL))
            ) STRICT;
            CREATE INDEX time_reports_agreement ON time_reports(agreement_id, status);
            CREATE INDEX time_reports_awaiting ON time_reports(reported_at) WHERE status = 'submitted';

            -- Each side leaves feedback once per agreement.
            CREATE TABLE feedback (
                agreement_id INTEGER NOT NULL REFERENCES agreements(id),
                side TEXT NOT NULL CHECK (side IN ('talent', 'owner')),
                rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
                comment TEXT NOT NULL,
                author_id INTEGER REFERENCES users(id),
                created_at INTEGER NOT NULL,
                PRIMARY KEY (agreement_id, side)
            ) STRICT, WITHOUT ROWID;
            """)
}
