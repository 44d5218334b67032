import Persistence

extension Workflows {
    /// A write transaction opened by Workflows, handed to an action that must commit together
    /// with something else (an `Idempotency-Key`'s recorded response,
    /// ``Workflows/idempotent(key:user:fingerprint:_:)``). Only Workflows opens one; the use cases
    /// that take it (`…(…, in:)`) run inside it instead of opening their own.
    public struct Transaction {
        let connection: Connection

        init(_ connection: Connection) {
            self.connection = connection
        }
    }
}
