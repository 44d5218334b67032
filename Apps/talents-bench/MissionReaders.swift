import Glibc
import Persistence

/// Point reads of `missions` on one read-only connection per thread, each with its SELECT
/// prepared once: the event-loop threads never share or wait for a connection.
///
/// A thread's reader opens on its first read and closes when the thread exits.
final class MissionReaders: Sendable {
    /// The database file.
    let path: String
    /// The pthread key holding each thread's retained `Reader`.
    private let key: pthread_key_t

    /// A thread's connection and its prepared statement.
    private final class Reader {
        let connection: Connection
        let select: Statement

        init(path: String) throws {
            connection = try Connection(path: path, configuration: .init(mode: .readOnly))
            select = try connection.cachedStatement(MissionSchema.selectByID)
        }
    }

    init(path: String) {
        self.path = path
        var key = pthread_key_t()
        let code = pthread_key_create(&key) { reader in
            guard let reader else { return }
            Unmanaged<AnyObject>.fromOpaque(reader).release()
        }
        precondition(code == 0, "pthread_key_create failed: \(code)")
        self.key = key
    }

    deinit {
        // Threads still holding a reader keep it open until they exit.
        pthread_key_delete(key)
    }

    /// The mission `id`, or nil when there is none.
    func mission(id: Int) throws -> Mission? {
        try reader().select.queryOne([id]) { row in
            Mission(
                id: try row.int(0), title: try row.string(1), description: try row.string(2),
                status: try row.string(3), hours: try row.int(4), createdAt: try row.string(5))
        }
    }

    /// This thread's reader, opened on first use.
    private func reader() throws -> Reader {
        if let stored = pthread_getspecific(key) {
            return Unmanaged<Reader>.fromOpaque(stored).takeUnretainedValue()
        }
        let reader = try Reader(path: path)
        pthread_setspecific(key, Unmanaged.passRetained(reader).toOpaque())
        return reader
    }
}
