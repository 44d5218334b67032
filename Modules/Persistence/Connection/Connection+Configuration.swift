extension Connection {
    /// How a connection is opened.
    public struct Configuration: Sendable, Hashable {
        /// Read-write or read-only access.
        public enum Mode: Sendable, Hashable {
            /// `SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE`: creates the file and its directory.
            case readWriteCreate
            /// `SQLITE_OPEN_READONLY`: the file must exist; every write fails with `SQLITE_READONLY`.
            case readOnly
        }

        /// Read-write or read-only access; read-write by default.
        public var mode: Mode
        /// How long a statement waits for a lock held by another connection before failing with
        /// `SQLITE_BUSY`; 5000 ms by default.
        // https://www.sqlite.org/c3ref/busy_timeout.html
        public var busyTimeout: Duration

        /// Creates a configuration.
        public init(mode: Mode = .readWriteCreate, busyTimeout: Duration = .milliseconds(5000)) {
            self.mode = mode
            self.busyTimeout = busyTimeout
        }

        /// The busy timeout in whole milliseconds, clamped to what SQLite accepts.
        var busyTimeoutMilliseconds: Int32 {
            let (seconds, attoseconds) = busyTimeout.components
            let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000
            return Int32(clamping: max(0, milliseconds))
        }
    }
}
