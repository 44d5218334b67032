import Domain
import Support
import Workflows

/// `talents-admin contact …`: the messages written to the programme team ("Contactez-nous",
/// issue #22), as the console shows them, and the retention purge of messages and questions.
enum ContactCommands {
    static let group = Command.group(
        "contact", abstract: "Read and mark the messages to the programme team; purge old messages and questions.",
        subcommands: [
            Command(
                "list", abstract: "List the messages, those waiting first (the first 100).",
                options: [.flag("waiting", help: "Only the messages not handled yet."), AdminCommand.json]
            ) { invocation, context in
                let found = try AdminCommand.workflows(invocation, context).contactMessages(
                    handled: invocation.flag("waiting") ? false : nil, limit: 100, offset: 0, by: .commandLine)
                if invocation.flag("json") {
                    return try AdminCommand.printJSON(found.messages.map(MessageOutput.init), to: context)
                }
                var table = Table("ID", "RECEIVED", "SUBJECT", "STATE", "NAME", "EMAIL")
                for message in found.messages {
                    table.append(
                        String(message.id.rawValue), message.receivedAt.rfc3339, message.subject.rawValue,
                        message.handledAt == nil ? "waiting" : "handled", message.name, message.email.value)
                }
                context.output.write(table.rendered)
            },
            mark("handled", abstract: "Mark a message handled.", handled: true),
            mark("reopen", abstract: "Mark a message waiting again.", handled: false),
            Command(
                "purge",
                abstract: "Erase the messages and questions older than \(Workflows.contactRetentionDays) days "
                    + "(after their last message)."
            ) { invocation, context in
                let purged = try AdminCommand.workflows(invocation, context).purgeExpiredMessagesAndQuestions()
                context.output.write("Erased \(purged.messages) message(s) and \(purged.questions) question(s).\n")
            }
        ])

    private static func mark(_ name: String, abstract: String, handled: Bool) -> Command {
        Command(
            name, abstract: abstract,
            arguments: [CommandArgument("id", help: "The message id, from 'contact list'.")]
        ) { invocation, context in
            let id = try invocation.argument("id", as: .int(in: 1...Int.max))
            _ = try AdminCommand.workflows(invocation, context).markContactMessage(
                ContactMessageID(Int64(id)), handled: handled, by: .commandLine)
            context.output.write("Message \(id): \(handled ? "handled" : "waiting").\n")
        }
    }

    /// `contact list --json`: one message.
    private struct MessageOutput: Encodable {
        let id: Int64
        let receivedAt: String
        let subject: String
        let handledAt: String?
        let name: String
        let email: String
        let text: String

        init(_ message: ContactMessage) {
            id = message.id.rawValue
            receivedAt = message.receivedAt.rfc3339
            subject = message.subject.rawValue
            handledAt = message.handledAt?.rfc3339
            name = message.name
            email = message.email.value
            text = message.text
        }
    }
}
