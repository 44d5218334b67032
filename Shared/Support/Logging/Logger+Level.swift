extension Logger {
    /// The severity of an event, in increasing order.
    public enum Level: Int, Sendable, Comparable, CaseIterable {
        /// Diagnosis details.
        case debug
        /// Normal operation.
        case info
        /// Recovered anomalies.
        case warning
        /// Failures.
        case error

        /// The name written in the `level` field and read from configuration.
        public var name: String {
            switch self {
            case .debug: "debug"
            case .info: "info"
            case .warning: "warning"
            case .error: "error"
            }
        }

        /// Orders levels by severity.
        public static func < (lhs: Level, rhs: Level) -> Bool {
            lhs.rawValue < rhs.rawValue
        }
    }
}

extension ValueParser where Value == Logger.Level {
    /// A level name: `debug`, `info`, `warning` (or `warn`) or `error`, in any case.
    public static var logLevel: Self {
        ValueParser(expectation: "a log level (debug, info, warning, error)") { text in
            let name = text.lowercased()
            return name == "warn" ? .warning : Logger.Level.allCases.first { $0.name == name }
        }
    }
}
