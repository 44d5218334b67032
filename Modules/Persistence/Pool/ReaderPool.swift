import Dispatch
import Synchronization

/// Read-only connections, opened on demand up to a maximum, checked out one per `read`.
///
/// When all `maximumCount` readers are checked out, `withReader` blocks its thread until one
/// is returned (a `DispatchSemaphore` counts the free slots). Connections are opened lazily,
/// so an idle application holds few.
final class ReaderPool: Sendable {
    /// The most connections the pool opens.
    let maximumCount: Int
    /// Free slots: a thread takes one before it takes or opens a connection.
    private let slots: DispatchSemaphore
    /// Connections open and not checked out, with the count of all open ones.
    private let state: Mutex<State>
    /// Opens a new reader.
    private let open: @Sendable () throws(SQLiteError) -> Connection

    private struct State {
        var idle: [ConnectionBox] = []
        var openCount = 0
    }

    /// Creates an empty pool; `open` makes each reader.
    init(maximumCount: Int, open: @escaping @Sendable () throws(SQLiteError) -> Connection) {
        precondition(maximumCount >= 1, "A DatabasePool needs at least one reader, got \(maximumCount)")
        self.maximumCount = maximumCount
        self.slots = DispatchSemaphore(value: maximumCount)
        self.state = Mutex(State())
        self.open = open
    }

    /// The number of reader connections currently open.
    var openCount: Int { state.withLock { $0.openCount } }

    /// Runs `body` with a reader checked out for its duration.
    func withReader<T>(_ body: (Connection) throws -> T) throws -> T {
        slots.wait()
        defer { slots.signal() }
        let box = try checkOut()
        defer { checkIn(box) }
        return try body(box.connection)
    }

    /// Opens a reader now, so that a missing or unreadable file fails early.
    func openFirst() throws(SQLiteError) {
        slots.wait()
        defer { slots.signal() }
        checkIn(try checkOut())
    }

    /// Takes an idle reader, or opens one.
    private func checkOut() throws(SQLiteError) -> ConnectionBox {
        if let box = state.withLock({ $0.idle.popLast() }) { return box }
        let box = ConnectionBox(try open())
        state.withLock { $0.openCount += 1 }
        return box
    }

    /// Returns a reader to the pool; one left inside a transaction is closed instead.
    private func checkIn(_ box: ConnectionBox) {
        let reusable = !box.connection.isInTransaction
        state.withLock { state in
            if reusable { state.idle.append(box) } else { state.openCount -= 1 }
        }
    }

    /// Closes the idle readers.
    func closeIdle() {
        state.withLock { state in
            state.openCount -= state.idle.count
            state.idle.removeAll()
        }
    }
}
