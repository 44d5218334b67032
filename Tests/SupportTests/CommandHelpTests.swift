import Support
import Testing

@Suite("Help generated from the declarations")
struct CommandHelpTests {
    let root = SampleCommands().make()

    func help(_ path: [String]) -> String {
        var chain = [root]
        for name in path {
            chain.append(chain[chain.count - 1].subcommands.first { $0.name == name }!)
        }
        return Command.helpText(for: chain)
    }

    @Test("an action's help: overview, usage line, options, inherited options")
    func action() {
        #expect(
            help(["administrations", "add"]) == """
                OVERVIEW: Add an administration.

                USAGE: talents-admin administrations add --name <name> --acronym <acronym> [--parent <id>] [--tag <tag> ...] [--json]

                OPTIONS:
                  -n, --name <name>    Full name.
                  --acronym <acronym>  Short name.
                  --parent <id>        Parent administration.
                  --tag <tag>          A label. (repeatable)
                  --json               Print the result as JSON.
                  -h, --help           Show help for this command.

                GLOBAL OPTIONS:
                  --db <path>          SQLite database file. (env: TALENTS_DB)
                  -v, --verbose        Say more.

                """)
    }

    @Test("a group's help lists its subcommands and points to their help")
    func group() {
        let text = help(["db"])
        #expect(text.hasPrefix("OVERVIEW: Manage the database.\n\nUSAGE: talents-admin db <subcommand>\n"))
        #expect(
            text.contains(
                """
                SUBCOMMANDS:
                  migrate        Apply pending migrations.
                  backup         Copy the database while it runs.
                """))
        #expect(text.contains("GLOBAL OPTIONS:\n  --db <path>"))
        #expect(text.hasSuffix("Run 'talents-admin db <subcommand> --help' for help on a subcommand.\n"))
    }

    @Test("the root's help shows its own options as options")
    func rootHelp() {
        let text = help([])
        #expect(text.contains("SUBCOMMANDS:\n  db               Manage the database."))
        #expect(text.contains("OPTIONS:\n  --db <path>      SQLite database file. (env: TALENTS_DB)"))
        #expect(!text.contains("GLOBAL OPTIONS"))
    }

    @Test("arguments are listed and shown in the usage line")
    func arguments() {
        let backup = help(["db", "backup"])
        #expect(backup.contains("USAGE: talents-admin db backup <destination>\n"))
        #expect(backup.contains("ARGUMENTS:\n  <destination>  File to write."))
        #expect(
            help(["administrations", "list"]).contains(
                "USAGE: talents-admin administrations list [--json] [<filter> ...]\n"))
    }

    @Test("a name wider than the column puts its help on the next line")
    func wideNames() {
        let command = Command(
            "tool", abstract: "A tool.",
            options: [
                .value("a-very-long-option-name", placeholder: "something", help: "Long."),
                .flag("x", help: "Short.")
            ]
        ) { _, _ in }
        #expect(
            Command.helpText(for: [command]).contains(
                """
                OPTIONS:
                  --a-very-long-option-name <something>
                                                Long.
                  --x                           Short.
                """))
    }
    @Test("variables read without a flag are listed under ENVIRONMENT, after the options")
    func environment() {
        let command = Command(
            "tool", abstract: "A tool.", options: [.flag("x", help: "Short.")],
            environment: [.init("TOOL_INTERVAL", help: "Seconds between runs (default 60).")]
        ) { _, _ in }
        let text = Command.helpText(for: [command])
        #expect(
            text.hasSuffix(
                """
                ENVIRONMENT:
                  TOOL_INTERVAL  Seconds between runs (default 60).

                """))
        #expect(!Command.helpText(for: [Command("bare", abstract: "None.") { _, _ in }]).contains("ENVIRONMENT"))
    }
}
