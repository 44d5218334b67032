/// Parses an argument list against a command tree. Pure: arguments in, an invocation,
/// a help request or a ``UsageError`` out; nothing is printed or run.
///
/// Rules:
/// - `--name value`, `--name=value`, `-n value`; flags take no value.
/// - A value option takes the next argument unless it looks like an option (`-x`, `--x`;
///   negative numbers are values); write `--name=-x` for such a value.
/// - Options of a group are global: accepted anywhere after the group's name.
/// - Options and positional arguments may be interleaved; `--` ends options.
/// - `-h`/`--help` anywhere before `--` asks for help on the deepest command named,
///   and wins over any usage error on the same line.
public struct CommandParser: Sendable {
    /// What a successful parse asks for.
    public enum Outcome: Sendable {
        /// Run the chosen command.
        case run(CommandInvocation)
        /// Print help for the last command of the chain (root first).
        case help([Command])
    }

    /// The root of the command tree.
    public let root: Command

    /// A parser for the tree under `root`; traps when two options of a command and its
    /// groups share a name.
    public init(root: Command) {
        Self.checkNoClash(root, inherited: [])
        self.root = root
    }

    /// Parses `arguments`, the program name excluded (`CommandLine.arguments.dropFirst()`).
    public func parse(_ arguments: [String]) throws(UsageError) -> Outcome {
        var state = State(root: root)
        do {
            return try state.consume(arguments)
        } catch {
            let options = arguments.prefix { $0 != "--" }
            if options.contains("--help") || options.contains("-h") {
                return .help(state.chain)
            }
            throw error
        }
    }

    private static func checkNoClash(_ command: Command, inherited: [CommandOption]) {
        let all = inherited + command.options
        let longNames = all.map(\.name)
        let shortNames = all.compactMap(\.shortName)
        precondition(
            Set(longNames).count == longNames.count && Set(shortNames).count == shortNames.count,
            "'\(command.name)' declares an option already declared by one of its groups")
        for subcommand in command.subcommands {
            checkNoClash(subcommand, inherited: all)
        }
    }
}

extension CommandParser {
    /// The parse in progress: the chain of commands named so far and the values seen.
    private struct State {
        var chain: [Command]
        var options: [String: CommandOption] = [:]
        var optionValues: [String: [String]] = [:]
        var flags: Set<String> = []
        var positionals: [String] = []

        init(root: Command) {
            chain = [root]
            declare(root.options)
        }

        var command: Command { chain[chain.count - 1] }

        mutating func consume(_ arguments: [String]) throws(UsageError) -> Outcome {
            var index = 0
            var optionsEnded = false
            while index < arguments.count {
                let argument = arguments[index]
                index += 1
                if optionsEnded || !Self.looksLikeOption(argument) {
                    try positional(argument)
                } else if argument == "--" {
                    optionsEnded = true
                } else if argument == "--help" || argument == "-h" {
                    return .help(chain)
                } else {
                    let next = index < arguments.count ? arguments[index] : nil
                    if try option(argument, next: next) { index += 1 }
                }
            }
            return .run(try finish())
        }

        /// Handles one option; returns whether it consumed `next` as its value.
        private mutating func option(_ argument: String, next: String?) throws(UsageError) -> Bool {
            let (spelling, inlineValue) = Self.split(argument)
            guard let option = lookUp(spelling) else {
                let suggestion =
                    spelling.hasPrefix("--")
                    ? EditDistance.closest(to: spelling, among: options.values.map(\.spelling) + ["--help"])
                    : nil
                throw error(.unknownOption(spelling, suggestion: suggestion))
            }
            guard !(optionValues[option.name] != nil || flags.contains(option.name)) || option.isRepeatable else {
                throw error(.duplicateOption(option.spelling))
            }
            guard option.takesValue else {
                if inlineValue != nil { throw error(.unexpectedValue(option: option.spelling)) }
                flags.insert(option.name)
                return false
            }
            if let inlineValue {
                optionValues[option.name, default: []].append(inlineValue)
                return false
            }
            guard let next, !Self.looksLikeOption(next) else {
                throw error(.missingValue(option: option.spelling))
            }
            optionValues[option.name, default: []].append(next)
            return true
        }

        private mutating func positional(_ argument: String) throws(UsageError) {
            let subcommands = command.subcommands
            guard subcommands.isEmpty else {
                guard let subcommand = subcommands.first(where: { $0.name == argument }) else {
                    let suggestion = EditDistance.closest(to: argument, among: subcommands.map(\.name))
                    throw error(.unknownCommand(argument, suggestion: suggestion))
                }
                chain.append(subcommand)
                declare(subcommand.options)
                return
            }
            let declared = command.arguments
            guard positionals.count < declared.count || declared.last?.isRepeating == true else {
                throw error(.unexpectedArgument(argument))
            }
            positionals.append(argument)
        }

        private func finish() throws(UsageError) -> CommandInvocation {
            if command.isGroup {
                throw error(.missingSubcommand(available: command.subcommands.map(\.name)))
            }
            for option in chain.flatMap(\.options) where option.isRequired && optionValues[option.name] == nil {
                throw error(.missingRequiredOption(option.spelling))
            }
            if let missing = command.arguments.dropFirst(positionals.count).first(where: { !$0.isOptional }) {
                throw error(.missingArgument(missing.spelling))
            }
            return CommandInvocation(
                commandPath: chain.map(\.name), command: command, declaredOptions: options,
                declaredArguments: command.arguments,
                optionValues: optionValues, flags: flags, positionals: positionals)
        }

        private mutating func declare(_ newOptions: [CommandOption]) {
            for option in newOptions { options[option.name] = option }
        }

        private func lookUp(_ spelling: String) -> CommandOption? {
            if spelling.hasPrefix("--") {
                return options[String(spelling.dropFirst(2))]
            }
            guard spelling.count == 2, let short = spelling.last else { return nil }
            return options.values.first { $0.shortName == short }
        }

        private func error(_ kind: UsageError.Kind) -> UsageError {
            UsageError(kind, commandPath: chain.map(\.name))
        }

        /// `--name=value` → ("--name", "value"); `--name` → ("--name", nil).
        private static func split(_ argument: String) -> (String, String?) {
            guard let equals = argument.firstIndex(of: "=") else { return (argument, nil) }
            return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
        }

        /// Options start with a dash; a lone "-" (stdin by convention) and negative numbers
        /// are values.
        private static func looksLikeOption(_ argument: String) -> Bool {
            argument.hasPrefix("-") && argument != "-" && Double(argument) == nil
        }
    }
}
