import Support
import Synchronization

/// A command tree shaped like `talents-admin`, whose handlers record what they were given.
final class SampleCommands: Sendable {
    private let invocations = Mutex<[CommandInvocation]>([])

    /// The invocations the handlers received, in order.
    var received: [CommandInvocation] { invocations.withLock { $0 } }

    /// The root `talents-admin`; `body` runs in every handler after recording.
    func make(body: @escaping Command.Handler = { _, _ in }) -> Command {
        let record: Command.Handler = { [self] invocation, context in
            self.invocations.withLock { $0.append(invocation) }
            try await body(invocation, context)
        }
        return .group(
            "talents-admin", abstract: "Administer a Talents installation.",
            options: [
                .value("db", placeholder: "path", help: "SQLite database file.", environment: "TALENTS_DB"),
                .flag("verbose", short: "v", help: "Say more.")
            ],
            subcommands: [
                .group(
                    "db", abstract: "Manage the database.",
                    subcommands: [
                        Command("migrate", abstract: "Apply pending migrations.", handler: record),
                        Command(
                            "backup", abstract: "Copy the database while it runs.",
                            arguments: [CommandArgument("destination", help: "File to write.")], handler: record)
                    ]),
                .group(
                    "administrations", abstract: "Manage administrations.",
                    subcommands: [
                        Command(
                            "add", abstract: "Add an administration.",
                            options: [
                                .value("name", short: "n", placeholder: "name", help: "Full name.", required: true),
                                .value("acronym", placeholder: "acronym", help: "Short name.", required: true),
                                .value("parent", placeholder: "id", help: "Parent administration."),
                                .value("tag", placeholder: "tag", help: "A label.", repeatable: true),
                                .flag("json", help: "Print the result as JSON.")
                            ], handler: record),
                        Command(
                            "list", abstract: "List administrations.",
                            options: [
                                .flag("json", help: "Print JSON.")
                            ],
                            arguments: [
                                CommandArgument("filter", help: "Words to match.", optional: true, repeating: true)
                            ], handler: record)
                    ]),
                Command(
                    "serve", abstract: "Serve the API.",
                    options: [
                        .value(
                            "port", short: "p", placeholder: "port", help: "Port to listen on.",
                            environment: "TALENTS_PORT"),
                        .value("base-url", placeholder: "url", help: "Public URL.", environment: "TALENTS_BASE_URL")
                    ], handler: record)
            ])
    }
}
