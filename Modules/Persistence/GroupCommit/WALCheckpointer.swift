internal import CSQLite
import Dispatch
import Synchronization

/// Runs the long part of WAL checkpoints on a thread and connection of its own, asked for by
/// the writer connection's WAL hook, so that commits do not wait for the checkpoint's fsyncs.
///
/// A cycle: a commit leaves `threshold` pages or more in the WAL → the checkpointer runs a
/// `PASSIVE` checkpoint, which copies them into the database file while the writer goes on
/// committing (https://www.sqlite.org/wal.html#ckpt) → the writer's next commit checkpoints
/// inline the few pages committed meanwhile (a short stall instead of a whole checkpoint), so
/// that its next transaction starts the WAL over from the beginning instead of growing it.
final class WALCheckpointer: Sendable {
    /// WAL size, in pages, from which a commit starts a cycle.
    let threshold: Int
    private let state: State
    private let exited: DispatchSemaphore

    /// Where the cycle is; each transition has one owner thread.
    private enum Phase: Int {
        case idle = 0  // → requested, by the writer
        case requested = 1  // → finished, by the checkpointer
        case finished = 2  // → idle, by the writer after its catch-up checkpoint
    }

    private final class State: Sendable {
        let phase = Atomic<Int>(Phase.idle.rawValue)
        let stopping = Atomic<Bool>(false)
        let wakeUp = DispatchSemaphore(value: 0)
        let completed = Atomic<Int>(0)

        /// The checkpointer thread: runs the requested checkpoint at each wake-up.
        func serve(_ connection: Connection) {
            while true {
                wakeUp.wait()
                if phase.load(ordering: .acquiring) == Phase.requested.rawValue {
                    // SQLITE_BUSY (another connection is checkpointing) leaves the catch-up to do more.
                    sqlite3_wal_checkpoint_v2(connection.handle, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
                    phase.store(Phase.finished.rawValue, ordering: .releasing)
                    completed.add(1, ordering: .releasing)
                }
                if stopping.load(ordering: .acquiring) { return }
            }
        }
    }

    /// Opens the checkpointer's connection to `path` and starts its thread.
    init(path: String, busyTimeout: Duration, threshold: Int) throws(SQLiteError) {
        precondition(threshold >= 1, "a WAL checkpoint threshold is at least 1 page, got \(threshold)")
        self.threshold = threshold
        let state = State()
        self.state = state
        exited = try ConnectionThread.start(
            name: "WALCheckpointer",
            open: { () throws(SQLiteError) in
                try Connection(path: path, configuration: .init(mode: .readWriteCreate, busyTimeout: busyTimeout))
            },
            body: { connection in state.serve(connection) })
    }

    /// The number of checkpoints run by the checkpointer thread so far.
    var completedCount: Int { state.completed.load(ordering: .acquiring) }

    /// Replaces SQLite's automatic checkpoint on `connection` (the writer) by this cycle. The
    /// checkpointer must outlive the hook: `uninstall` it first.
    // https://www.sqlite.org/c3ref/wal_hook.html — setting a hook turns wal_autocheckpoint off.
    func install(on connection: Connection) {
        sqlite3_wal_hook(
            connection.handle,
            { context, database, _, pages in
                guard let context else { return SQLITE_OK }
                Unmanaged<WALCheckpointer>.fromOpaque(context).takeUnretainedValue().committed(
                    database, walPages: Int(pages))
                return SQLITE_OK
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    /// Removes the hook from `connection`.
    func uninstall(from connection: Connection) {
        sqlite3_wal_hook(connection.handle, nil, nil)
    }

    /// After each commit of the writer, on its thread, outside any transaction.
    private func committed(_ database: OpaquePointer?, walPages: Int) {
        switch Phase(rawValue: state.phase.load(ordering: .acquiring)) {
        case .finished:
            // Allowed from the hook, as SQLite's own auto-checkpoint does.
            sqlite3_wal_checkpoint_v2(database, nil, SQLITE_CHECKPOINT_PASSIVE, nil, nil)
            state.phase.store(Phase.idle.rawValue, ordering: .releasing)
        case .idle where walPages >= threshold:
            state.phase.store(Phase.requested.rawValue, ordering: .releasing)
            state.wakeUp.signal()
        default:
            break
        }
    }

    /// Runs a pending request, then stops the thread and closes its connection.
    func stop() {
        state.stopping.store(true, ordering: .releasing)
        state.wakeUp.signal()
        exited.wait()
    }
}
