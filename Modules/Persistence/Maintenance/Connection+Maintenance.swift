extension Connection {
    /// Runs `PRAGMA integrity_check` and returns the problems found; empty when the file is sound.
    // https://www.sqlite.org/pragma.html#pragma_integrity_check — a single "ok" row means no problem.
    public func integrityCheck() throws(SQLiteError) -> [String] {
        let rows = try withSnapshot { () throws(SQLiteError) in try makeStatement("PRAGMA integrity_check").allValues()
        }
        let messages = rows.map { row in
            String(sqlValue: row[0]) ?? "\(row[0])"
        }
        return messages == ["ok"] ? [] : messages
    }

    /// Runs `PRAGMA foreign_key_check` and returns every row without a parent; empty when none.
    public func foreignKeyCheck() throws(SQLiteError) -> [ForeignKeyViolation] {
        let sql = "PRAGMA foreign_key_check"
        let rows = try withSnapshot { () throws(SQLiteError) in try makeStatement(sql).allValues() }
        return try rows.map { row throws(SQLiteError) in
            guard let table = String(sqlValue: row[0]), let rowID = Int64?(sqlValue: row[1]),
                let parent = String(sqlValue: row[2]), let index = Int(sqlValue: row[3])
            else {
                throw .mismatch("unexpected row \(row)", sql: sql)
            }
            return ForeignKeyViolation(table: table, rowID: rowID, parent: parent, foreignKeyIndex: index)
        }
    }

    /// Runs `body` in a read transaction whose snapshot and schema are loaded, opening one unless
    /// a transaction is already open.
    ///
    /// Reading `sqlite_schema` first makes SQLite notice a schema changed by another connection:
    /// a `PRAGMA` prepared on a stale schema would check only the tables known before.
    func withSnapshot<T>(_ body: () throws(SQLiteError) -> T) throws(SQLiteError) -> T {
        let ownsTransaction = !isInTransaction
        if ownsTransaction { try begin(.deferred) }
        defer { if ownsTransaction { rollbackIfNeeded() } }
        _ = try scalar("SELECT count(*) FROM sqlite_schema", as: Int.self)
        return try body()
    }
}
