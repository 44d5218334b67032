import Domain
import Persistence
import TestSupport

/// A small programme written through the stores, whose figures the tests know by heart.
///
/// - Administrations: MININT (ministry) and its directorate DNUM; MINARM (ministry).
/// - Talents 1–5; 1, 2 and 3 in the pool. Best levels by family: t1 data 4, architecture 1,
///   development 3; t2 development 4; t3 security 3; t4 development 1; t5 development 1.
/// - Missions (created 2026-01-05): A (DNUM, support, published), B (DNUM, advice, draft),
///   C (MINARM, security-hardening, published), D (MINARM, support, cancelled).
/// - Applications, seen at ``now`` (2026-03-02T09:00Z):
///   - to A: a1 t1 Jan 5, accepted after 2 days; a2 t2 Jan 10, interview after 10 days 1 hour;
///     a3 t3 Feb 1, declined (mission-filled) after 20 days; a4 t4 Feb 10, unanswered (overdue).
///   - to C: b1 t1 Feb 20, unanswered (not yet due); b2 t2 Jan 12, withdrawn Jan 15 (before due);
///     b3 t3 Jan 12, accepted after exactly 14 days; b4 t4 Jan 20, withdrawn Feb 10 unanswered
///     (after due); b5 t5 Jan 5, accepted after 1 hour.
/// - Engagement (schema v3 rows written by SQL, as its workflows live in another branch):
///   agreement of a1 refused by t1's line manager; of b3 (t3, employer MINARM) completed, one
///   mission order by MINARM in force, 240 minutes validated; of b5 (t5, employer DNUM) signed,
///   two orders by DNUM (the first cancelled), 120 + 90 minutes validated, 60 submitted and 30
///   rejected. Validated time: MINARM → MINARM 4 h, MININT → MINARM 3.5 h.
enum ProgrammeWorld {
    /// The instant the figures are read at.
    static let now = instant("2026-03-02")
    static let actor = Actor.commandLine

