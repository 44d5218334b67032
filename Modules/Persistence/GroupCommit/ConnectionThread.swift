import Foundation
import Synchronization

/// A thread that owns one connection: it opens the connection itself, runs a body with it and
/// closes it when the body returns, so the connection never crosses threads.
enum ConnectionThread {
    /// Starts the thread named `name` and returns once `open` has run on it; throws what `open`
    /// threw (the thread has exited then). The returned semaphore is signalled after `body` has
    /// returned and the connection is closed.
    static func start(
        name: String, open: @escaping @Sendable () throws(SQLiteError) -> Connection,
        body: @escaping @Sendable (Connection) -> Void
    ) throws(SQLiteError) -> DispatchSemaphore {
        let opened = DispatchSemaphore(value: 0)
        let exited = DispatchSemaphore(value: 0)
        let failure = OpenFailure()
        let thread = Thread {
            run(open: open, body: body, opened: opened, failure: failure)
            exited.signal()
        }
        thread.name = name
        thread.start()
        opened.wait()
        if let error = failure.error.withLock({ $0 }) {
            exited.wait()
            throw error
        }
        return exited
    }

    /// The thread's work; the connection is a local, released when this returns.
    private static func run(
        open: () throws(SQLiteError) -> Connection, body: (Connection) -> Void,
        opened: DispatchSemaphore, failure: OpenFailure
    ) {
        let connection: Connection
        do {
            connection = try open()
        } catch {
            failure.error.withLock { $0 = error }
            opened.signal()
            return
        }
        opened.signal()
        body(connection)
    }

    private final class OpenFailure: Sendable {
        let error = Mutex<SQLiteError?>(nil)
    }
}
