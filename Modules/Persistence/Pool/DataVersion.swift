import Synchronization

/// What changes whenever anything is committed to the database: SQLite's `PRAGMA data_version`
/// read on a read-only connection of its own, which moves with every commit of any other
/// connection — this process's writer or another process such as `talents-admin`
/// (https://www.sqlite.org/pragma.html#pragma_data_version). Caches of stored facts compare it
/// to know that what they hold is still what the database says.
final class DataVersion: Sendable {
    private let path: String
    private let busyTimeout: Duration
    /// Opened on first use; reads are serialized (one pragma, well under a microsecond).
    private let connection = Mutex<ConnectionBox?>(nil)

    init(path: String, busyTimeout: Duration) {
        self.path = path
        self.busyTimeout = busyTimeout
    }

    /// The current data version; two equal values mean nothing was committed in between.
    func current() throws(SQLiteError) -> Int64 {
        try connection.withLock { (box: inout ConnectionBox?) throws(SQLiteError) -> Int64 in
            if box == nil {
                box = ConnectionBox(
                    try Connection(path: path, configuration: .init(mode: .readOnly, busyTimeout: busyTimeout)))
            }
            return try box!.connection.scalar("PRAGMA data_version", as: Int64.self) ?? 0
        }
    }

    /// Closes the connection (the pool's readers and writer close after it).
    func close() {
        connection.withLock { $0 = nil }
    }
}