    static func write(in connection: Connection) throws {
        let administrations = AdministrationStore(connection)
        let created = instant("2026-01-05")
        let minint = try administrations.insert(
            NewAdministration(
                name: "Ministère de l'Intérieur", acronym: "MININT", level: .ministry,
                publicService: .state, parentID: nil), by: actor, at: created)
        let dnum = try administrations.insert(
            NewAdministration(
                name: "Direction du numérique", acronym: "DNUM", level: .directorate,
                publicService: .state, parentID: minint.id), by: actor, at: created)
        let minarm = try administrations.insert(
            NewAdministration(
                name: "Ministère des Armées", acronym: "MINARM", level: .ministry,
                publicService: .state, parentID: nil), by: actor, at: created)

        let users = UserStore(connection)
        let ownerDNUM = try users.insert(
            NewUser(
                displayName: "Alex Bernard", email: try EmailAddress("alex@dnum.gouv.fr"),
                roles: [.missionOwner], administrationID: dnum.id), by: actor, at: created)
        let ownerARM = try users.insert(
            NewUser(
                displayName: "Sam Petit", email: try EmailAddress("sam@def.gouv.fr"),
                roles: [.missionOwner], administrationID: minarm.id), by: actor, at: created)

        let t1 = try talent(
            1, employer: minint.id, [("data-ai", .expert), ("arch-api", .notions), ("dev-backend", .mastery)],
            pool: true, in: connection)
        let t2 = try talent(
            2, employer: dnum.id, [("dev-backend", .practice), ("dev-testing", .expert)],
            pool: true, in: connection)
        let t3 = try talent(3, employer: minarm.id, [("sec-audit", .mastery)], pool: true, in: connection)
        let t4 = try talent(4, employer: minarm.id, [("dev-testing", .notions)], pool: false, in: connection)
        let t5 = try talent(5, employer: dnum.id, [("dev-backend", .notions)], pool: false, in: connection)

        let missions = MissionStore(connection)
        func mission(_ administration: Administration, owner: User, _ nature: MissionNature) throws -> Mission {
            try missions.insert(
                administrationID: administration.id, ownerID: owner.id, details: details(nature),
                by: .user(owner.id), at: created)
        }
        func publish(_ mission: inout Mission) throws {
            try mission.submit(at: created)
            try missions.update(mission, action: "mission.submitted", by: actor, at: created)
            try mission.publish(today: created.utcDate, at: created)
            try missions.update(mission, action: "mission.published", by: actor, at: created)
        }
        var missionA = try mission(dnum, owner: ownerDNUM, .support)
        try publish(&missionA)
        _ = try mission(dnum, owner: ownerDNUM, .advice)
        var missionC = try mission(minarm, owner: ownerARM, .securityHardening)
        try publish(&missionC)
        var missionD = try mission(minarm, owner: ownerARM, .support)
        try missionD.submit(at: created)
        try missions.update(missionD, action: "mission.submitted", by: actor, at: created)
        try missionD.cancel(at: created)
        try missions.update(missionD, action: "mission.cancelled", by: actor, at: created)

        let applications = ApplicationStore(connection)
        func apply(_ talent: Talent, to mission: Mission, on day: String) throws -> Application {
            try applications.submit(
                missionID: mission.id, talentID: talent.id, motivation: "Motivation.",
                by: .user(talent.userID), at: instant(day))
        }
        func answer(
            _ application: inout Application, _ action: String, after duration: (days: Int, hours: Int),
            _ transition: (inout Application, Instant) throws -> Void
        ) throws {
            let at = application.submittedAt.adding(days: duration.days, hours: duration.hours)
            try transition(&application, at)
            try applications.update(application, action: action, by: actor, at: at)
        }
        var a1 = try apply(t1, to: missionA, on: "2026-01-05")
        try answer(&a1, "application.accepted", after: (2, 0)) { try $0.accept(at: $1) }
        var a2 = try apply(t2, to: missionA, on: "2026-01-10")
        try answer(&a2, "application.interview-proposed", after: (10, 1)) {
            try $0.proposeInterview(Interview(at: $1.adding(days: 3), means: "Visio"), at: $1)
        }
        var a3 = try apply(t3, to: missionA, on: "2026-02-01")
        try answer(&a3, "application.declined", after: (20, 0)) {
            try $0.decline(reason: try CodedReason(.missionFilled), at: $1)
        }
        _ = try apply(t4, to: missionA, on: "2026-02-10")

        _ = try apply(t1, to: missionC, on: "2026-02-20")
        var b2 = try apply(t2, to: missionC, on: "2026-01-12")
        try answer(&b2, "application.withdrawn", after: (3, 0)) {
            try $0.withdraw(reason: try CodedReason(.noLongerAvailable), at: $1)
        }
        var b3 = try apply(t3, to: missionC, on: "2026-01-12")
        try answer(&b3, "application.accepted", after: (14, 0)) { try $0.accept(at: $1) }
        var b4 = try apply(t4, to: missionC, on: "2026-01-20")
        try answer(&b4, "application.withdrawn", after: (21, 0)) {
            try $0.withdraw(reason: try CodedReason(.other, text: "Mutation"), at: $1)
        }
        var b5 = try apply(t5, to: missionC, on: "2026-01-05")
        try answer(&b5, "application.accepted", after: (0, 1)) { try $0.accept(at: $1) }
        try engagement(refused: a1, completed: b3, signed: b5, minarm: minarm.id, dnum: dnum.id, in: connection)
    }

