extension Connection {
    /// How a transaction takes its locks.
    // https://www.sqlite.org/lang_transaction.html#deferred_immediate_and_exclusive_transactions
    public enum TransactionKind: String, Sendable {
        /// Takes locks on first use; a read transaction whose snapshot starts at its first read.
        case deferred = "DEFERRED"
        /// Takes the write lock at once, so a write never fails half-way with `SQLITE_BUSY`
        /// when upgrading from a read (the busy timeout cannot help there).
        case immediate = "IMMEDIATE"
        /// As immediate; in WAL mode it does not block readers either.
        case exclusive = "EXCLUSIVE"
    }

    /// Runs `body` in a transaction: commits when it returns, rolls back when anything throws
    /// (the body or the commit) and rethrows that error unchanged.
    ///
    /// Nesting transactions is a programmer error. `body` must not commit or roll back itself.
    @discardableResult
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: (Connection) throws -> T) throws -> T {
        try begin(kind)
        do {
            let result = try body(self)
            try run("COMMIT TRANSACTION")
            return result
        } catch {
            rollbackIfNeeded()
            throw error
        }
    }

    /// Opens a transaction; trap when one is already open.
    func begin(_ kind: TransactionKind) throws(SQLiteError) {
        precondition(!isInTransaction, "Nested transaction on connection to \(path)")
        try run("BEGIN \(kind.rawValue) TRANSACTION")
    }

    /// Rolls back the open transaction, if SQLite has not already done so.
    ///
    /// After SQLITE_FULL, SQLITE_IOERR, SQLITE_BUSY or SQLITE_NOMEM SQLite may have rolled back
    /// by itself; the autocommit flag tells (https://www.sqlite.org/c3ref/get_autocommit.html).
    /// A ROLLBACK can only fail when no transaction is open, which the check rules out.
    func rollbackIfNeeded() {
        if isInTransaction {
            _ = try? run("ROLLBACK TRANSACTION")
        }
    }
}
