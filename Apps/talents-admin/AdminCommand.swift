import Domain
import Foundation
import Persistence
import Runtime
import Support
import Workflows

/// The command tree of `talents-admin`, and what every command shares.
enum AdminCommand {
    static let root = Command.group(
        "talents-admin", abstract: "Administer the Talents platform: database, reference data, demo data.",
        options: RuntimeConfiguration.options,
        subcommands: [
            config, DatabaseCommands.group, AdministrationCommands.group, UserCommands.users, UserCommands.tokens,
            SkillCommands.group, MissionCommands.group, ApplicationCommands.group,
            TalentCommands.group, EngagementCommands.agreements, EngagementCommands.missionOrders,
            VisMonJobCommands.group,
            DemoCommands.group, ReportCommands.group, JobCommands.group, NotificationCommands.group,
            PrivacyCommands.group, ContactCommands.group
        ]
            + RecognitionCommands.groups)

    /// The `--json` flag of list commands.
    static let json = CommandOption.flag("json", help: "Print JSON instead of a table.")

    /// `talents-admin config`: the configuration every command reads, as `talents-api
    /// --print-configuration` shows it for the same flags and environment.
    static let config = Command(
        "config", abstract: "Print the configuration read from the flags and the environment (JSON).",
        environment: NotificationSettings.environmentVariables
    ) { invocation, context in
        try runtime(invocation, context).print(to: context)
    }

    /// The configuration of this invocation, built as every executable builds it.
    static func runtime(_ invocation: CommandInvocation, _ context: CommandContext) throws -> RuntimeConfiguration {
        try RuntimeConfiguration(invocation, environment: context.environment)
    }

    /// The database path: `--db`, else `TALENTS_DB`, else the default.
    static func databasePath(_ invocation: CommandInvocation, _ context: CommandContext) throws -> String {
        try runtime(invocation, context).databasePath
    }

    /// Opens the existing database of this invocation, migrating it when needed. A path with no
    /// file is refused: a mistyped `--db` or `TALENTS_DB` must not create an empty database.
    static func workflows(_ invocation: CommandInvocation, _ context: CommandContext) throws -> Workflows {
        try workflows(
            invocation, context, database: TalentsDatabase.openExisting(path: try databasePath(invocation, context)))
    }

    /// Like ``workflows(_:_:)``, but creates the database (and its folder) when the path has no file:
    /// only for `demo seed`, documented to start from nothing (the README's tour).
    static func workflowsCreatingDatabase(_ invocation: CommandInvocation, _ context: CommandContext) throws
        -> Workflows
    {
        try workflows(invocation, context, database: TalentsDatabase.open(path: try databasePath(invocation, context)))
    }

    /// The use cases over `database`, with the clock and the policies of ``runtime(_:_:)``: the same
    /// credits per hour, diploma URLs and public services as the API.
    private static func workflows(
        _ invocation: CommandInvocation, _ context: CommandContext,
        database: @autoclosure () throws -> DatabasePool
    ) throws -> Workflows {
        let runtime = try runtime(invocation, context)
        return Workflows(database: try database(), clock: try runtime.clock(), configuration: runtime.workflows)
    }

    /// Opens the existing database read-only for `db check` and `db backup`: nothing is created,
    /// migrated or written, and a read-only file is enough.
    static func maintenanceDatabase(_ invocation: CommandInvocation, _ context: CommandContext) throws -> DatabasePool {
        try TalentsDatabase.openForMaintenance(path: try databasePath(invocation, context))
    }

    /// The administration named by an id or an acronym.
    static func administrationID(_ key: String, in workflows: Workflows) throws -> AdministrationID {
        if let id = AdministrationID(key) { return id }
        guard let administration = try workflows.administration(acronym: key) else {
            throw AdminError.unknownAdministration(key)
        }
        return administration.id
    }

    /// The user with an e-mail address.
    static func user(email: String, in workflows: Workflows) throws -> User {
        guard let user = try workflows.user(email: try EmailAddress(email)) else { throw AdminError.unknownUser(email) }
        return user
    }

    /// Prints `value` as pretty, key-sorted JSON.
    static func printJSON(_ value: some Encodable, to context: CommandContext) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        context.output.write(String(decoding: try encoder.encode(value), as: UTF8.self) + "\n")
    }
}
