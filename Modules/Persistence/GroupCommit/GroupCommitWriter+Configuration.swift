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

        /// Where WAL checkpoints run.
        // https://www.sqlite.org/wal.html#ckpt
        public enum Checkpointing: Sendable, Hashable {
            /// SQLite's automatic checkpoint (at 1000 pages) by the commit that crosses it: the
            /// completions of that batch wait for the checkpoint's fsyncs.
            case onCommit
            /// Once a commit leaves `pages` pages in the WAL, a checkpointer thread with its own
            /// connection runs a `PASSIVE` checkpoint while commits go on; the writer then
            /// checkpoints inline only the pages committed meanwhile, and starts the WAL over.
            case background(pages: Int)
        }

        /// The most items in one transaction; 256 by default. Bounds how long the first item of
        /// a batch waits for the others and how much one commit holds.
        public var maximumBatchSize: Int
        /// What a commit waits for; `.normal` by default.
        public var synchronous: Synchronous
        /// Where WAL checkpoints run; in the background from 1000 pages by default.
        public var checkpointing: Checkpointing
        /// How long the writer waits for a lock held by another connection; 5000 ms by default.
        public var busyTimeout: Duration

        /// Creates a configuration.
        public init(
            maximumBatchSize: Int = 256, synchronous: Synchronous = .normal,
            checkpointing: Checkpointing = .background(pages: 1000),
            busyTimeout: Duration = .milliseconds(5000)
        ) {
            self.maximumBatchSize = maximumBatchSize
            self.synchronous = synchronous
            self.checkpointing = checkpointing
            self.busyTimeout = busyTimeout
        }
    }
}