    /// The agreements, mission orders and time reports the documentation lists.
    private static func engagement(
        refused: Application, completed: Application, signed: Application,
        minarm: AdministrationID, dnum: AdministrationID, in connection: Connection
    ) throws {
        let at = instant("2026-02-01").millisecondsSinceEpoch
        func agreement(_ application: Application, status: String, signedAt: Int64?, endReason: String?) throws -> Int64
        {
            try connection.run(
                """
                INSERT INTO agreements(application_id, mission_id, talent_id, objectives, deliverables, hours_budget,
                    start_date, end_date, work_mode, conditions, status, end_reason, ended_by, created_at, updated_at,
                    signed_at, owner_id, employer_id, beneficiary_id)
                VALUES (?1, ?2, ?3, 'Objectifs.', 'Livrables.', 20, '2026-02-01', '2026-04-30', 'remote', '', ?4, ?5, ?6, ?7,
                    ?8, ?9, (SELECT owner_id FROM missions WHERE id = ?2), (SELECT employer_id FROM talents WHERE id = ?3), (SELECT administration_id FROM missions WHERE id = ?2))
                """, application.id.rawValue, application.missionID.rawValue, application.talentID.rawValue, status,
                endReason, endReason == nil ? nil : "line-manager", at, at, signedAt)
            return connection.lastInsertRowID
        }
        _ = try agreement(refused, status: "refused", signedAt: nil, endReason: "Charge du service")
        let done = try agreement(completed, status: "completed", signedAt: at, endReason: nil)
        let running = try agreement(signed, status: "signed", signedAt: at, endReason: nil)
        func order(_ agreement: Int64, by administration: AdministrationID, sequence: Int, cancelled: Bool) throws {
            try connection.run(
                """
                INSERT INTO mission_orders(agreement_id, administration_id, year, sequence, reference, start_date,
                    end_date, issued_at, cancelled_at, cancellation_reason)
                VALUES (?, ?, 2026, ?, ?, '2026-02-01', '2026-04-30', ?, ?, ?)
                """, agreement, administration.rawValue, sequence, "OM-\(administration.rawValue)-2026-\(sequence)", at,
                cancelled ? at : nil, cancelled ? "Dates changées" : nil)
        }
        try order(done, by: minarm, sequence: 1, cancelled: false)
        try order(running, by: dnum, sequence: 1, cancelled: true)
        try order(running, by: dnum, sequence: 2, cancelled: false)
        func report(_ agreement: Int64, minutes: Int, status: String) throws {
            try connection.run(
                """
                INSERT INTO time_reports(agreement_id, work_date, minutes, note, status, rejection_reason, reported_at,
                    decided_at)
                VALUES (?, '2026-02-10', ?, 'Travail.', ?, ?, ?, ?)
                """, agreement, minutes, status, status == "rejected" ? "Doublon" : nil, at,
                status == "submitted" ? nil : at)
        }
        try report(done, minutes: 240, status: "validated")
        try report(running, minutes: 120, status: "validated")
        try report(running, minutes: 90, status: "validated")
        try report(running, minutes: 60, status: "submitted")
        try report(running, minutes: 30, status: "rejected")
    }

    /// 09:00 UTC on `day`.
    static func instant(_ day: String) -> Instant {
        Instant(utc: try! LocalDate(parsing: day), hour: 9)
    }

    private static func talent(
        _ number: Int, employer: AdministrationID, _ skills: [(SkillCode, SkillLevel)],
        pool: Bool, in connection: Connection
    ) throws -> Talent {
        let created = instant("2026-01-05")
        let user = try UserStore(connection).insert(
            NewUser(
                displayName: "Talent \(number)", email: try EmailAddress("talent\(number)@example.gouv.fr"),
                roles: [.talent], administrationID: employer), by: actor, at: created)
        let profile = TalentProfile(
            employerID: employer, status: .civilServant,
            lineManager: LineManager(name: "Dominique Leroy", email: try EmailAddress("manager@example.gouv.fr")),
            departement: try Departement("75"), skills: skills.map { TalentSkill($0.0, $0.1) },
            availability: Availability(hoursPerMonth: 10), presentation: "Présentation.")
        var talent = try TalentStore(connection).insert(
            userID: user.id, profile: profile, by: .user(user.id), at: created)
        if pool {
            try talent.joinPool(consent: true, at: created)
            try TalentStore(connection).update(talent, action: "talent.pool-joined", by: .user(user.id), at: created)
        }
        return talent
    }

    private static func details(_ nature: MissionNature) -> MissionDetails {
        MissionDetails(
            title: "Mission \(nature.rawValue)", description: "Description.", nature: nature,
            requiredSkills: [SkillRequirement("dev-backend", minimumLevel: .practice)], effortHours: 20,
            window: DateWindow(
                start: try! LocalDate(parsing: "2026-04-01"),
                end: try! LocalDate(parsing: "2026-06-30")),
            departement: try! Departement("75"), remote: true, talentsSought: 2,
            applicationDeadline: try! LocalDate(parsing: "2026-03-31"), crisis: false)
    }
}
