import Support
import Testing

@Suite("Running commands: output, exit codes, errors")
struct CommandRunnerTests {
    struct Failure: Error, CustomStringConvertible {
        var description: String { "the database is locked" }
    }

    struct Run {
        let code: ExitCode
        let output: String
        let errors: String
    }

    func run(
        _ arguments: [String], environment: [String: String] = [:],
        body: @escaping Command.Handler = { _, _ in }
    ) async -> Run {
        let output = TextCapture()
        let errors = TextCapture()
        let runner = CommandRunner(
            root: SampleCommands().make(body: body),
            context: CommandContext(
                output: output.output, errorOutput: errors.output, environment: Environment(environment)))
        let code = await runner.run(arguments)
        return Run(code: code, output: output.text, errors: errors.text)
    }

    @Test("the handler runs with the parsed invocation and writes through the context")
    func success() async {
        let commands = SampleCommands()
        let output = TextCapture()
        let root = commands.make { invocation, context in
            context.output.write("migrated \(invocation.string("db") ?? "-")\n")
        }
        let runner = CommandRunner(root: root, context: CommandContext(output: output.output))
        #expect(await runner.run(["db", "migrate", "--db", "t.sqlite"]) == .success)
        #expect(output.text == "migrated t.sqlite\n")
        #expect(commands.received.map(\.commandPath) == [["talents-admin", "db", "migrate"]])
    }

    @Test("help goes to the output with status 0 and runs nothing")
    func help() async {
        let result = await run(["db", "migrate", "--help"])
        #expect(result.code == .success)
        #expect(result.output.hasPrefix("OVERVIEW: Apply pending migrations.\n"))
        #expect(result.errors.isEmpty)
    }

    @Test("a usage error prints the message and a pointer to help, status 64, runs nothing")
    func usageError() async {
        let commands = SampleCommands()
        let errors = TextCapture()
        let runner = CommandRunner(root: commands.make(), context: CommandContext(errorOutput: errors.output))
        let code = await runner.run(["administrations", "add", "--nme", "X"])
        #expect(code == .usage)
        #expect(code.rawValue == 64)
        #expect(
            errors.text == """
                error: unknown option '--nme' for 'administrations add'; did you mean '--name'?
                Run 'talents-admin administrations add --help' for usage.

                """)
        #expect(commands.received.isEmpty)
    }

    @Test("a usage error thrown by a handler (bad typed value) is status 64 too")
    func handlerUsageError() async {
        let result = await run(["administrations", "add", "--name", "X", "--acronym", "Y", "--parent", "x"]) {
            invocation, _ in
            _ = try invocation.int("parent")
        }
        #expect(result.code == .usage)
        #expect(result.errors.hasPrefix("error: '--parent' must be an integer, got 'x'\n"))
    }

    @Test("a failing handler prints its error, status 1, never a trace")
    func failure() async {
        let result = await run(["db", "migrate"]) { _, _ in throw Failure() }
        #expect(result.code == .failure)
        #expect(result.errors == "error: the database is locked\n")
        #expect(result.output.isEmpty)
    }

    @Test("an invalid environment variable is status 78 with the variable named")
    func configurationError() async {
        let result = await run(["serve"], environment: ["TALENTS_PORT": "abc"]) { invocation, context in
            _ = try invocation.value("port", as: .port, environment: context.environment)
        }
        #expect(result.code == .configuration)
        #expect(result.errors == "error: TALENTS_PORT must be a port number (1–65535), got 'abc'\n")
    }

    @Test("a thrown ExitCode ends with that status and no extra message")
    func exitCode() async {
        let result = await run(["db", "migrate"]) { _, context in
            context.errorOutput.write("integrity check failed\n")
            throw ExitCode(3)
        }
        #expect(result.code == ExitCode(3))
        #expect(result.errors == "integrity check failed\n")
    }
}
