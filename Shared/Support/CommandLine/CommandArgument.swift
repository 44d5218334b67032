/// A positional argument a command accepts: `db backup PATH`.
public struct CommandArgument: Sendable {
    /// The name, shown in help as `<name>` and used to read the value.
    public let name: String
    /// One line of help.
    public let help: String
    /// Whether the argument may be left out.
    public let isOptional: Bool
    /// Whether the argument takes every remaining value (only the last one may).
    public let isRepeating: Bool

    /// Declares a positional argument.
    public init(_ name: String, help: String, optional: Bool = false, repeating: Bool = false) {
        precondition(!name.isEmpty, "an argument needs a name")
        self.name = name
        self.help = help
        self.isOptional = optional
        self.isRepeating = repeating
    }

    /// `<name>` as shown in usage lines and errors.
    public var spelling: String { "<\(name)>" }
}
