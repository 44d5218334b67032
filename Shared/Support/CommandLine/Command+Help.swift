extension Command {
    /// The help of the last command of `chain` (root first), generated from the
    /// declarations: overview, usage line, subcommands or arguments, its options, then the
    /// options inherited from its groups, then the environment variables it reads without a flag.
    public static func helpText(for chain: [Command]) -> String {
        precondition(!chain.isEmpty, "help needs at least the root command")
        let command = chain[chain.count - 1]
        let path = chain.map(\.name).joined(separator: " ")
        var tables: [(title: String, rows: [(String, String)])] = []
        if command.isGroup {
            tables.append(("SUBCOMMANDS", command.subcommands.map { ($0.name, $0.abstract) }))
        } else if !command.arguments.isEmpty {
            tables.append(("ARGUMENTS", command.arguments.map { ($0.spelling, $0.help) }))
        }
        tables.append(("OPTIONS", command.options.map(row) + [("-h, --help", "Show help for this command.")]))
        let inherited = chain.dropLast().flatMap(\.options)
        if !inherited.isEmpty {
            tables.append(("GLOBAL OPTIONS", inherited.map(row)))
        }
        if !command.environment.isEmpty {
            tables.append(("ENVIRONMENT", command.environment.map { ($0.name, $0.help) }))
        }
        // One column width for every table, so the help texts line up.
        let width = min(tables.flatMap(\.rows).map(\.0.count).max() ?? 0, maximumNameWidth)
        var sections = ["OVERVIEW: \(command.abstract)", "USAGE: \(usageLine(for: command, path: path))"]
        sections += tables.map { table($0.title, $0.rows, width: width) }
        if command.isGroup {
            sections.append("Run '\(path) <subcommand> --help' for help on a subcommand.")
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// Names wider than this put their help on the next line.
    private static let maximumNameWidth = 28

    /// `talents-admin administrations add --name <name> [--parent <id>] [--json]`.
    private static func usageLine(for command: Command, path: String) -> String {
        guard !command.isGroup else { return "\(path) <subcommand>" }
        var words = [path]
        for option in command.options {
            var word = option.spelling
            if case .value(let placeholder) = option.kind { word += " <\(placeholder)>" }
            if option.isRepeatable { word += " ..." }
            words.append(option.isRequired ? word : "[\(word)]")
        }
        for argument in command.arguments {
            let word = argument.spelling + (argument.isRepeating ? " ..." : "")
            words.append(argument.isOptional ? "[\(word)]" : word)
        }
        return words.joined(separator: " ")
    }

    private static func row(_ option: CommandOption) -> (String, String) {
        var names = option.spelling
        if let short = option.shortName { names = "-\(short), " + names }
        if case .value(let placeholder) = option.kind { names += " <\(placeholder)>" }
        var help = option.help
        if option.isRepeatable { help += " (repeatable)" }
        if let variable = option.environmentVariable { help += " (env: \(variable))" }
        return (names, help)
    }

    /// A titled two-column list; a left cell too wide for the column puts its help on
    /// the next line.
    private static func table(_ title: String, _ rows: [(String, String)], width: Int) -> String {
        let lines = rows.map { left, right in
            left.count > width
                ? "  \(left)\n  \(String(repeating: " ", count: width))  \(right)"
                : "  \(left.padding(to: width))  \(right)"
        }
        return ([title + ":"] + lines).joined(separator: "\n")
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }
}
