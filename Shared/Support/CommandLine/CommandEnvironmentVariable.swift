/// An environment variable a command reads without a flag of the same meaning
/// (`TALENTS_MAIL_TRANSPORT`), listed in its help under ENVIRONMENT.
///
/// Variables that mirror an option are declared on the option (``CommandOption/environmentVariable``)
/// and shown beside it; this is for the others, so `--help` names every variable a command reads.
public struct CommandEnvironmentVariable: Sendable, Hashable {
    /// The variable's name, e.g. `TALENTS_JOBS_INTERVAL_SECONDS`.
    public let name: String
    /// One line of help: meaning and default.
    public let help: String

    /// Declares a variable.
    public init(_ name: String, help: String) {
        precondition(!name.isEmpty && !name.contains("="), "environment variable name '\(name)' must be a name")
        self.name = name
        self.help = help
    }
}
