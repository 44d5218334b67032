import Domain
import Persistence
import TestSupport
import Testing

/// Agreements, mission orders, time reports and feedback written and read back through their
/// stores, each write with its audit event in the same transaction.
@Suite struct EngagementStoreTests {
    private static let terms = AgreementTerms(
        objectives: "Auditer l'API.", deliverables: "Rapport.", hoursBudget: 2,
        dates: DateWindow(
            start: Fixture.date("2026-04-01"),
            end: Fixture.date("2026-05-31")),
        workMode: .onSite, conditions: "Badge à retirer à l'accueil.")

    /// A signed agreement of `talent` (the seed's when nil) on the seed's mission.
    private static func signedAgreement(
        _ seed: Seed, talent: Talent? = nil,
        in connection: Connection
    ) throws -> Agreement {
        let applications = ApplicationStore(connection)
        var application = try applications.submit(
            missionID: seed.mission.id, talentID: (talent ?? seed.talent).id,
            motivation: "Motivé.", by: Fixture.actor, at: Fixture.now)
        try application.accept(at: Fixture.now)
        try applications.update(application, action: "application.accepted", by: Fixture.actor, at: Fixture.now)
        let store = AgreementStore(connection)
        var agreement = try Agreement.create(
            id: try store.nextID(), application: application, mission: seed.mission,
            parties: try parties(seed, talent: talent ?? seed.talent, in: connection),
            terms: terms, at: Fixture.now)
        try store.insert(agreement, by: Fixture.actor, at: Fixture.now)
        for party in AgreementParty.allCases { try agreement.sign(as: party, at: Fixture.now) }
        try store.update(agreement, action: "agreement.signed", by: Fixture.actor, at: Fixture.now)
        return agreement
    }

    /// The parties of an agreement of `talent` on the seed's mission, with a line manager of the ministry.
    private static func parties(_ seed: Seed, talent: Talent, in connection: Connection) throws -> AgreementParties {
        let manager =
            try UserStore(connection).find(email: try EmailAddress("claire.dubois@interieur.gouv.fr"))
            ?? UserStore(connection).insert(
                .make(
                    displayName: "Claire Dubois", email: "claire.dubois@interieur.gouv.fr",
                    roles: [.lineManager], administrationID: seed.ministry.id),
                by: Fixture.actor, at: Fixture.now)
        return AgreementParties(
            talentUserID: talent.userID, lineManagerID: manager.id, ownerID: seed.owner.id,
            employerID: seed.ministry.id, beneficiaryID: seed.mission.administrationID)
    }

    @Test func agreementsRoundTripWithTheirRevisionAndAuditEvents() throws {
        try withSeededDatabase { pool, seed in
            let agreement = try pool.write { try Self.signedAgreement(seed, in: $0) }
            let stored = try pool.read { try AgreementStore($0).findVersioned(agreement.id) }
            #expect(stored == Versioned(agreement, revision: 2))
            #expect(try pool.read { try AgreementStore($0).all(status: .signed) } == [agreement])
            let events = try pool.read {
                try AuditLog($0).events(subjectType: "agreement", subjectID: agreement.id.rawValue)
            }
            #expect(events.map(\.action) == ["agreement.created", "agreement.signed"])
            #expect(Set(events[1].details.keys) == ["status", "missionID", "applicationID"], "no free text")
            // The agreement made from an application, which Workflows reads to refuse a second one.
            #expect(try pool.read { try AgreementStore($0).find(applicationID: agreement.applicationID) } == agreement)
        }
    }

    @Test func orderNumbersAreAllocatedInTheTransactionWithoutGaps() throws {
        try withSeededDatabase { pool, seed in
            let (first, second) = try pool.write { connection in
                (
                    try Self.signedAgreement(seed, in: connection),
                    try Self.signedAgreement(seed, talent: try seed.addTalent(2, in: connection), in: connection)
                )
            }
            let dates = Self.terms.dates
            let issued = try pool.write {
                try MissionOrderStore($0).issue(
                    for: first, by: seed.directorate, dates: dates, issuedBy: seed.owner.id,
                    actor: Fixture.actor, at: Fixture.now)
            }
            #expect(issued.reference.description == "OM-DNUM-2026-0001")
            // A transaction that fails after issuing leaves no number behind.
            #expect(throws: AbortTransaction.self) {
                try pool.write { connection in
                    _ = try MissionOrderStore(connection).issue(
                        for: second, by: seed.directorate, dates: dates,
                        issuedBy: nil, actor: Fixture.actor, at: Fixture.now)
                    throw AbortTransaction()
                }
            }
            let next = try pool.write {
                try MissionOrderStore($0).issue(
                    for: second, by: seed.directorate, dates: dates, issuedBy: nil,
                    actor: Fixture.actor, at: Fixture.now)
            }
            #expect(next.reference.description == "OM-DNUM-2026-0002")
            #expect(
                try pool.read { try MissionOrderStore($0).all(year: 2026).map(\.reference) }
                    == [issued.reference, next.reference])
            #expect(
                try pool.read { try AgreementStore($0).findVersioned(first.id)?.revision } == 3,
                "the agreement shows its order")
            #expect(try pool.read { try AuditLog($0).count(action: "mission-order.issued") } == 2)
        }
    }

    @Test func timeReportsAndFeedbackAreStoredOnceEach() throws {
        try withSeededDatabase { pool, seed in
            var agreement = try pool.write { try Self.signedAgreement(seed, in: $0) }
            let at = Instant(utc: Fixture.date("2026-04-03"), hour: 9)
            let report = try pool.write { connection in
                _ = try MissionOrderStore(connection).issue(
                    for: agreement, by: seed.ministry, dates: Self.terms.dates,
                    issuedBy: nil, actor: Fixture.actor, at: at)
                var report = try TimeReportStore(connection).insert(
                    NewTimeReport(date: Fixture.date("2026-04-02"), minutes: 90, note: "Revue"), on: agreement,
                    by: Fixture.actor, at: at)
                try report.validate(budgetMinutes: 120, validatedMinutes: 0, by: seed.owner.id, at: at)
                try TimeReportStore(connection).update(
                    report, action: "time-report.validated", by: Fixture.actor, at: at)
                return report
            }
            #expect(
                try pool.read { try TimeReportStore($0).all(agreementID: agreement.id) } == [
                    Versioned(report, revision: 2)
                ])
            #expect(try pool.read { try TimeReportStore($0).validatedMinutes(agreementID: agreement.id) } == 90)

            try agreement.complete(missionOrderInForce: true, at: at)
            try pool.write {
                try AgreementStore($0).update(agreement, action: "agreement.completed", by: Fixture.actor, at: at)
            }
            let feedback = try pool.write {
                try FeedbackStore($0).insert(
                    NewFeedback(rating: 4, comment: "Précis."), on: agreement, side: .owner,
                    authorID: seed.owner.id, by: .user(seed.owner.id), at: at)
            }
            #expect(throws: FeedbackError.alreadyGiven(.owner)) {
                try pool.write {
                    try FeedbackStore($0).insert(
                        NewFeedback(rating: 1, comment: "Encore."), on: agreement, side: .owner,
                        authorID: seed.owner.id, by: .user(seed.owner.id), at: at)
                }
            }
            #expect(try pool.read { try FeedbackStore($0).all(agreementID: agreement.id) } == [feedback])
        }
    }
}
