/// A connection handed between threads by `DatabasePool`.
///
/// `@unchecked Sendable`: a `Connection` is not Sendable; the pool moves each one to a single
/// thread at a time (the writer under its mutex, a reader while checked out of `ReaderPool`),
/// which is the ownership rule `Connection` asks for.
final class ConnectionBox: @unchecked Sendable {
    /// The connection.
    let connection: Connection

    /// Wraps `connection`; the caller gives up using it directly.
    init(_ connection: Connection) {
        self.connection = connection
    }
}
