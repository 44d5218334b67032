import Domain
import Foundation
import Mail
import Notifications
import Persistence
import TestSupport
import Testing
import Workflows

@Suite struct OutboxTests {
    struct Rollback: Error {}

    @Test("a rolled-back transaction queues nothing; a committed one queues its notification")
    func transactional() throws {
        try NotificationWorld.with { n throws in
            #expect(throws: Rollback.self) {
                try n.world.database.write { connection in
                    let application = try ApplicationStore(connection).submit(
                        missionID: n.world.published.id, talentID: n.world.camilleTalent.id, motivation: "m",
                        by: .user(n.world.camille.id), at: n.world.clock.now)
                    try Outbox(connection).applicationReceived(
                        application, mission: n.world.published, at: n.world.clock.now)
                    throw Rollback()
                }
            }
            _ = try n.jobs.run()
            #expect(try n.outbox().isEmpty && n.transport.delivered.isEmpty)

            let application = try n.world.database.write { connection in
                let application = try ApplicationStore(connection).submit(
                    missionID: n.world.published.id, talentID: n.world.camilleTalent.id, motivation: "m",
                    by: .user(n.world.camille.id), at: n.world.clock.now)
                try Outbox(connection).applicationReceived(
                    application, mission: n.world.published, at: n.world.clock.now)
                return application
            }
            #expect(try n.jobs.run().delivered.sent == 1)
            let message = try #require(n.transport.delivered.first)
            #expect(message.to.address == n.world.owner.email.value)
            #expect(message.messageID == "notification-1@talents.example.gouv.fr")
            #expect(
                message.text.contains(
                    "https://talents.example.gouv.fr/espace-responsable/candidatures#candidature-\(application.id.rawValue)"
                ))
            #expect(try n.outbox().map(\.status) == [.sent])
        }
    }

    @Test("the events of the journey reach the right people")
    func recipients() throws {
        try NotificationWorld.with { n throws in
            var application = try n.apply()
            let now = n.world.clock.now
            try n.world.database.write { connection in
                let outbox = Outbox(connection)
                try application.accept(at: now)
                try outbox.applicationAnswered(
                    application, revision: 2, mission: MissionReference(n.world.published),
                    applicant: Recipient(n.world.camille), at: now)
                let manager = try UserStore(connection).insert(
                    NewUser(
                        displayName: "Dominique Leroy", email: try EmailAddress("dominique.leroy@interieur.gouv.fr"),
                        roles: [.lineManager], administrationID: n.world.ministry.id), by: .commandLine, at: now)
                let agreement = try Agreement.create(
                    id: 1, application: application, mission: n.world.published,
                    parties: AgreementParties(
                        talentUserID: n.world.camille.id, lineManagerID: manager.id,
                        ownerID: n.world.owner.id, employerID: n.world.ministry.id,
                        beneficiaryID: n.world.published.administrationID),
                    terms: AgreementTerms(
                        objectives: "Auditer.", deliverables: "Rapport.", hoursBudget: 10,
                        dates: n.world.published.details.window, workMode: .remote, conditions: ""),
                    at: now)
                try outbox.agreementToSign(
                    agreement, mission: n.world.published, awaiting: [.lineManager, .owner],
                    at: now)
                try outbox.agreementConcluded(agreement, signed: true, mission: n.world.published, at: now)
                try outbox.missionOrderIssued(
                    agreementID: 1, reference: "MININT-2026-0001", start: TalentWorld.date("2026-04-01"),
                    end: TalentWorld.date("2026-06-30"), mission: n.world.published,
                    talentID: n.world.camilleTalent.id, at: now)
                try outbox.diplomaIssued(
                    assertionID: "k3Qp", mission: n.world.published, talentID: n.world.camilleTalent.id, at: now)
            }
            let camille = n.world.camille.email.value
            let owner = n.world.owner.email.value
            let manager = "dominique.leroy@interieur.gouv.fr"
            #expect(
                try n.events().map { "\($0.kind) \($0.email)" } == [
                    "application-accepted \(camille)",
                    "agreement-to-sign \(manager)", "agreement-to-sign \(owner)",
                    "agreement-signed \(camille)", "agreement-signed \(manager)", "agreement-signed \(owner)",
                    "mission-order-issued \(camille)", "mission-order-issued \(owner)",
                    "diploma-issued \(camille)"
                ])
            #expect(try n.jobs.run().delivered.sent == 9)
        }
    }

    @Test("inviting a pool talent queues the invitation in the same transaction")
    func invitation() throws {
        try NotificationWorld.with { n throws in
            try n.world.join(n.world.camilleTalent)
            _ = try n.world.workflows.invite(
                NewInvitation(talentID: n.world.camilleTalent.id), to: n.world.published.id,
                by: .user(n.world.owner))
            #expect(
                try n.events().map { "\($0.kind) \($0.email)" } == ["pool-invitation \(n.world.camille.email.value)"])
        }
    }

    @Test("a transient failure is retried after an exponential backoff, then sent once")
    func backoff() throws {
        try NotificationWorld.with(maximumAttempts: 5) { n throws in
            let application = try n.apply()
            try n.world.database.write {
                try Outbox($0).applicationReceived(
                    application, mission: n.world.published,
                    at: n.world.clock.now)
            }
            n.transport.fail(
                with: MailDeliveryError(.transient, "451 later"), MailDeliveryError(.transient, "451 later"))
            #expect(try n.delivery.deliverDue().retried == 1)
            // Not due again before 60 s, then 120 s after the second failure.
            #expect(try n.delivery.deliverDue() == NotificationDeliveryReport())
            n.world.clock.advance(seconds: 60)
            #expect(try n.delivery.deliverDue().retried == 1)
            let entry = try #require(n.outbox().first)
            #expect(
                entry.nextAttemptAt == n.world.clock.now.adding(seconds: 120) && entry.attempts == 2
                    && entry.lastError == "transient: 451 later")
            n.world.clock.advance(seconds: 119)
            #expect(try n.delivery.deliverDue() == NotificationDeliveryReport())
            n.world.clock.advance(seconds: 1)
            #expect(try n.delivery.deliverDue().sent == 1)
            #expect(n.transport.delivered.count == 1)
            #expect(try n.outbox().first?.status == .sent)
            #expect(n.settings.retryDelaySeconds(afterAttempt: 30) == 6 * 3600)
        }
    }

    @Test("a permanent failure parks at once, repeated transient failures park at the last attempt; retry re-queues")
    func parking() throws {
        try NotificationWorld.with(maximumAttempts: 2) { n throws in
            let application = try n.apply()
            try n.world.database.write { connection in
                for _ in 0..<2 {
                    try Outbox(connection).applicationReceived(
                        application, mission: n.world.published, at: n.world.clock.now)
                }
            }
            n.transport.fail(
                with: MailDeliveryError(.permanent, "550 unknown user"), MailDeliveryError(.transient, "timeout"))
            #expect(
                try n.delivery.deliverDue()
                    == {
                        var r = NotificationDeliveryReport()
                        r.parked = 1
                        r.retried = 1
                        return r
                    }())
            n.transport.fail(with: MailDeliveryError(.transient, "timeout"))
            n.world.clock.advance(seconds: 60)
            #expect(try n.delivery.deliverDue().parked == 1)
            let parked = try n.world.workflows.notificationOutbox(status: .parked, by: .commandLine)
            #expect(parked.map(\.lastError) == ["permanent: 550 unknown user", "transient: timeout"])
            #expect(throws: AccessError.self) {
                try n.world.workflows.notificationOutbox(status: nil, by: .user(n.world.owner))
            }

            _ = try n.world.workflows.retryNotification(parked[0].id, by: .commandLine)
            #expect(throws: NotFoundError.self) {
                try n.world.workflows.retryNotification(parked[0].id, by: .commandLine)
            }
            #expect(try n.delivery.deliverDue().sent == 1)
            #expect(
                try n.world.auditCount("notification.parked") == 2 && n.world.auditCount("notification.retried") == 1)
        }
    }

    @Test("a worker that dies mid-delivery leaves a lease; the next run after it expires sends the message once")
    func leaseRecovery() throws {
        try NotificationWorld.with { n throws in
            let application = try n.apply()
            try n.world.database.write {
                try Outbox($0).applicationReceived(application, mission: n.world.published, at: n.world.clock.now)
            }
            // The dead worker's claim: it never records an outcome.
            let now = n.world.clock.now
            let claimed = try #require(
                try n.world.database.write {
                    try OutboxStore($0).claimNext(now: now, leaseUntil: now.adding(seconds: 300))
                })
            #expect(try n.delivery.deliverDue() == NotificationDeliveryReport())
            n.world.clock.advance(seconds: 300)
            #expect(try n.delivery.deliverDue().sent == 1)
            #expect(try n.delivery.deliverDue() == NotificationDeliveryReport())
            // The dead worker, were it to wake up, can no longer record anything.
            #expect(try n.world.database.write { try OutboxStore($0).markSent(claimed, at: now) } == false)
            #expect(n.transport.delivered.count == 1)
            #expect(try n.outbox().first?.attempts == 2)
        }
    }
}
