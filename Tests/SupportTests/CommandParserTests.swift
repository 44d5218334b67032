import Support
import Testing

@Suite("Command-line parsing")
struct CommandParserTests {
    let parser = CommandParser(root: SampleCommands().make())

    func invocation(_ arguments: [String]) throws -> CommandInvocation {
        guard case .run(let invocation) = try parser.parse(arguments) else {
            Issue.record("expected a run for \(arguments)")
            throw UsageError(.missingArgument("run"), commandPath: [])
        }
        return invocation
    }

    func usageError(_ arguments: [String]) -> UsageError? {
        #expect(throws: UsageError.self) { try parser.parse(arguments) }
    }

    @Test("options with a separate value, an attached value, short names, flags, repeats")
    func options() throws {
        let parsed = try invocation([
            "administrations", "add", "--name", "Direction interministérielle du numérique",
            "--acronym=DINUM", "--parent", "3", "--tag", "a", "--tag=b", "--json"
        ])
        #expect(parsed.commandPath == ["talents-admin", "administrations", "add"])
        #expect(parsed.string("name") == "Direction interministérielle du numérique")
        #expect(try parsed.requiredString("acronym") == "DINUM")
        #expect(try parsed.int("parent") == 3)
        #expect(parsed.strings("tag") == ["a", "b"])
        #expect(parsed.flag("json"))
        #expect(!parsed.flag("verbose"))

        let short = try invocation(["administrations", "add", "-n", "X", "--acronym", "Y"])
        #expect(short.string("name") == "X")
        #expect(try short.int("parent") == nil)
        #expect(short.strings("tag").isEmpty)
        #expect(!short.flag("json"))
    }

    @Test("global options are accepted before and after the subcommand")
    func globalOptions() throws {
        #expect(try invocation(["--db", "/tmp/a.sqlite", "db", "migrate"]).string("db") == "/tmp/a.sqlite")
        #expect(try invocation(["db", "--db=/tmp/b.sqlite", "migrate"]).string("db") == "/tmp/b.sqlite")
        let after = try invocation(["db", "migrate", "-v", "--db", "/tmp/c.sqlite"])
        #expect(after.string("db") == "/tmp/c.sqlite")
        #expect(after.flag("verbose"))
    }

