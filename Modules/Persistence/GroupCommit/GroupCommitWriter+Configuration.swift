extension GroupCommitWriter {
    /// How a group-commit writer opens its connection and forms batches.
    public struct Configuration: Sendable, Hashable {
        /// What a commit waits for.
        // https://www.sqlite.org/pragma.html#pragma_synchronous
        public enum Synchronous: Sendable, Hashable {
            /// `synchronous = NORMAL` (WAL): a commit is in the WAL file, not yet fsynced; a power
            /// loss may lose the last commits, never corrupt the file. What every connection of
            /// this module uses.
            case normal
            /// `synchronous = FULL`: every commit fsyncs the WAL, so it survives a power loss.
            /// Group commit pays that fsync once per batch.
            case full
        }

        /// The most items in one transaction; 256 by default. Bounds how long the first item of
        /// a batch waits for the others and how much one commit holds.
        public var maximumBatchSize: Int
        /// What a commit waits for; `.normal` by default.
        public var synchronous: Synchronous
        /// How long the writer waits for a lock held by another connection; 5000 ms by default.
        public var busyTimeout: Duration

        /// Creates a configuration.
        public init(maximumBatchSize: Int = 256, synchronous: Synchronous = .normal,
                    busyTimeout: Duration = .milliseconds(5000)) {
            self.maximumBatchSize = maximumBatchSize
            self.synchronous = synchronous
            self.busyTimeout = busyTimeout
        }
    }
}
