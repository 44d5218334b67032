import Synchronization

/// Where log lines go. Writes are serialized by a mutex so that lines from concurrent
/// tasks never interleave.
///
/// A sink made with ``init(bufferingFileDescriptor:capacity:)`` keeps lines in memory and writes
/// them in chunks (one system call for many lines): when the buffer is full, on
/// ``flushPeriodically(every:)``'s timer, and on ``flush()``, which a process calls before it
/// exits so that no line is lost. The access log of `talents-api` goes through one.
public final class LogSink: Sendable {
    private let output: Mutex<TextOutput>
    private let buffer: LogBuffer?

    /// A sink writing each complete line to `output`.
    public init(_ output: TextOutput) {
        self.output = Mutex(output)
        buffer = nil
    }

    /// A sink buffering up to `capacity` bytes of lines before writing them to `fileDescriptor`
    /// (2 for standard error).
    public init(bufferingFileDescriptor fileDescriptor: Int32, capacity: Int = 32 * 1024) {
        output = Mutex(TextOutput { _ in })
        buffer = LogBuffer(fileDescriptor: fileDescriptor, capacity: capacity)
    }

    /// The process's standard error.
    public static let standardError = LogSink(.standardError)

    /// Writes `line`, which ends with its line break.
    func write(_ line: Logfmt.Line) {
        if let buffer {
            buffer.append(line.bytes)
        } else {
            let text = line.text
            output.withLock { $0.write(text) }
        }
    }

    /// Writes the buffered lines now (nothing to do for an unbuffered sink).
    public func flush() {
        buffer?.flush()
    }

    /// Flushes the buffered lines every `seconds` from a background thread, for the life of the
    /// process, so that a quiet server's lines do not wait for the buffer to fill.
    public func flushPeriodically(every seconds: Double) {
        buffer?.flushPeriodically(every: seconds)
    }
}
