/// What a command handler writes to and reads its configuration from, injected by
/// ``CommandRunner`` so tests capture output and pass their own environment.
public struct CommandContext: Sendable {
    /// Results: tables, JSON (standard output by default).
    public let output: TextOutput
    /// Diagnostics and progress (standard error by default).
    public let errorOutput: TextOutput
    /// The environment variables the command may read.
    public let environment: Environment

    /// A context over the given outputs and environment.
    public init(
        output: TextOutput = .standardOutput, errorOutput: TextOutput = .standardError,
        environment: Environment = Environment()
    ) {
        self.output = output
        self.errorOutput = errorOutput
        self.environment = environment
    }
}
