/// Parses a command line, runs the chosen handler and turns every outcome into text and an
/// ``ExitCode``; it never lets an error escape, so users see a message, not a trace.
///
/// ```swift
/// // main.swift
/// let code = await CommandRunner(root: adminCommand).run(Array(CommandLine.arguments.dropFirst()))
/// exit(code.rawValue)
/// ```
public struct CommandRunner: Sendable {
    /// The parser of the command tree.
    public let parser: CommandParser
    /// Outputs and environment handed to handlers.
    public let context: CommandContext

    /// A runner for the tree under `root`.
    public init(root: Command, context: CommandContext = CommandContext()) {
        self.parser = CommandParser(root: root)
        self.context = context
    }

    /// Runs `arguments` (program name excluded):
    /// - help → written to the output, `success`;
    /// - usage error → "error: …" and a pointer to `--help` on the error output, `usage`;
    /// - invalid environment variable → "error: …", `configuration`;
    /// - a thrown ``ExitCode`` → that code, silently (the handler wrote its message);
    /// - any other error → "error: …", `failure`.
    public func run(_ arguments: [String]) async -> ExitCode {
        let invocation: CommandInvocation
        do {
            switch try parser.parse(arguments) {
            case .help(let chain):
                context.output.write(Command.helpText(for: chain))
                return .success
            case .run(let parsed):
                invocation = parsed
            }
        } catch {
            return report(error)
        }
        let handler = handler(for: invocation)
        do {
            try await handler(invocation, context)
            return .success
        } catch let error as UsageError {
            return report(error)
        } catch let error as ConfigurationError {
            context.errorOutput.write("error: \(error)\n")
            return .configuration
        } catch let code as ExitCode {
            return code
        } catch {
            context.errorOutput.write("error: \(error)\n")
            return .failure
        }
    }

    private func report(_ error: UsageError) -> ExitCode {
        let path = error.commandPath.joined(separator: " ")
        context.errorOutput.write("error: \(error)\nRun '\(path) --help' for usage.\n")
        return .usage
    }

    private func handler(for invocation: CommandInvocation) -> Command.Handler {
        guard case .action(let handler) = invocation.command.body else {
            preconditionFailure("the parser chose the group '\(invocation.commandPath.joined(separator: " "))' to run")
        }
        return handler
    }
}
