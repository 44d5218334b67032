import Domain
import Runtime
import Support
import Workflows

/// `talents-admin jobs run`: the periodic work, once (for cron or a systemd timer).
enum JobCommands {
    static let group = Command.group(
        "jobs", abstract: "Periodic jobs.",
        subcommands: [
            Command(
                "run",
                abstract:
                    "Queue the due reminders and digests, deliver the due notifications (run every few minutes); "
                    + "once a day, purge what has served and warn or anonymise inactive accounts.",
                options: [AdminCommand.json],
                environment: NotificationSettings.environmentVariables
            ) { invocation, context in
                let workflows = try AdminCommand.workflows(invocation, context)
                let runtime = try AdminCommand.runtime(invocation, context)
                let notifications = try notificationJobs(workflows, runtime).run()
                let retention = try RetentionJob(
                    workflows: workflows, settings: runtime.retention, notifications: runtime.notifications
                ).run()
                let report = JobsReport(
                    scheduled: notifications.scheduled, delivered: notifications.delivered, retention: retention)
                if invocation.flag("json") { return try AdminCommand.printJSON(report, to: context) }
                let scheduled = report.scheduled
                let delivered = report.delivered
                context.output.write(
                    "Queued \(scheduled.reminders) reminder(s), \(scheduled.overdueNotices) overdue notice(s), "
                        + "\(scheduled.escalations) escalation(s), \(scheduled.digests) digest(s); "
                        + "sent \(delivered.sent), to retry \(delivered.retried), parked \(delivered.parked).\n")
                if let retention {
                    context.output.write(
                        "Retention: "
                            + retention.counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
                            .joined(separator: ", ") + ".\n")
                }
            }
        ])

    /// What `jobs run --json` prints: the notification job's report and, on the first run of
    /// the day, the retention job's (absent otherwise).
    struct JobsReport: Encodable {
        var scheduled: NotificationScheduleReport
        var delivered: NotificationDeliveryReport
        var retention: RetentionReport?
    }

    /// The notification job over `workflows`' database and clock, with the `TALENTS_MAIL_…` settings.
    static func notificationJobs(_ workflows: Workflows, _ runtime: RuntimeConfiguration) -> NotificationJobs {
        NotificationJobs(
            delivery: NotificationDelivery(
                database: workflows.database, clock: workflows.clock, settings: runtime.notifications))
    }
}
