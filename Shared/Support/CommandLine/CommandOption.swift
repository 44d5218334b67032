/// A named option a command accepts: `--name value`, `--name=value`, or a flag `--json`.
///
/// Options declared on a group are global: every command below the group accepts them too,
/// before or after the subcommand name (`talents-admin --db x db migrate`).
public struct CommandOption: Sendable {
    /// Whether the option takes a value.
    public enum Kind: Sendable, Equatable {
        /// Present or absent, never with a value (`--json`).
        case flag
        /// Followed by a value, shown in help as `<placeholder>`.
        case value(placeholder: String)
    }

    /// The long name without dashes: `name` for `--name`.
    public let name: String
    /// The optional one-letter name: `n` for `-n`.
    public let shortName: Character?
    /// Flag or value.
    public let kind: Kind
    /// One line of help.
    public let help: String
    /// Whether parsing fails when the option is absent.
    public let isRequired: Bool
    /// Whether the option may be given several times (`--skill a --skill b`).
    public let isRepeatable: Bool
    /// The environment variable of the same meaning, read when the option is absent
    /// (see ``CommandInvocation/value(_:as:environment:)``) and shown in help.
    public let environmentVariable: String?

    /// A flag: `--json`, true when present.
    public static func flag(_ name: String, short: Character? = nil, help: String) -> CommandOption {
        CommandOption(
            name: name, shortName: short, kind: .flag, help: help,
            isRequired: false, isRepeatable: false, environmentVariable: nil)
    }

    /// An option with a value: `--name X`.
    public static func value(
        _ name: String, short: Character? = nil, placeholder: String = "value", help: String,
        required: Bool = false, repeatable: Bool = false, environment: String? = nil
    ) -> CommandOption {
        CommandOption(
            name: name, shortName: short, kind: .value(placeholder: placeholder), help: help,
            isRequired: required, isRepeatable: repeatable, environmentVariable: environment)
    }

    private init(
        name: String, shortName: Character?, kind: Kind, help: String,
        isRequired: Bool, isRepeatable: Bool, environmentVariable: String?
    ) {
        precondition(
            !name.isEmpty && !name.hasPrefix("-") && !name.contains("="),
            "option name '\(name)' must be given without dashes and without '='")
        precondition(
            shortName.map { $0.isLetter || $0.isNumber } ?? true,
            "short name of '--\(name)' must be a letter or a digit")
        self.name = name
        self.shortName = shortName
        self.kind = kind
        self.help = help
        self.isRequired = isRequired
        self.isRepeatable = isRepeatable
        self.environmentVariable = environmentVariable
    }

    /// `--name` as typed on the command line.
    public var spelling: String { "--\(name)" }

    var takesValue: Bool { kind != .flag }
}
