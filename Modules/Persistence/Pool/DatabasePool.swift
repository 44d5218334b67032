import Synchronization

/// The database of the application: one writer connection and a pool of reader connections
/// over one SQLite file in WAL mode, shareable between threads.
///
/// - `write` runs writers one at a time on one connection, in `BEGIN IMMEDIATE` transactions;
///   writers that arrive while another runs commit together with it (``WriteGroup``).
/// - `read` checks out a read-only connection for a deferred transaction: its reads see one
///   committed snapshot, unaffected by concurrent writes (https://www.sqlite.org/wal.html#concurrency).
///
/// Readers open on demand up to `maximumReaderCount`; beyond it, `read` blocks its thread until
/// one is returned. Both `write` and `read` run their closure synchronously on the calling thread.
public final class DatabasePool: Sendable {
    /// The path of the database file.
    public let path: String
    /// The configuration the pool was opened with.
    public let configuration: Configuration
    /// The writer; nil in read-only mode.
    private let writer: ConnectionBox?
    /// Who uses the writer, and the group commit.
    private let writeGroup = WriteGroup()
    /// The thread inside `writeWithoutTransaction`, or 0: a nested write would deadlock.
    private let writerThread = Atomic<UInt>(0)
    /// The readers.
    private let readers: ReaderPool
    /// Moves with every commit (see ``dataVersion()``).
    private let version: DataVersion

    /// Opens the pool, creating the file and its directory in read-write mode.
    ///
    /// One reader is opened at once, so a missing or unreadable file fails here.
    public init(path: String, configuration: Configuration = Configuration()) throws(SQLiteError) {
        let busyTimeout = configuration.busyTimeout
        switch configuration.mode {
        case .readWrite:
            let connection = try Connection(
                path: path, configuration: .init(mode: .readWriteCreate, busyTimeout: busyTimeout))
            writer = ConnectionBox(connection)
        case .readOnly:
            writer = nil
        }
        readers = ReaderPool(maximumCount: configuration.maximumReaderCount) { () throws(SQLiteError) in
            try Connection(path: path, configuration: .init(mode: .readOnly, busyTimeout: busyTimeout))
        }
        self.path = path
        self.configuration = configuration
        version = DataVersion(path: path, busyTimeout: busyTimeout)
        try readers.openFirst()
    }

    deinit {
        // Readers close first: the last connection to close checkpoints and removes the WAL
        // file, which only the read-write writer can do.
        version.close()
        readers.closeIdle()
    }

    /// The number of reader connections currently open.
    public var openReaderCount: Int { readers.openCount }

    // MARK: Writing

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction on the writer, and returns once its changes
    /// are committed; when anything throws, rolls `body`'s changes back and rethrows that error.
    ///
    /// Writes run one at a time: a call waits while another thread writes. Writes that waited
    /// join the transaction of the one before them, each in a savepoint of its own, and commit
    /// together (``WriteGroup``): a write that throws undoes only its own changes; a failed
    /// commit fails every write of the group, none of which is then stored. Calling `write` from
    /// inside `write`, or on a read-only pool, is a programmer error; a `read` inside `write`
    /// runs on a reader and does not see the write's uncommitted changes.
    @discardableResult
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        let connection = writerConnection()
        requireNotWriting()
        return try writeGroup.write(on: connection) { connection in
            try onWriterThread { try body(connection) }
        }
    }

    /// How the writes were grouped so far (for tests and benchmarks).
    public var writeStatistics: WriteStatistics { writeGroup.statistics }

    /// How writes were committed.
    public struct WriteStatistics: Sendable, Hashable {
        /// Transactions committed by ``write(_:)``.
        public var groups: Int
        /// Writes those transactions held: `writes / groups` is the mean group size.
        public var writes: Int
        /// Writes waiting for their turn now.
        public var waiting: Int
    }

    /// Runs `body` on the writer outside any transaction, for work that manages its own
    /// transactions (migrations, `PRAGMA`s that cannot run in one).
    ///
    /// `body` must leave no transaction open: one left open after a throw is rolled back, one
    /// left open after a return is a programmer error.
    @discardableResult
    public func writeWithoutTransaction<T>(_ body: (Connection) throws -> T) throws -> T {
        let connection = writerConnection()
        requireNotWriting()
        return try writeGroup.exclusive {
            let outcome = Result { try onWriterThread { try body(connection) } }
            if case .failure = outcome {
                connection.rollbackIfNeeded()
            }
            precondition(!connection.isInTransaction, "writeWithoutTransaction left a transaction open (\(path))")
            return try outcome.get()
        }
    }

    /// The writer connection; traps on a read-only pool.
    private func writerConnection() -> Connection {
        guard let connection = writer?.connection else {
            preconditionFailure("write on a read-only DatabasePool (\(path))")
        }
        return connection
    }

    /// Traps when this thread is inside a write: a nested write would wait for itself forever.
    private func requireNotWriting() {
        precondition(
            writerThread.load(ordering: .relaxed) != currentThreadID(),
            "Nested DatabasePool.write on the same thread (\(path))")
    }

    /// Runs `body` marking this thread as the writer's (see ``requireNotWriting()``).
    private func onWriterThread<T>(_ body: () throws -> T) rethrows -> T {
        writerThread.store(currentThreadID(), ordering: .relaxed)
        defer { writerThread.store(0, ordering: .relaxed) }
        return try body()
    }

    // MARK: Reading

    /// Runs `body` on a read-only connection in a deferred transaction: every read sees the
    /// same committed snapshot, taken at the first read, and never waits for the writer.
    ///
    /// Writing in `body` fails with `SQLITE_READONLY`.
    @discardableResult
    public func read<T>(_ body: (Connection) throws -> T) throws -> T {
        try readers.withReader { connection in
            try connection.transaction(.deferred, body)
        }
    }

    /// A number that changes whenever anything is committed to the database, by this process
    /// or another (`PRAGMA data_version` on a connection of its own): a cache of stored facts
    /// that read it before reading the facts holds them while it stays the same.
    public func dataVersion() throws -> Int64 {
        try version.current()
    }

    // MARK: Maintenance

    /// Runs `PRAGMA integrity_check` on a reader; empty when the file is sound.
    public func integrityCheck() throws -> [String] {
        try readers.withReader { try $0.integrityCheck() }
    }

    /// Runs `PRAGMA foreign_key_check` on a reader; empty when every row has its parent.
    public func foreignKeyCheck() throws -> [ForeignKeyViolation] {
        try readers.withReader { try $0.foreignKeyCheck() }
    }

    /// Copies the last committed state into a new file at `destinationPath`, from a reader, without
    /// blocking writers (see `Connection.backup(to:pagesPerStep:)`).
    public func backup(to destinationPath: String) throws {
        try readers.withReader { try $0.backup(to: destinationPath) }
    }
}
