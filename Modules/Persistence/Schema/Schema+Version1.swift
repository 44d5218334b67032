extension Schema {
    /// Version 1: administrations, users and roles, the skill taxonomy, talents and their
    /// skills, missions and their required skills, applications, and the audit trail.
    ///
    /// Conventions: instants are INTEGER epoch milliseconds (`*_at`), calendar dates are TEXT
    /// `YYYY-MM-DD` (sortable), enums are their stable raw values under a CHECK, booleans are
    /// 0/1 under a CHECK. Every table is STRICT, so a wrong storage class is refused by SQLite.
    static let version1 = Migration(
        version: 1, name: "core",
        sql: """
            CREATE TABLE administrations (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
                acronym TEXT NOT NULL UNIQUE,
                level TEXT NOT NULL CHECK (level IN ('ministry', 'directorate', 'service', 'other')),
                public_service TEXT NOT NULL CHECK (public_service IN ('state', 'territorial', 'hospital')),
                parent_id INTEGER REFERENCES administrations(id),
                created_at INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX administrations_parent ON administrations(parent_id);

            CREATE TABLE users (
                id INTEGER PRIMARY KEY,
                display_name TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
                email TEXT NOT NULL UNIQUE,
                administration_id INTEGER REFERENCES administrations(id),
                created_at INTEGER NOT NULL
            ) STRICT;

            CREATE TABLE user_roles (
                user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                role TEXT NOT NULL CHECK (role IN ('talent', 'mission-owner', 'line-manager', 'referent', 'operator')),
                PRIMARY KEY (user_id, role)
            ) STRICT, WITHOUT ROWID;

            -- The taxonomy lives in code (SkillTaxonomy.standard); this copy, refreshed at every
            -- start, lets foreign keys and queries see it.
            CREATE TABLE skills (
                code TEXT PRIMARY KEY,
                name TEXT NOT NULL,
                family TEXT NOT NULL,
                esco_uri TEXT
            ) STRICT, WITHOUT ROWID;

            CREATE TABLE talents (
                id INTEGER PRIMARY KEY,
                user_id INTEGER NOT NULL UNIQUE REFERENCES users(id),
                employer_id INTEGER NOT NULL REFERENCES administrations(id),
                status TEXT NOT NULL CHECK (status IN ('civil-servant', 'contract-agent')),
                line_manager_name TEXT NOT NULL,
                line_manager_email TEXT NOT NULL,
                departement TEXT NOT NULL,
                hours_per_month INTEGER NOT NULL CHECK (hours_per_month BETWEEN 1 AND 151),
                available_from TEXT,
                available_until TEXT,
                presentation TEXT NOT NULL,
                pool_consent_at INTEGER,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX talents_employer ON talents(employer_id);
            CREATE INDEX talents_pool ON talents(departement) WHERE pool_consent_at IS NOT NULL;

            CREATE TABLE talent_skills (
                talent_id INTEGER NOT NULL REFERENCES talents(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                skill_code TEXT NOT NULL REFERENCES skills(code),
                level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 4),
                PRIMARY KEY (talent_id, skill_code)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX talent_skills_skill ON talent_skills(skill_code, level);

            CREATE TABLE missions (
                id INTEGER PRIMARY KEY,
                administration_id INTEGER NOT NULL REFERENCES administrations(id),
                owner_id INTEGER NOT NULL REFERENCES users(id),
                title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 160),
                description TEXT NOT NULL,
                nature TEXT NOT NULL CHECK (nature IN ('support', 'lessons-learned', 'skill-transfer', 'advice',
                    'software-component', 'security-hardening', 'ux-improvement')),
                effort_hours INTEGER NOT NULL CHECK (effort_hours >= 1),
                window_start TEXT NOT NULL,
                window_end TEXT NOT NULL CHECK (window_end >= window_start),
                departement TEXT,
                remote INTEGER NOT NULL CHECK (remote IN (0, 1)),
                talents_sought INTEGER NOT NULL CHECK (talents_sought >= 1),
                application_deadline TEXT NOT NULL,
                crisis INTEGER NOT NULL CHECK (crisis IN (0, 1)),
                state TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'published',
                    'closed-filled', 'closed-cancelled', 'closed-expired')),
                rejection_reason TEXT,
                created_at INTEGER NOT NULL,
                updated_at INTEGER NOT NULL,
                submitted_at INTEGER,
                published_at INTEGER,
                closed_at INTEGER,
                CHECK (departement IS NOT NULL OR remote = 1)
            ) STRICT;
            CREATE INDEX missions_state ON missions(state, application_deadline);
            CREATE INDEX missions_owner ON missions(owner_id);
            CREATE INDEX missions_administration ON missions(administration_id);

            CREATE TABLE mission_skills (
                mission_id INTEGER NOT NULL REFERENCES missions(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                skill_code TEXT NOT NULL REFERENCES skills(code),
                minimum_level INTEGER NOT NULL CHECK (minimum_level BETWEEN 1 AND 4),
                PRIMARY KEY (mission_id, skill_code)
            ) STRICT, WITHOUT ROWID;
            CREATE INDEX mission_skills_skill ON mission_skills(skill_code);

            CREATE TABLE applications (
                id INTEGER PRIMARY KEY,
                mission_id INTEGER NOT NULL REFERENCES missions(id),
                talent_id INTEGER NOT NULL REFERENCES talents(id),
                motivation TEXT NOT NULL,
                status TEXT NOT NULL CHECK (status IN ('submitted', 'interview-proposed', 'accepted',
                    'declined', 'withdrawn')),
                interview_at INTEGER,
                interview_means TEXT,
                reason_code TEXT CHECK (reason_code IN ('profile-does-not-fit', 'mission-filled', 'no-longer-available',
                    'answered-outside-platform', 'other')),
                reason_text TEXT,
                submitted_at INTEGER NOT NULL,
                due_at INTEGER NOT NULL,
                answered_at INTEGER,
                updated_at INTEGER NOT NULL,
                CHECK ((status = 'interview-proposed') = (interview_at IS NOT NULL)),
                CHECK ((status IN ('declined', 'withdrawn')) = (reason_code IS NOT NULL))
            ) STRICT;
            -- One live application per talent and mission (domain.md, "The journey").
            CREATE UNIQUE INDEX applications_live ON applications(mission_id, talent_id)
                WHERE status IN ('submitted', 'interview-proposed', 'accepted');
            CREATE INDEX applications_talent ON applications(talent_id);
            CREATE INDEX applications_awaiting ON applications(due_at) WHERE answered_at IS NULL AND status = 'submitted';

            -- Append-only: every state change, who made it and when. Triggers refuse edits.
            CREATE TABLE audit_events (
                id INTEGER PRIMARY KEY,
                at INTEGER NOT NULL,
                actor TEXT NOT NULL,
                action TEXT NOT NULL,
                subject_type TEXT NOT NULL,
                subject_id INTEGER,
                details TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details))
            ) STRICT;
            CREATE INDEX audit_events_subject ON audit_events(subject_type, subject_id);
            CREATE INDEX audit_events_action ON audit_events(action, at);
            CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
            CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events
                BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;
            """)
}
