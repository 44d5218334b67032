import Domain
import Support
import Workflows

/// `talents-admin notifications …`: the outbox as the operator sees it.
enum NotificationCommands {
    static let group = Command.group(
        "notifications", abstract: "Inspect the notification outbox and retry parked messages.",
        subcommands: [
            Command(
                "list", abstract: "List queued notifications (never their content).",
                options: [
                    .flag("parked", help: "Only the parked ones (given up after failures)."),
                    .value(
                        "status", placeholder: "status", help: "Only this status: pending, sending, sent or parked."),
                    AdminCommand.json
                ]
            ) { invocation, context in
                var status = try invocation.value("status", as: .code(OutboxEntry.Status.self))
                if invocation.flag("parked") { status = .parked }
                let entries = try AdminCommand.workflows(invocation, context).notificationOutbox(
                    status: status, by: .commandLine)
                if invocation.flag("json") {
                    return try AdminCommand.printJSON(entries.map(EntryJSON.init), to: context)
                }
                var table = Table("ID", "KIND", "STATUS", "ATTEMPTS", "RECIPIENT", "LAST ERROR")
                for entry in entries {
                    table.append(
                        String(entry.id), entry.kind, entry.status.rawValue, String(entry.attempts),
                        entry.recipientEmail, entry.lastError ?? "-")
                }
                context.output.write(table.rendered)
            },
            Command(
                "retry", abstract: "Queue a parked notification again, due now.",
                arguments: [CommandArgument("id", help: "The notification id, from 'notifications list --parked'.")]
            ) {
                invocation, context in
                let id = try invocation.argument("id", as: .int(in: 1...Int.max))
                let entry = try AdminCommand.workflows(invocation, context).retryNotification(
                    Int64(id), by: .commandLine)
                context.output.write("Notification \(entry.id) queued again.\n")
            }
        ])

    /// An outbox row as `--json` prints it.
    struct EntryJSON: Encodable {
        let id: Int64
        let kind: String
        let status: String
        let attempts: Int
        let recipient: String
        let key: String?
        let lastError: String?
        let createdAt: String
        let sentAt: String?

        init(_ entry: OutboxEntry) {
            id = entry.id
            kind = entry.kind
            status = entry.status.rawValue
            attempts = entry.attempts
            recipient = entry.recipientEmail
            key = entry.key
            lastError = entry.lastError
            createdAt = entry.createdAt.rfc3339
            sentAt = entry.sentAt?.rfc3339
        }
    }
}
