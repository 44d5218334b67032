import Domain

extension Connection {
    /// The identifier the next row of `table` gets. Safe because writes are serialised:
    /// callers run inside `DatabasePool.write`, whose `BEGIN IMMEDIATE` holds the write lock.
    func nextID<Tag>(in table: String) throws -> ID<Tag> {
        precondition(isInTransaction, "nextID(in:) needs the write transaction")
        return ID(try scalar("SELECT coalesce(max(id), 0) + 1 FROM \(table)", as: Int64.self) ?? 1)
    }
}
