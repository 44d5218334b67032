import Synchronization

/// The database of the application: one writer connection and a pool of reader connections
/// over one SQLite file in WAL mode, shareable between threads.
///
/// - `write` serializes writers on one connection, each in a `BEGIN IMMEDIATE` transaction.
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
    private let writer: Mutex<ConnectionBox?>
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
            writer = Mutex(ConnectionBox(connection))
        case .readOnly:
            writer = Mutex(nil)
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

    /// Runs `body` in a `BEGIN IMMEDIATE` transaction on the writer: commits when it returns,
    /// rolls back when anything throws, and rethrows that error.
    ///
    /// Writes are serialized: a call waits while another thread writes. Calling `write` from
    /// inside `write`, or on a read-only pool, is a programmer error; a `read` inside `write`
    /// runs on a reader and does not see the write's uncommitted changes.
    @discardableResult
    public func write<T>(_ body: (Connection) throws -> T) throws -> T {
        try writeWithoutTransaction { connection in
            try connection.transaction(.immediate, body)
        }
    }

    /// Runs `body` on the writer outside any transaction, for work that manages its own
    /// transactions (migrations, `PRAGMA`s that cannot run in one).
    ///
    /// `body` must leave no transaction open: one left open after a throw is rolled back, one
    /// left open after a return is a programmer error.
    @discardableResult
    public func writeWithoutTransaction<T>(_ body: (Connection) throws -> T) throws -> T {
        let thread = currentThreadID()
        precondition(
            writerThread.load(ordering: .relaxed) != thread,
            "Nested DatabasePool.write on the same thread (\(path))")
        var outcome: Result<T, any Error>?
        writer.withLock { box in
            guard let connection = box?.connection else {
                preconditionFailure("write on a read-only DatabasePool (\(path))")
            }
            writerThread.store(thread, ordering: .relaxed)
            defer { writerThread.store(0, ordering: .relaxed) }
            outcome = Result { try body(connection) }
            if case .failure = outcome {
                connection.rollbackIfNeeded()
            }
            precondition(!connection.isInTransaction, "writeWithoutTransaction left a transaction open (\(path))")
        }
        // The closure above always sets the outcome.
        return try outcome!.get()
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
