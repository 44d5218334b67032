/// A command line that does not match the declarations of its command: the user's mistake,
/// reported with the command it concerns and mapped to ``ExitCode/usage``.
public struct UsageError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong.
    public enum Kind: Equatable, Sendable {
        /// An option the command does not declare, with the closest declared one.
        case unknownOption(String, suggestion: String?)
        /// A word that names no subcommand of the group, with the closest one.
        case unknownCommand(String, suggestion: String?)
        /// A group was given without one of its subcommands.
        case missingSubcommand(available: [String])
        /// A value option at the end of the line or followed by another option.
        case missingValue(option: String)
        /// A flag given with `=value`.
        case unexpectedValue(option: String)
        /// A non-repeatable option given twice.
        case duplicateOption(String)
        /// A required option is absent.
        case missingRequiredOption(String)
        /// A required positional argument is absent.
        case missingArgument(String)
        /// More positional arguments than the command declares.
        case unexpectedArgument(String)
        /// A value that does not read as the expected type, e.g. `--parent abc`.
        case invalidValue(String, value: String, expected: String)
    }

    /// What is wrong.
    public let kind: Kind
    /// The names from the root to the command concerned, e.g. `["talents-admin", "db", "migrate"]`.
    public let commandPath: [String]

    /// A usage error about the command at `commandPath`.
    public init(_ kind: Kind, commandPath: [String]) {
        self.kind = kind
        self.commandPath = commandPath
    }

    /// The message, e.g. "unknown option '--nme' for 'administrations add'; did you mean '--name'?".
    public var description: String {
        switch kind {
        case .unknownOption(let option, let suggestion):
            "unknown option '\(option)' for '\(commandName)'" + hint(suggestion)
        case .unknownCommand(let word, let suggestion):
            "unknown command '\(word)' for '\(commandName)'" + hint(suggestion)
        case .missingSubcommand(let available):
            "missing subcommand for '\(commandName)' (one of: \(available.joined(separator: ", ")))"
        case .missingValue(let option):
            "missing value for '\(option)'"
        case .unexpectedValue(let option):
            "option '\(option)' does not take a value"
        case .duplicateOption(let option):
            "option '\(option)' given more than once"
        case .missingRequiredOption(let option):
            "missing required option '\(option)'"
        case .missingArgument(let argument):
            "missing required argument '\(argument)'"
        case .unexpectedArgument(let argument):
            "unexpected argument '\(argument)'"
        case .invalidValue(let name, let value, let expected):
            "'\(name)' must be \(expected), got '\(value)'"
        }
    }

    /// The command as users name it: the path without the program name, or the program
    /// name alone for the root.
    private var commandName: String {
        commandPath.count > 1 ? commandPath.dropFirst().joined(separator: " ") : commandPath.joined()
    }

    private func hint(_ suggestion: String?) -> String {
        suggestion.map { "; did you mean '\($0)'?" } ?? ""
    }
}
