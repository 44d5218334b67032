import Domain

extension Connection {
    /// Checks `expected` against the stored revision of row `id` of `table` and increments it.
    /// Runs inside the write transaction, so the check and the write are atomic.
    /// - Returns: the new revision.
    func bumpRevision(table: String, subject: String, id: Int64, expected: Int?) throws -> Int {
        guard let current = try scalar("SELECT revision FROM \(table) WHERE id = ?", id, as: Int.self) else {
            throw NotFoundError(subject, key: String(id))
        }
        if let expected, expected != current {
            throw StaleRevisionError(subject: subject, expected: expected, current: current)
        }
        try run("UPDATE \(table) SET revision = revision + 1 WHERE id = ?", id)
        return current + 1
    }
}
