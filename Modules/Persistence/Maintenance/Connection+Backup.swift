internal import CSQLite
import Foundation

extension Connection {
    /// Copies the database this connection sees into a new file at `destinationPath`, with the
    /// SQLite online backup API, `pagesPerStep` pages at a time.
    ///
    /// The copy is read inside one read transaction, so it is a consistent snapshot even while
    /// other connections or processes write (in WAL mode they are not blocked, and the backup
    /// never restarts). It is written to a temporary file beside the destination, in rollback
    /// journal mode (one self-contained file, no `-wal` or `-shm`), then renamed over it, so
    /// `destinationPath` only ever holds a complete file. Missing parent directories
    /// are created. Call it outside a transaction, or inside a read transaction to copy that
    /// snapshot.
    ///
    /// The destination must not be the database itself, nor its `-wal`, `-shm` or `-journal`
    /// file, under any name: renaming the copy over the live file would leave its WAL applied to
    /// another file and corrupt it. Files are compared by device and inode (symbolic and hard
    /// links included), and names by their resolved folder for companions not yet created.
    ///
    /// - Throws: ``DatabaseFileError/backupOntoSource(source:destination:)`` before anything is
    ///   written, or ``SQLiteError``.
    // https://www.sqlite.org/backup.html and https://www.sqlite.org/c3ref/backup_finish.html
    public func backup(to destinationPath: String, pagesPerStep: Int32 = 256) throws {
        precondition(pagesPerStep > 0, "pagesPerStep must be positive")
        if Self.isSourceOrCompanion(destinationPath, of: path) {
            throw DatabaseFileError.backupOntoSource(source: path, destination: destinationPath)
        }
        try Self.createParentDirectory(of: destinationPath)
        let partialPath = destinationPath + ".partial-\(UUID().uuidString)"
        defer { Self.removeFileAndCompanions(partialPath) }
        // In a read transaction with its snapshot pinned, backup_step reuses it instead of
        // opening and closing one per step, so concurrent commits never restart the copy.
        try withSnapshot { () throws(SQLiteError) in
            try copy(to: partialPath, pagesPerStep: pagesPerStep)
        }
        guard rename(partialPath, destinationPath) == 0 else {
            throw SQLiteError(
                extendedCode: SQLITE_CANTOPEN,
                message: "cannot move backup to \(destinationPath): \(String(cString: strerror(errno)))")
        }
    }

    /// Runs the backup steps from this connection into a new file at `path`.
    private func copy(to path: String, pagesPerStep: Int32) throws(SQLiteError) {
        var destination: OpaquePointer?
        let openCode = sqlite3_open_v2(
            path, &destination, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
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
        // The copy carries the source's WAL flag; a backup is one self-contained file instead, so
        // it can be checked or copied from read-only storage, where a WAL reader could not create
        // its -shm file. talents-api turns WAL back on when it opens a restored copy.
        // https://www.sqlite.org/wal.html#read_only_databases
        let sql = "PRAGMA journal_mode = DELETE"
        let modeCode = sqlite3_exec(destination, sql, nil, nil, nil)
        guard modeCode == SQLITE_OK else { throw SQLiteError(code: modeCode, database: destination, sql: sql) }
    }

    /// Whether `destination` is the database file `source`, or one of its companions, by identity
    /// (device and inode of existing files) or by resolved name (a companion not created yet).
    static func isSourceOrCompanion(_ destination: String, of source: String) -> Bool {
        guard !source.isEmpty, source != ":memory:", !source.hasPrefix("file:") else { return false }
        let companions = ["", "-wal", "-shm", "-journal"].map { source + $0 }
        if let target = fileIdentity(destination),
            companions.contains(where: { fileIdentity($0) == target })
        {
            return true
        }
        // A companion that does not exist yet has no inode: compare resolved names instead.
        guard let resolvedSource = resolvedPath(source),
            let resolvedFolder = resolvedPath(URL(fileURLWithPath: destination).deletingLastPathComponent().path)
        else { return false }
        let resolvedDestination = URL(fileURLWithPath: resolvedFolder)
            .appendingPathComponent(URL(fileURLWithPath: destination).lastPathComponent).path
        return ["", "-wal", "-shm", "-journal"].contains { resolvedSource + $0 == resolvedDestination }
    }

    /// The device and inode of the file at `path` (links followed), nil when there is none.
    private static func fileIdentity(_ path: String) -> [UInt64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [UInt64(info.st_dev), UInt64(info.st_ino)]
    }

    /// `path` with every symbolic link and `..` resolved, nil when it does not exist.
    private static func resolvedPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Removes a database file and its `-journal`, `-wal` and `-shm` companions, if present.
    private static func removeFileAndCompanions(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
