import Domain
import Foundation
import Mail
import Notifications
import Persistence
import TestSupport
import Testing
import Workflows

@Suite struct NotificationSchedulerTests {
    @Test(
        "an unanswered application gets D+7, D+12 and D+14 once each, the operator the escalation, however often the job runs"
    )
    func remindersOnce() throws {
        try NotificationWorld.with { n throws in
            let application = try n.apply()
            let owner = n.world.owner.email.value
            let operatorEmail = n.world.operatorUser.email.value
            var sent: [String] = []
            for (days, hours, expected) in [
                (6, 23, [String]()), (7, 0, ["answer-reminder \(owner)"]),
                (11, 0, []), (12, 0, ["answer-reminder \(owner)"]), (14, 0, []),
                (14, 1, ["answer-overdue \(owner)", "answer-overdue \(operatorEmail)"]),
                (30, 0, [])
            ] {
                n.world.clock.now = application.submittedAt.adding(days: days, hours: hours)
                for _ in 0..<2 { _ = try n.jobs.run() }
                let now = n.transport.delivered.map {
                    "\($0.subject.hasPrefix("Rappel") ? "answer-reminder" : "answer-overdue") \($0.to.address)"
                }
                #expect(Array(now.dropFirst(sent.count)) == expected, "at D+\(days) \(hours)h")
                sent = now
            }
            let events = try n.events().map(\.event)
            #expect(
                events == [
                    .answerReminder(
                        mission: .init(n.world.published), applicationID: application.id, day: 7,
                        dueAt: application.dueAt),
                    .answerReminder(
                        mission: .init(n.world.published), applicationID: application.id, day: 12,
                        dueAt: application.dueAt),
                    .answerOverdue(
                        mission: .init(n.world.published), applicationID: application.id, dueAt: application.dueAt,
                        escalation: false),
                    .answerOverdue(
                        mission: .init(n.world.published), applicationID: application.id, dueAt: application.dueAt,
                        escalation: true)
                ])
        }
    }

    @Test("answering stops the reminders; a job that missed days sends only the latest step")
    func answeringStops() throws {
        try NotificationWorld.with { n throws in
            var application = try n.apply()
            n.world.clock.now = application.submittedAt.adding(days: 8)
            #expect(try n.jobs.run().scheduled.reminders == 1)
            try n.world.database.write { connection in
                try application.proposeInterview(
                    Interview(at: n.world.clock.now.adding(days: 3), means: "Visio"),
                    at: n.world.clock.now)
                try ApplicationStore(connection).update(
                    application, action: "application.interview-proposed",
                    by: .user(n.world.owner.id), at: n.world.clock.now)
            }
            n.world.clock.now = application.submittedAt.adding(days: 20)
            #expect(try n.jobs.run().scheduled.total == 0)

            // Dominique applies; the job is down until D+13: the D+12 reminder only.
            let late = try n.world.database.write { connection in
                try ApplicationStore(connection).submit(
                    missionID: n.world.othersPublished.id, talentID: n.world.dominiqueTalent.id,
                    motivation: "Sécurité", by: .user(n.world.dominique.id),
                    at: n.world.clock.now)
            }
            n.world.clock.now = late.submittedAt.adding(days: 13)
            #expect(
                try n.jobs.run().scheduled
                    == {
                        var r = NotificationScheduleReport()
                        r.reminders = 1
                        return r
                    }())
            #expect(
                try n.events().last?.event
                    == .answerReminder(
                        mission: .init(n.world.othersPublished),
                        applicationID: late.id, day: 12, dueAt: late.dueAt))
        }
    }

    @Test("a reminder still queued when the owner answers is dropped unsent; others are kept")
    func answeredWhileQueued() throws {
        try NotificationWorld.with { n throws in
            var answered = try n.apply()
            let waiting = try n.world.database.write { connection in
                try ApplicationStore(connection).submit(
                    missionID: n.world.othersPublished.id, talentID: n.world.dominiqueTalent.id,
                    motivation: "Sécurité", by: .user(n.world.dominique.id),
                    at: answered.submittedAt)
            }
            // D+7: both reminders are queued, but the relay is down, so they stay pending.
            n.world.clock.now = answered.submittedAt.adding(days: 7)
            n.transport.fail(with: MailDeliveryError(.transient, "421 down"), MailDeliveryError(.transient, "421 down"))
            #expect(try n.jobs.run().delivered.retried == 2)
            try n.world.database.write { connection in
                try answered.proposeInterview(
                    Interview(at: n.world.clock.now.adding(days: 3), means: "Visio"),
                    at: n.world.clock.now)
                try ApplicationStore(connection).update(
                    answered, action: "application.interview-proposed",
                    by: .user(n.world.owner.id), at: n.world.clock.now)
            }
            n.world.clock.advance(seconds: 3600)
            let report = try n.jobs.run().delivered
            #expect(report.discarded == 1 && report.sent == 1)
            #expect(n.transport.delivered.count == 1)
            #expect(
                try n.events().map(\.event) == [
                    .answerReminder(
                        mission: .init(n.world.othersPublished),
                        applicationID: waiting.id, day: 7, dueAt: waiting.dueAt)
                ])
        }
    }

    @Test("the weekly time-report digest goes once per owner and week, not to an owner who muted digests")
    func timeReportDigest() throws {
        try NotificationWorld.with { n throws in
            let application = try n.apply()
            try n.world.database.write { connection in
                // Engagement rows as the engagement branch writes them (schema v3).
                try connection.execute(
                    """
                    INSERT INTO agreements(id, application_id, mission_id, talent_id, objectives, deliverables, hours_budget,
                        start_date, end_date, work_mode, conditions, status, created_at, updated_at, signed_at,
                        owner_id, employer_id, beneficiary_id)
                    VALUES (1, \(application.id.rawValue), \(n.world.published.id.rawValue), \(n.world.camilleTalent.id.rawValue),
                        'Revue', 'Rapport', 20, '2026-04-01', '2026-06-30', 'remote', '', 'signed', 0, 0, 0,
                        (SELECT owner_id FROM missions WHERE id = \(n.world.published.id.rawValue)), (SELECT employer_id FROM talents WHERE id = \(n.world.camilleTalent.id.rawValue)), (SELECT administration_id FROM missions WHERE id = \(n.world.published.id.rawValue)));
                    INSERT INTO time_reports(agreement_id, work_date, minutes, note, status, reported_at, decided_at)
                    VALUES (1, '2026-04-02', 90, 'Atelier', 'submitted', 0, NULL), (1, '2026-04-03', 180, 'Revue', 'submitted', 0, NULL),
                        (1, '2026-04-04', 60, 'Déjà validé', 'validated', 0, 0);
                    """)
            }
            #expect(try n.jobs.run().scheduled.digests == 1)
            #expect(try n.jobs.run().scheduled.digests == 0)
            let digest = try #require(n.transport.delivered.last)
            #expect(digest.to.address == n.world.owner.email.value && digest.text.contains("2 déclarations, 4 h 30"))
            guard case .timeReportsDigest(let week, let items)? = try n.events().last?.event else {
                Issue.record("no digest queued")
                return
            }
            #expect(
                week == ISOWeek(n.world.clock.now.utcDate).description && items.count == 1 && items[0].minutes == 270)

            // The owner mutes digests: next week brings nothing; unmuted, the week after does.
            _ = try n.world.workflows.updateNotificationPreferences(
                .init(digestsMuted: true), expectedRevision: 1,
                by: .user(n.world.owner))
            n.world.clock.now = n.world.clock.now.adding(days: 7)
            #expect(try n.jobs.run().scheduled.digests == 0)
            _ = try n.world.workflows.updateNotificationPreferences(
                .init(digestsMuted: false), expectedRevision: 2,
                by: .user(n.world.owner))
            n.world.clock.now = n.world.clock.now.adding(days: 7)
            #expect(try n.jobs.run().scheduled.digests == 1)
        }
    }

    @Test("the matching-missions digest mechanism: once per talent and week, never to a talent who muted digests")
    func matchingDigest() throws {
        try NotificationWorld.with { n throws in
            let event = NotificationEvent.matchingMissionsDigest(week: "2026-W10", missions: [.init(n.world.published)])
            let week = ISOWeek(n.world.clock.now.utcDate)
            let queue = { (user: User) in
                try n.world.database.write {
                    try Outbox($0).digest(event, to: user.id, week: week, at: n.world.clock.now)
                }
            }
            #expect(try queue(n.world.camille) && !(try queue(n.world.camille)))
            _ = try n.world.workflows.updateNotificationPreferences(
                .init(digestsMuted: true), expectedRevision: 1,
                by: .user(n.world.dominique))
            #expect(try !queue(n.world.dominique))
            #expect(try n.jobs.run().delivered.sent == 1)
            #expect(n.transport.delivered.first?.subject == "Missions correspondant à vos recherches enregistrées (1)")
        }
    }

    @Test("a published mission matching a saved search reaches the talent in the week's digest, once")
    func matchingDigestFromSavedSearches() throws {
        try NotificationWorld.with { n throws in
            _ = try n.world.workflows.createSavedSearch(
                NewSavedSearch(name: "Tout", parameters: [:]),
                by: .user(n.world.camille))
            _ = try n.world.workflows.submitMission(n.world.draft.id, expectedRevision: nil, by: .user(n.world.owner))
            _ = try n.world.workflows.publishMission(
                n.world.draft.id, expectedRevision: nil,
                by: .user(n.world.operatorUser))
            #expect(try n.world.workflows.pendingAlerts(by: .commandLine).count == 1)
            _ = try n.jobs.run()
            _ = try n.jobs.run()
            let digests = n.transport.delivered.filter { $0.subject.hasPrefix("Missions correspondant") }
            #expect(digests.map(\.to.address) == [n.world.camille.email.value])
            #expect(try n.world.workflows.pendingAlerts(by: .commandLine).isEmpty, "the matches are handled")
        }
    }

    @Test("preferences: defaults at revision 1, each change bumps the revision, a stale one is refused")
    func preferences() throws {
        try NotificationWorld.with { n throws in
            let caller = Caller.user(n.world.camille)
            #expect(
                try n.world.workflows.notificationPreferences(by: caller)
                    == Versioned(.init(digestsMuted: false), revision: 1))
            #expect(
                try n.world.workflows.updateNotificationPreferences(
                    .init(digestsMuted: true), expectedRevision: 1, by: caller)
                    == Versioned(.init(digestsMuted: true), revision: 2))
            #expect(throws: StaleRevisionError.self) {
                try n.world.workflows.updateNotificationPreferences(
                    .init(digestsMuted: false), expectedRevision: 1, by: caller)
            }
            #expect(try n.world.workflows.notificationPreferences(by: caller).value.digestsMuted)
            #expect(try n.world.auditCount("notification-preferences.updated") == 1)
        }
    }
}
