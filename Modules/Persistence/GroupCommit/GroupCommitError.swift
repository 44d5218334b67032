/// Why a group-commit item failed when the failure is not its own error.
public enum GroupCommitError: Error, CustomStringConvertible {
    /// The item was submitted after `GroupCommitWriter.shutdown()`; it did not run.
    case shutDown
    /// A later item of the same batch failed in a way that made SQLite roll back the whole
    /// transaction (e.g. `SQLITE_FULL`, `SQLITE_IOERR`); this item ran, but its changes are lost.
    case transactionRolledBack(cause: any Error)

    /// A one-line description naming the broken rule.
    public var description: String {
        switch self {
        case .shutDown:
            "work submitted to a GroupCommitWriter after its shutdown did not run"
        case .transactionRolledBack(let cause):
            "SQLite rolled back the whole group-commit transaction after a batch-mate failed "
                + "(\(cause)); this item's changes were not committed"
        }
    }
}
