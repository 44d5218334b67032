/// A node of a command tree: either a group of subcommands or an action with a handler.
///
/// ```swift
/// let root = Command.group("talents-admin", abstract: "Administer Talents.",
///     options: [.value("db", placeholder: "path", help: "Database file.", environment: "TALENTS_DB")],
///     subcommands: [
///         .group("db", abstract: "Manage the database.", subcommands: [
///             Command("migrate", abstract: "Apply pending migrations.") { invocation, context in … },
///         ]),
///     ])
/// ```
///
/// `-h`/`--help` is implicit on every command.
public struct Command: Sendable {
    /// The code a command runs once its arguments are parsed and valid.
    public typealias Handler = @Sendable (CommandInvocation, CommandContext) async throws -> Void

    enum Body: Sendable {
        case group([Command])
        case action(Handler)
    }

    /// The word that selects the command (the program name for the root).
    public let name: String
    /// One line that says what the command does.
    public let abstract: String
    /// Options of this command; on a group they are inherited by every subcommand.
    public let options: [CommandOption]
    /// Positional arguments, in order (actions only).
    public let arguments: [CommandArgument]
    /// Environment variables read without a flag of the same meaning, shown in help (actions only).
    public let environment: [CommandEnvironmentVariable]
    let body: Body

    /// An action: a command that runs `handler`.
    public init(
        _ name: String, abstract: String, options: [CommandOption] = [], arguments: [CommandArgument] = [],
        environment: [CommandEnvironmentVariable] = [], handler: @escaping Handler
    ) {
        self.init(
            name: name, abstract: abstract, options: options, arguments: arguments, environment: environment,
            body: .action(handler))
        for (index, argument) in arguments.enumerated() {
            precondition(
                !argument.isRepeating || index == arguments.count - 1,
                "only the last argument of '\(name)' may repeat")
            precondition(
                argument.isOptional || arguments[..<index].allSatisfy { !$0.isOptional },
                "required argument '\(argument.name)' of '\(name)' follows an optional one")
        }
    }

    /// A group: a command that only selects one of `subcommands`. Its `options` are global
    /// to the whole subtree.
    public static func group(
        _ name: String, abstract: String, options: [CommandOption] = [], subcommands: [Command]
    ) -> Command {
        precondition(!subcommands.isEmpty, "group '\(name)' needs at least one subcommand")
        let names = subcommands.map(\.name)
        precondition(Set(names).count == names.count, "group '\(name)' has two subcommands with the same name")
        return Command(
            name: name, abstract: abstract, options: options, arguments: [], environment: [],
            body: .group(subcommands))
    }

    private init(
        name: String, abstract: String, options: [CommandOption], arguments: [CommandArgument],
        environment: [CommandEnvironmentVariable], body: Body
    ) {
        precondition(!name.isEmpty && !name.hasPrefix("-"), "command name '\(name)' must be a word")
        let longNames = options.map(\.name)
        precondition(Set(longNames).count == longNames.count, "'\(name)' declares an option twice")
        precondition(
            !longNames.contains("help") && !options.contains { $0.shortName == "h" },
            "'\(name)': --help and -h are reserved")
        self.name = name
        self.abstract = abstract
        self.options = options
        self.arguments = arguments
        self.environment = environment
        self.body = body
    }

    /// The subcommands of a group, empty for an action.
    public var subcommands: [Command] {
        if case .group(let subcommands) = body { subcommands } else { [] }
    }

    /// Whether this command is a group of subcommands.
    public var isGroup: Bool {
        if case .group = body { true } else { false }
    }
}
