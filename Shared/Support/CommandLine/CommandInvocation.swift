/// A parsed command line: the command chosen and the values given, read through typed
/// accessors.
///
/// Reading an option or argument the command does not declare is a programmer mistake
/// and traps; a value that does not read as the wanted type is the user's and throws a
/// ``UsageError``.
public struct CommandInvocation: Sendable {
    /// The names from the root to the command chosen, e.g. `["talents-admin", "db", "migrate"]`.
    public let commandPath: [String]
    let command: Command
    let declaredOptions: [String: CommandOption]
    let declaredArguments: [CommandArgument]
    let optionValues: [String: [String]]
    let flags: Set<String>
    let positionals: [String]

    // MARK: Options

    /// Whether the flag `--name` was given.
    public func flag(_ name: String) -> Bool {
        let option = declared(name)
        precondition(option.kind == .flag, "'\(option.spelling)' is not a flag")
        return flags.contains(name)
    }

    /// The value of `--name`, the last one when repeated, or nil when absent.
    public func string(_ name: String) -> String? {
        strings(name).last
    }

    /// Every value of `--name`, in order.
    public func strings(_ name: String) -> [String] {
        let option = declared(name)
        precondition(option.takesValue, "'\(option.spelling)' is a flag, read it with flag(_:)")
        return optionValues[name] ?? []
    }

    /// The value of `--name`, or a ``UsageError`` naming the option when it is absent.
    public func requiredString(_ name: String) throws(UsageError) -> String {
        try requiredValue(name, as: .string)
    }

    /// The value of `--name` read as an integer, or nil when absent.
    public func int(_ name: String) throws(UsageError) -> Int? {
        try value(name, as: .int)
    }

    /// The value of `--name` read by `parser`, or nil when absent.
    public func value<Value>(_ name: String, as parser: ValueParser<Value>) throws(UsageError) -> Value? {
        guard let text = string(name) else { return nil }
        return try read(text, as: parser, name: "--\(name)")
    }

    /// The value of `--name` read by `parser`; a ``UsageError`` when absent.
    public func requiredValue<Value>(_ name: String, as parser: ValueParser<Value>) throws(UsageError) -> Value {
        guard let value = try value(name, as: parser) else {
            throw UsageError(.missingRequiredOption("--\(name)"), commandPath: commandPath)
        }
        return value
    }

    /// Every value of a repeatable `--name`, each read by `parser`.
    public func values<Value>(_ name: String, as parser: ValueParser<Value>) throws(UsageError) -> [Value] {
        var values = [Value]()
        for text in strings(name) {
            values.append(try read(text, as: parser, name: "--\(name)"))
        }
        return values
    }

    // MARK: Positional arguments

    /// The value of a required positional argument (parsing guarantees it is there).
    public func argument(_ name: String) -> String {
        let (index, argument) = declaredArgument(name)
        precondition(
            !argument.isOptional && !argument.isRepeating,
            "'\(argument.spelling)' may be absent or repeated: use optionalArgument(_:) or arguments(_:)")
        return positionals[index]
    }

    /// The value of a required positional argument read by `parser`.
    public func argument<Value>(_ name: String, as parser: ValueParser<Value>) throws(UsageError) -> Value {
        try read(argument(name), as: parser, name: "<\(name)>")
    }

    /// The value of an optional positional argument, or nil.
    public func optionalArgument(_ name: String) -> String? {
        let (index, argument) = declaredArgument(name)
        precondition(!argument.isRepeating, "'\(argument.spelling)' repeats: use arguments(_:)")
        return index < positionals.count ? positionals[index] : nil
    }

    /// Every value of the repeating last positional argument.
    public func arguments(_ name: String) -> [String] {
        let (index, argument) = declaredArgument(name)
        precondition(argument.isRepeating, "'\(argument.spelling)' does not repeat")
        return index < positionals.count ? Array(positionals[index...]) : []
    }

    // MARK: Helpers

    func declared(_ name: String) -> CommandOption {
        guard let option = declaredOptions[name] else {
            preconditionFailure("'\(commandPath.joined(separator: " "))' declares no option '--\(name)'")
        }
        return option
    }

    private func declaredArgument(_ name: String) -> (Int, CommandArgument) {
        guard let index = declaredArguments.firstIndex(where: { $0.name == name }) else {
            preconditionFailure("'\(commandPath.joined(separator: " "))' declares no argument '<\(name)>'")
        }
        return (index, declaredArguments[index])
    }

    private func read<Value>(_ text: String, as parser: ValueParser<Value>, name: String) throws(UsageError) -> Value {
        guard let value = parser.parse(text) else {
            throw UsageError(.invalidValue(name, value: text, expected: parser.expectation), commandPath: commandPath)
        }
        return value
    }
}
