package import Domain
import Notifications
package import Persistence

/// Computes the notifications that time makes due — answer reminders at D+7 and D+12, the
/// overdue notice at D+14 to the owner and every operator, the weekly digest of time reports to
/// validate, the weekly digest of new missions matching saved searches — and queues them, in the
/// caller's write transaction.
///
/// Idempotent: every scheduled notification has a key (kind, subject, step, recipient), and
/// the outbox queues a key once, so running the job twice queues nothing twice.
public struct NotificationScheduler {
    let outbox: Outbox
    let connection: Connection
    let now: Instant

    /// A scheduler over the caller's write transaction, at `now`.
    package init(_ connection: Connection, now: Instant) {
        self.outbox = Outbox(connection)
        self.connection = connection
        self.now = now
    }

    /// Queues what is due; returns what was queued by this run.
    public func run() throws -> NotificationScheduleReport {
        var report = NotificationScheduleReport()
        try scheduleAnswerFollowUps(&report)
        try scheduleTimeReportDigests(&report)
        try scheduleMatchingDigests(&report)
        return report
    }

    /// Reminders and overdue notices of the applications still awaiting an answer.
    private func scheduleAnswerFollowUps(_ report: inout NotificationScheduleReport) throws {
        let earliestReminder = Application.reminderDays.min() ?? Application.answerPeriodDays
        let awaiting = try NotificationQueries(connection).awaitingAnswer(
            submittedAtOrBefore: now.adding(days: -earliestReminder))
        guard !awaiting.isEmpty else { return }
        let operators = try NotificationQueries(connection).users(holding: .operator)
        for application in awaiting {
            guard let step = AnswerFollowUp.due(submittedAt: application.submittedAt, now: now) else { continue }
            let mission = MissionReference(id: application.missionID, title: application.missionTitle)
            let owner = Recipient(userID: application.ownerID, email: application.ownerEmail)
            let dueAt = application.submittedAt.adding(days: Application.answerPeriodDays)
            let key = step.key(applicationID: application.applicationID, recipient: application.ownerID)
            switch step {
            case .reminder(let day):
                if try outbox.enqueue(
                    Notice(
                        to: owner,
                        .answerReminder(
                            mission: mission, applicationID: application.applicationID, day: day, dueAt: dueAt),
                        key: key),
                    at: now) != nil
                {
                    report.reminders += 1
                }
            case .overdue:
                if try outbox.enqueue(
                    Notice(
                        to: owner,
                        .answerOverdue(
                            mission: mission, applicationID: application.applicationID, dueAt: dueAt, escalation: false),
                        key: key), at: now) != nil
                {
                    report.overdueNotices += 1
                }
                for (id, email) in operators {
                    // The escalation key differs from the owner's, for an operator who owns the mission.
                    let escalationKey =
                        step.key(applicationID: application.applicationID, recipient: id) + ":escalation"
                    if try outbox.enqueue(
                        Notice(
                            to: Recipient(userID: id, email: email),
                            .answerOverdue(
                                mission: mission, applicationID: application.applicationID, dueAt: dueAt,
                                escalation: true),
                            key: escalationKey), at: now) != nil
                    {
                        report.escalations += 1
                    }
                }
            }
        }
    }

    /// One digest per owner and ISO week listing the engagements with time reports to validate.
    private func scheduleTimeReportDigests(_ report: inout NotificationScheduleReport) throws {
        let week = ISOWeek(now.utcDate)
        let pending = try NotificationQueries(connection).timeReportsAwaitingValidation()
        for (owner, rows) in Dictionary(grouping: pending, by: \.ownerID).sorted(by: { $0.key < $1.key }) {
            let items = rows.map {
                TimeReportDigestItem(
                    mission: MissionReference(id: $0.missionID, title: $0.missionTitle),
                    agreementID: $0.agreementID, reports: $0.reports, minutes: $0.minutes)
            }
            if try outbox.digest(
                .timeReportsDigest(week: week.description, items: items), to: owner, week: week, at: now)
            {
                report.digests += 1
            }
        }
    }
}

extension NotificationScheduler {
    /// The most alert matches one run handles; the rest wait for the next run.
    static let alertBatch = 10_000

    /// One digest per talent and ISO week listing the newly published missions that match their
    /// saved searches. Matches stay queued while this week's digest is already sent (they go
    /// next week); a talent who muted digests has them dropped; missions no longer published
    /// are left out.
    private func scheduleMatchingDigests(_ report: inout NotificationScheduleReport) throws {
        let week = ISOWeek(now.utcDate)
        let queue = AlertQueue(connection)
        let pending = try queue.pending(limit: Self.alertBatch)
        // Each mission read once, however many talents it matches.
        var published: [MissionID: MissionReference] = [:]
        for missionID in Set(pending.map(\.missionID)) {
            if let mission = try MissionStore(connection).find(missionID), mission.state == .published {
                published[missionID] = MissionReference(mission)
            }
        }
        for (userID, matches) in Dictionary(grouping: pending, by: \.userID).sorted(by: { $0.key < $1.key }) {
            let missions = Set(matches.map(\.missionID)).sorted().compactMap { published[$0] }
            let muted = try NotificationPreferenceStore(connection).digestsMuted(userID).value
            if missions.isEmpty || muted {
                try queue.markSent(matches.map(\.id), at: now)
            } else if try outbox.digest(
                .matchingMissionsDigest(week: week.description, missions: missions),
                to: userID, week: week, at: now)
            {
                try queue.markSent(matches.map(\.id), at: now)
                report.digests += 1
            }
        }
    }
}

/// What one scheduler run queued.
public struct NotificationScheduleReport: Hashable, Sendable, Codable {
    /// D+7 and D+12 reminders to owners.
    public var reminders = 0
    /// D+14 notices to owners.
    public var overdueNotices = 0
    /// D+14 escalations to operators.
    public var escalations = 0
    /// Weekly digests.
    public var digests = 0

    /// An empty report.
    public init() {}

    /// Everything queued.
    public var total: Int { reminders + overdueNotices + escalations + digests }
}
