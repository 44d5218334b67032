import Foundation
import Synchronization

/// The write connection of a database, on a thread of its own, committing concurrent writes
/// together: one `BEGIN IMMEDIATE` transaction per batch instead of one per write.
///
/// The thread takes everything queued (up to `Configuration.maximumBatchSize` items), runs each
/// item in its own `SAVEPOINT`, commits once, and only then calls the items' completions, in
/// submission order. An item that throws is rolled back to its savepoint and gets its error;
/// the others commit. A completion that receives a success therefore knows that the item's
/// changes are committed and visible to every other connection.
///
/// ```swift
/// let writer = try GroupCommitWriter(path: path)
/// writer.submit({ connection in
///     try connection.queryOne("INSERT INTO notes(text) VALUES (?) RETURNING id", text) { try $0.int(0) }
/// }, completion: { result in responder.send(render(result)) })
/// ```
///
/// Why: SQLite runs one write transaction at a time and each commit has a fixed cost (the WAL
/// append and lock hand-over; with `synchronous = FULL` an fsync too). Grouping concurrent
/// writes pays that cost once per batch (https://www.sqlite.org/faq.html#q19).
public final class GroupCommitWriter: Sendable {
    /// The path of the database file.
    public let path: String
    /// The configuration the writer was opened with.
    public let configuration: Configuration
    /// Items waiting for the writer thread.
    private let queue = GroupCommitQueue()
    /// The writer thread's id, and whether someone has waited for it to exit.
    private let writerThread = GroupCommitThreadState()
    /// Signalled when the writer thread has closed its connection.
    private let exited: DispatchSemaphore
    /// The background checkpointer, if any.
    private let checkpointer: WALCheckpointer?

    /// Opens the write connection (creating the file and its directory) on a new writer
    /// thread, and the checkpointer's if checkpoints run in the background; throws what
    /// opening a connection threw.
    public init(path: String, configuration: Configuration = Configuration()) throws(SQLiteError) {
        precondition(
            configuration.maximumBatchSize >= 1,
            "maximumBatchSize must be at least 1, got \(configuration.maximumBatchSize)")
        self.path = path
        self.configuration = configuration
        let queue = self.queue
        let checkpointer: WALCheckpointer?
        switch configuration.checkpointing {
        case .onCommit:
            checkpointer = nil
        case .background(let pages):
            checkpointer = try WALCheckpointer(path: path, busyTimeout: configuration.busyTimeout, threshold: pages)
        }
        self.checkpointer = checkpointer
        let state = writerThread
        do {
            exited = try ConnectionThread.start(
                name: "GroupCommitWriter",
                open: { () throws(SQLiteError) in
                    let connection = try Connection(
                        path: path,
                        configuration: .init(
                            mode: .readWriteCreate,
                            busyTimeout: configuration.busyTimeout))
                    // https://www.sqlite.org/pragma.html#pragma_synchronous — Connection sets NORMAL.
                    if configuration.synchronous == .full {
                        try connection.execute("PRAGMA synchronous = FULL")
                    }
                    return connection
                },
                body: { connection in
                    state.threadID.store(currentThreadID(), ordering: .releasing)
                    checkpointer?.install(on: connection)
                    let batch = GroupCommitBatch(connection: connection)
                    while let jobs = queue.next(maximumCount: configuration.maximumBatchSize) {
                        batch.run(jobs)
                    }
                    checkpointer?.uninstall(from: connection)
                    checkpointer?.stop()
                })
        } catch {
            checkpointer?.stop()
            throw error
        }
    }

    deinit {
        // The last reference may go with a submitted closure, on the writer thread itself:
        // it cannot wait for itself then, but it drains and exits on its own once closed.
        if writerThread.threadID.load(ordering: .acquiring) == currentThreadID() {
            queue.close()
        } else {
            shutdown()
        }
    }

    /// Queues `work` for the writer thread; `completion` is called on that thread with its
    /// result once the batch holding it has committed, or with the error that `work` threw,
    /// or with the commit's error.
    ///
    /// `work` runs inside the batch's transaction: it must not begin, commit or roll back a
    /// transaction itself (savepoints of its own are fine) and should be short, since the whole
    /// batch waits for it. `completion` should be short too: the next batch starts after the
    /// completions return. After `shutdown()`, `completion` is called at once, on the calling
    /// thread, with `GroupCommitError.shutDown`.
    public func submit<T>(
        _ work: @escaping @Sendable (Connection) throws -> T,
        completion: @escaping @Sendable (Result<T, any Error>) -> Void
    ) {
        let job = GroupCommitJob(
            perform: { connection in
                let result = Result { try work(connection) }
                let error: (any Error)? = if case .failure(let error) = result { error } else { nil }
                return (error, { replacement in completion(replacement.map { .failure($0) } ?? result) })
            },
            reject: { error in completion(.failure(error)) })
        if !queue.push(job) {
            job.reject(GroupCommitError.shutDown)
        }
    }

    /// Stops accepting work, commits everything already queued (calling its completions), and
    /// returns when the writer thread has closed the connection. Calling it again does nothing.
    ///
    /// Calling it from a completion (on the writer thread) is a programmer error.
    public func shutdown() {
        precondition(
            writerThread.threadID.load(ordering: .acquiring) != currentThreadID(),
            "GroupCommitWriter.shutdown() called on its own writer thread (\(path))")
        queue.close()
        writerThread.joined.withLock { joined in
            guard !joined else { return }
            exited.wait()
            joined = true
        }
    }

    /// The number of items waiting for the writer thread, not counting the batch it is running.
    public var queuedCount: Int { queue.count }

    /// The number of checkpoints the background checkpointer has run; 0 with `.onCommit`.
    public var backgroundCheckpointCount: Int { checkpointer?.completedCount ?? 0 }
}

/// What the writer thread and its owner share about the thread's life.
private final class GroupCommitThreadState: Sendable {
    /// The writer thread's id, 0 until it starts.
    let threadID = Atomic<UInt>(0)
    /// Whether someone has waited for the thread to exit already.
    let joined = Mutex(false)
}
