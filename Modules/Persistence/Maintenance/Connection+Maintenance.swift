extension Connection {
    /// Runs `PRAGMA integrity_check` and returns the problems found; empty when the file is sound.
    // https://www.sqlite.org/pragma.html#pragma_integrity_check — a single "ok" row means no problem.
    public func integrityCheck() throws(SQLiteError) -> [String] {
        let messages = try makeStatement("PRAGMA integrity_check").allValues().map { row in
            String(sqlValue: row[0]) ?? "\(row[0])"
        }
        return messages == ["ok"] ? [] : messages
    }

    /// Runs `PRAGMA foreign_key_check` and returns every row without a parent; empty when none.
    public func foreignKeyCheck() throws(SQLiteError) -> [ForeignKeyViolation] {
        let sql = "PRAGMA foreign_key_check"
        return try makeStatement(sql).allValues().map { row throws(SQLiteError) in
            guard let table = String(sqlValue: row[0]), let rowID = Int64?(sqlValue: row[1]),
                  let parent = String(sqlValue: row[2]), let index = Int(sqlValue: row[3]) else {
                throw .mismatch("unexpected row \(row)", sql: sql)
            }
            return ForeignKeyViolation(table: table, rowID: rowID, parent: parent, foreignKeyIndex: index)
        }
    }
}
