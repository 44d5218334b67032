public import Foundation

/// A leveled logger writing one logfmt line per event:
/// `ts=2025-03-14T09:26:53.589Z level=info msg="request served" status=200 path=/v1/missions`.
///
/// Never log personal data (names, e-mail addresses, profile fields), request or response
/// bodies, tokens, keys or `Authorization` headers: log identifiers, counts, statuses and
/// durations instead. Logs are kept and shipped where personal data must not go.
///
/// A `Logger` is a cheap value; ``with(_:)`` derives one that adds fields to every line
/// (a request id, a component). Copies share their sink, which serializes writes.
public struct Logger: Sendable {
    /// Events below this level are dropped.
    public var minimumLevel: Level
    private let sink: LogSink
    private let clock: @Sendable () -> Date
    private var fields: [(String, String)] = []

    /// A logger writing to `sink` (standard error by default), with timestamps from
    /// `clock` (tests inject a fixed one).
    public init(
        minimumLevel: Level = .info, sink: LogSink = .standardError,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.minimumLevel = minimumLevel
        self.sink = sink
        self.clock = clock
    }

    /// A logger that adds `metadata` to every line, after the event's own fields.
    public func with(_ metadata: KeyValuePairs<String, any CustomStringConvertible>) -> Logger {
        var logger = self
        logger.fields += metadata.map { ($0.key, $0.value.description) }
        return logger
    }

    /// Writes an event at `level` when it is at least ``minimumLevel``.
    public func log(
        _ level: Level, _ message: String,
        _ metadata: KeyValuePairs<String, any CustomStringConvertible> = [:]
    ) {
        guard level >= minimumLevel else { return }
        var line = Logfmt.Line()
        line.append("ts", Logfmt.timestamp(clock()))
        line.append("level", level.name)
        line.append("msg", message, alwaysQuoted: true)
        for (key, value) in metadata { line.append(key, (value as? String) ?? value.description) }
        for (key, value) in fields { line.append(key, value) }
        line.end()
        sink.write(line)
    }

    /// Details useful when diagnosing, off in production.
    public func debug(_ message: String, _ metadata: KeyValuePairs<String, any CustomStringConvertible> = [:]) {
        log(.debug, message, metadata)
    }

    /// Normal operation: started, served, migrated.
    public func info(_ message: String, _ metadata: KeyValuePairs<String, any CustomStringConvertible> = [:]) {
        log(.info, message, metadata)
    }

    /// Something unexpected the program recovered from.
    public func warning(_ message: String, _ metadata: KeyValuePairs<String, any CustomStringConvertible> = [:]) {
        log(.warning, message, metadata)
    }

    /// A failure an operator should look at.
    public func error(_ message: String, _ metadata: KeyValuePairs<String, any CustomStringConvertible> = [:]) {
        log(.error, message, metadata)
    }
}
