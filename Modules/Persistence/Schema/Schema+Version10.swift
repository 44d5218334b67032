extension Schema {
    /// Version 10, trust (issue 15): an agreement fixes its parties when it is drafted — the line
    /// manager's account, the owner, the employing and the beneficiary administrations — and a
    /// talent's employment counts for agreements once a referent confirms it.
    ///
    /// Existing agreements get the parties they were made with: the owner and administration of
    /// their mission, the employer of their talent, and as line manager the account that signed
    /// for that side (from the audit trail), else the account with the address the profile names,
    /// else none (such an agreement waits for its parties to be fixed again). Talents with an
    /// agreement have their employer confirmed by the migration, since their agreements already
    /// bind it; the others wait for their referent.
    static let version10 = Migration(
        version: 10, name: "agreement parties and confirmed employment",
        sql: """
            ALTER TABLE agreements ADD COLUMN line_manager_id INTEGER REFERENCES users(id);
            ALTER TABLE agreements ADD COLUMN owner_id INTEGER REFERENCES users(id);
            ALTER TABLE agreements ADD COLUMN employer_id INTEGER REFERENCES administrations(id);
            ALTER TABLE agreements ADD COLUMN beneficiary_id INTEGER REFERENCES administrations(id);
            UPDATE agreements SET
                owner_id = (SELECT owner_id FROM missions WHERE missions.id = agreements.mission_id),
                beneficiary_id = (SELECT administration_id FROM missions WHERE missions.id = agreements.mission_id),
                employer_id = (SELECT employer_id FROM talents WHERE talents.id = agreements.talent_id),
                line_manager_id = coalesce(
                    (SELECT CAST(substr(actor, 6) AS INTEGER) FROM audit_events
                        WHERE subject_type = 'agreement' AND subject_id = agreements.id AND action = 'agreement.signed'
                            AND actor LIKE 'user:%' AND instr(json_extract(details, '$.parties'), 'line-manager') > 0
                        ORDER BY id DESC LIMIT 1),
                    (SELECT users.id FROM users JOIN talents ON talents.line_manager_email = users.email
                        WHERE talents.id = agreements.talent_id));
            CREATE INDEX agreements_line_manager ON agreements(line_manager_id);
            CREATE INDEX agreements_employer ON agreements(employer_id);

            ALTER TABLE talents ADD COLUMN employment_confirmed_employer_id INTEGER REFERENCES administrations(id);
            ALTER TABLE talents ADD COLUMN employment_confirmed_by INTEGER REFERENCES users(id);
            ALTER TABLE talents ADD COLUMN employment_confirmed_at INTEGER;
            UPDATE talents SET employment_confirmed_employer_id = employer_id,
                employment_confirmed_at = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
                WHERE id IN (SELECT talent_id FROM agreements);
            CREATE INDEX talents_unconfirmed_employer ON talents(employer_id)
                WHERE employment_confirmed_employer_id IS NULL OR employment_confirmed_employer_id <> employer_id;
            """)
}
