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
    /// The writer thread's id once it runs, so that a shutdown from a completion traps.
    private let writerThread: GroupCommitThreadState

    /// Opens the write connection (creating the file and its directory) on a new writer
    /// thread; throws what opening the connection threw.
    public init(path: String, configuration: Configuration = Configuration()) throws(SQLiteError) {
        precondition(configuration.maximumBatchSize >= 1,
                     "maximumBatchSize must be at least 1, got \(configuration.maximumBatchSize)")
        self.path = path
        self.configuration = configuration
        let state = GroupCommitThreadState()
        writerThread = state
        let queue = self.queue
        let thread = Thread {
            Self.serve(path: path, configuration: configuration, queue: queue, state: state)
            state.exited.signal()
        }
        thread.name = "GroupCommitWriter"
        thread.start()
        state.opened.wait()
        if let failure = state.openFailure.withLock({ $0 }) {
            state.exited.wait()
            // deinit runs for a class whose init throws after initializing every property.
            state.joined.withLock { $0 = true }
            throw failure
        }
    }

    /// The writer thread's work: open the connection, run batches until shut down and drained.
    /// The connection closes when this returns.
    private static func serve(path: String, configuration: Configuration, queue: GroupCommitQueue,
                              state: GroupCommitThreadState) {
        state.threadID.store(currentThreadID(), ordering: .releasing)
        let connection: Connection
        do {
            connection = try Connection(path: path, configuration: .init(mode: .readWriteCreate,
                                                                         busyTimeout: configuration.busyTimeout))
            // https://www.sqlite.org/pragma.html#pragma_synchronous — Connection sets NORMAL.
            if configuration.synchronous == .full {
                try connection.execute("PRAGMA synchronous = FULL")
            }
        } catch {
            state.openFailure.withLock { $0 = error }
            state.opened.signal()
            return
        }
        state.opened.signal()
        let batch = GroupCommitBatch(connection: connection)
        while let jobs = queue.next(maximumCount: configuration.maximumBatchSize) {
            batch.run(jobs)
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
    public func submit<T>(_ work: @escaping @Sendable (Connection) throws -> T,
                          completion: @escaping @Sendable (Result<T, any Error>) -> Void) {
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
        precondition(writerThread.threadID.load(ordering: .acquiring) != currentThreadID(),
                     "GroupCommitWriter.shutdown() called on its own writer thread (\(path))")
        queue.close()
        writerThread.joined.withLock { joined in
            guard !joined else { return }
            writerThread.exited.wait()
            joined = true
        }
    }

    /// The number of items waiting for the writer thread, not counting the batch it is running.
    public var queuedCount: Int { queue.count }
}

/// What the writer thread and its owner share about the thread's life.
private final class GroupCommitThreadState: Sendable {
    /// The writer thread's id, 0 until it starts.
    let threadID = Atomic<UInt>(0)
    /// Signalled once the connection is open or failed to open.
    let opened = DispatchSemaphore(value: 0)
    /// Why the connection did not open.
    let openFailure = Mutex<SQLiteError?>(nil)
    /// Signalled when the thread has closed the connection and is about to exit.
    let exited = DispatchSemaphore(value: 0)
    /// Whether someone has waited for `exited` already.
    let joined = Mutex(false)
}
