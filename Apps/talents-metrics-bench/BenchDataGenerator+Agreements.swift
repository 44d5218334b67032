import Persistence

extension BenchDataGenerator {
    /// One agreement per accepted application, as the owner drafts it: two in three signed by
    /// the three parties (a week after the answer), the others awaiting signatures; parties fixed
    /// as `AgreementStore` fixes them (the mission's owner and administration, the talent's
    /// employer, whose employment counts as confirmed); no line manager account, as for a talent
    /// whose manager has not signed in yet.
    mutating func generateAgreements(in connection: Connection) throws {
        rows += try connection.run(
            """
            INSERT INTO agreements(application_id, mission_id, talent_id, objectives, deliverables, hours_budget,
                start_date, end_date, work_mode, conditions, status, talent_signed_at, manager_signed_at,
                owner_signed_at, created_at, updated_at, signed_at, owner_id, employer_id, beneficiary_id)
            SELECT a.id, a.mission_id, a.talent_id, 'Objectifs générés pour la mesure.', 'Livrables générés.', 35,
                date(a.updated_at / 1000 + 14 * 86400, 'unixepoch'), date(a.updated_at / 1000 + 120 * 86400, 'unixepoch'),
                'remote', 'Deux jours par mois.', iif(a.id % 3 = 0, 'awaiting-signatures', 'signed'),
                a.updated_at + ?1, iif(a.id % 3 = 0, NULL, a.updated_at + ?1), iif(a.id % 3 = 0, NULL, a.updated_at + ?1),
                a.updated_at, a.updated_at + ?1, iif(a.id % 3 = 0, NULL, a.updated_at + ?1),
                m.owner_id, t.employer_id, m.administration_id
            FROM applications a JOIN missions m ON m.id = a.mission_id JOIN talents t ON t.id = a.talent_id
            WHERE a.status = 'accepted'
            """, 7 * Self.day)
        try connection.run(
            """
            UPDATE talents SET employment_confirmed_employer_id = employer_id, employment_confirmed_at = ?
            WHERE id IN (SELECT talent_id FROM agreements)
            """, now)
    }
}