    @Test("positional arguments, interleaved with options and after --")
    func positionals() throws {
        #expect(
            try invocation(["db", "backup", "/tmp/copy.sqlite", "--db", "x"]).argument("destination")
                == "/tmp/copy.sqlite")
        #expect(try invocation(["db", "backup", "--", "--odd-name"]).argument("destination") == "--odd-name")
        #expect(try invocation(["db", "backup", "-"]).argument("destination") == "-")
        let list = try invocation(["administrations", "list", "santé", "--json", "--", "-x", "--help"])
        #expect(list.arguments("filter") == ["santé", "-x", "--help"])
        #expect(try invocation(["administrations", "list"]).arguments("filter").isEmpty)
    }

    @Test("values that are negative numbers or empty are values")
    func oddValues() throws {
        #expect(
            try invocation(["administrations", "add", "--name", "X", "--acronym", "Y", "--parent", "-3"])
                .int("parent") == -3)
        #expect(try invocation(["administrations", "add", "--name=", "--acronym", "Y"]).string("name") == "")
        #expect(try invocation(["administrations", "add", "--name=a=b", "--acronym", "Y"]).string("name") == "a=b")
        #expect(try invocation(["administrations", "add", "--name=-x", "--acronym", "Y"]).string("name") == "-x")
    }

    @Test("--help and -h ask for help on the deepest command named")
    func help() throws {
        func chain(_ arguments: [String]) throws -> [String] {
            guard case .help(let chain) = try parser.parse(arguments) else { return [] }
            return chain.map(\.name)
        }
        #expect(try chain(["--help"]) == ["talents-admin"])
        #expect(try chain(["db", "-h"]) == ["talents-admin", "db"])
        #expect(try chain(["administrations", "add", "--help"]) == ["talents-admin", "administrations", "add"])
        // Help wins over what would be usage errors on the same line.
        #expect(
            try chain(["administrations", "add", "--nme", "x", "--help"])
                == ["talents-admin", "administrations", "add"])
        #expect(try chain(["db", "migrat", "-h"]) == ["talents-admin", "db"])
        #expect(
            try chain(["administrations", "add", "--name", "--help"])
                == ["talents-admin", "administrations", "add"])
    }

    @Test(
        "usage errors name the rule broken",
        arguments: [
            (
                ["administrations", "add", "--nme", "X", "--acronym", "Y"],
                "unknown option '--nme' for 'administrations add'; did you mean '--name'?"
            ),
            (["administrations", "add", "--colour", "red"], "unknown option '--colour' for 'administrations add'"),
            (["--nme"], "unknown option '--nme' for 'talents-admin'"),
            (["administrations", "add", "-q"], "unknown option '-q' for 'administrations add'"),
            (["db", "migrate", "--db"], "missing value for '--db'"),
            (["--db", "--verbose", "db", "migrate"], "missing value for '--db'"),
            (["administrations", "add", "--acronym", "Y"], "missing required option '--name'"),
            (["db", "migrate", "x"], "unexpected argument 'x'"),
            (["db", "backup"], "missing required argument '<destination>'"),
            (["db", "backup", "a", "b"], "unexpected argument 'b'"),
            (["db", "migrat"], "unknown command 'migrat' for 'db'; did you mean 'migrate'?"),
            (["dbs", "migrate"], "unknown command 'dbs' for 'talents-admin'; did you mean 'db'?"),
            (["frobnicate"], "unknown command 'frobnicate' for 'talents-admin'"),
            (["db"], "missing subcommand for 'db' (one of: migrate, backup)"),
            ([], "missing subcommand for 'talents-admin' (one of: db, administrations, serve)"),
            (["administrations", "list", "--json=yes"], "option '--json' does not take a value"),
            (
                ["administrations", "add", "--name", "X", "--name", "Z", "--acronym", "Y"],
                "option '--name' given more than once"
            )
        ])
    func usageErrors(arguments: [String], message: String) {
        #expect(usageError(arguments)?.description == message)
    }

    @Test("a usage error carries the path of the command concerned")
    func errorPath() {
        #expect(
            usageError(["administrations", "add", "--nme", "X"])?.commandPath
                == ["talents-admin", "administrations", "add"])
        #expect(usageError(["db", "nope"])?.commandPath == ["talents-admin", "db"])
    }

    @Test("typed accessors reject values that do not read, naming the option")
    func typedValues() throws {
        let parsed = try invocation(["administrations", "add", "--name", "X", "--acronym", "Y", "--parent", "trois"])
        #expect(
            throws: UsageError(
                .invalidValue("--parent", value: "trois", expected: "an integer"),
                commandPath: ["talents-admin", "administrations", "add"])
        ) {
            try parsed.int("parent")
        }
        let error = #expect(throws: UsageError.self) { try parsed.value("parent", as: .int(in: 1...100)) }
        #expect(error?.description == "'--parent' must be an integer from 1 to 100, got 'trois'")

        let serve = try invocation(["serve", "--port", "0"])
        #expect(throws: UsageError.self) { try serve.value("port", as: .port) }
        #expect(throws: UsageError(.missingRequiredOption("--base-url"), commandPath: ["talents-admin", "serve"])) {
            try serve.requiredValue("base-url", as: .httpURL)
        }
        let backup = try invocation(["db", "backup", "12"])
        #expect(try backup.argument("destination", as: .int) == 12)
        let tags = try invocation([
            "administrations", "add", "--name", "X", "--acronym", "Y",
            "--tag", "1", "--tag", "deux"
        ])
        #expect(throws: UsageError.self) { try tags.values("tag", as: .int) }
        let goodTags = try invocation(["administrations", "add", "--name", "X", "--acronym", "Y", "--tag", "1"])
        #expect(try goodTags.values("tag", as: .int) == [1])
    }
}
