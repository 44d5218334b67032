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
                    "Queue the due reminders and digests, then deliver the due notifications (run every few minutes).",
                options: [AdminCommand.json],
                environment: NotificationSettings.environmentVariables
            ) { invocation, context in
                let jobs = try notificationJobs(invocation, context)
                let report = try jobs.run()
                if invocation.flag("json") { return try AdminCommand.printJSON(report, to: context) }
                let scheduled = report.scheduled
                let delivered = report.delivered
                context.output.write(
                    "Queued \(scheduled.reminders) reminder(s), \(scheduled.overdueNotices) overdue notice(s), "
                        + "\(scheduled.escalations) escalation(s), \(scheduled.digests) digest(s); "
                        + "sent \(delivered.sent), to retry \(delivered.retried), parked \(delivered.parked).\n")
            }
        ])

    /// The notification job of this invocation: its database, clock and `TALENTS_MAIL_…` settings.
    static func notificationJobs(_ invocation: CommandInvocation, _ context: CommandContext) throws -> NotificationJobs
    {
        let workflows = try AdminCommand.workflows(invocation, context)
        return NotificationJobs(
            delivery: NotificationDelivery(
                database: workflows.database, clock: workflows.clock,
                settings: try AdminCommand.runtime(invocation, context).notifications))
    }
}
