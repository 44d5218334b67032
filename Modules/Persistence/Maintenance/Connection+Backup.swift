internal import CSQLite
import Foundation

extension Connection {
    /// Copies the database this connection sees into a new file at `destinationPath`, with the
    /// SQLite online backup API, `pagesPerStep` pages at a time.
    ///
    /// The copy is read inside one read transaction, so it is a consistent snapshot even while
    /// other connections or processes write (in WAL mode they are not blocked, and the backup
    /// never restarts). It is written to a temporary file beside the destination, then renamed
    /// over it, so `destinationPath` only ever holds a complete file. Missing parent directories
    /// are created. Call it outside a transaction, or inside a read transaction to copy that
    /// snapshot.
    // https://www.sqlite.org/backup.html and https://www.sqlite.org/c3ref/backup_finish.html
    public func backup(to destinationPath: String, pagesPerStep: Int32 = 256) throws(SQLiteError) {
        precondition(pagesPerStep > 0, "pagesPerStep must be positive")
        try Self.createParentDirectory(of: destinationPath)
        let partialPath = destinationPath + ".partial-\(UUID().uuidString)"
        defer { Self.removeFileAndCompanions(partialPath) }
        // In a read transaction with its snapshot pinned, backup_step reuses it instead of
        // opening and closing one per step, so concurrent commits never restart the copy.
        try withSnapshot { () throws(SQLiteError) in
            try copy(to: partialPath, pagesPerStep: pagesPerStep)
        }
        guard rename(partialPath, destinationPath) == 0 else {
            throw SQLiteError(extendedCode: SQLITE_CANTOPEN,
                              message: "cannot move backup to \(destinationPath): \(String(cString: strerror(errno)))")
        }
    }

    /// Runs the backup steps from this connection into a new file at `path`.
    private func copy(to path: String, pagesPerStep: Int32) throws(SQLiteError) {
        var destination: OpaquePointer?
        let openCode = sqlite3_open_v2(path, &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
        defer { sqlite3_close_v2(destination) }
        guard openCode == SQLITE_OK, let destination else {
            throw SQLiteError(code: openCode, database: destination, sql: nil)
        }
        guard let backup = sqlite3_backup_init(destination, "main", handle, "main") else {
            throw SQLiteError(code: sqlite3_errcode(destination), database: destination, sql: nil)
        }
        var step = SQLITE_OK
        while step == SQLITE_OK || step == SQLITE_BUSY || step == SQLITE_LOCKED {
            step = sqlite3_backup_step(backup, pagesPerStep)
            if step == SQLITE_BUSY || step == SQLITE_LOCKED {
                // The backup page advises waiting a little, then retrying the step.
                sqlite3_sleep(10)
            }
        }
        // finish reports the error of the failed step, if any.
        let finishCode = sqlite3_backup_finish(backup)
        guard step == SQLITE_DONE, finishCode == SQLITE_OK else {
            throw SQLiteError(code: finishCode == SQLITE_OK ? step : finishCode, database: destination, sql: nil)
        }
    }

    /// Removes a database file and its `-journal`, `-wal` and `-shm` companions, if present.
    private static func removeFileAndCompanions(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
