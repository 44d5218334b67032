extension DatabasePool {
    /// How a pool opens its database.
    public struct Configuration: Sendable, Hashable {
        /// Whether the pool may write.
        public enum Mode: Sendable, Hashable {
            /// One writer connection (creating the file, its directory and the WAL) and readers.
            case readWrite
            /// Readers only, opened with `SQLITE_OPEN_READONLY`: never takes the write lock, so it
            /// never blocks a writer in another process (the metrics exporter). The file must exist
            /// and should already be in WAL mode; `write` is a programmer error.
            case readOnly
        }

        /// Read-write by default.
        public var mode: Mode
        /// The most reader connections open at once; 4 by default.
        public var maximumReaderCount: Int
        /// How long a connection waits for a lock before `SQLITE_BUSY`; 5000 ms by default.
        public var busyTimeout: Duration

        /// Creates a configuration.
        public init(mode: Mode = .readWrite, maximumReaderCount: Int = 4, busyTimeout: Duration = .milliseconds(5000)) {
            self.mode = mode
            self.maximumReaderCount = maximumReaderCount
            self.busyTimeout = busyTimeout
        }
    }
}
