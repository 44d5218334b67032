import Synchronization

/// Where log lines go. Writes are serialized by a mutex so that lines from concurrent
/// tasks never interleave.
public final class LogSink: Sendable {
    private let output: Mutex<TextOutput>

    /// A sink writing each complete line to `output`.
    public init(_ output: TextOutput) {
        self.output = Mutex(output)
    }

    /// The process's standard error.
    public static let standardError = LogSink(.standardError)

    func write(_ line: String) {
        output.withLock { $0.write(line) }
    }
}
