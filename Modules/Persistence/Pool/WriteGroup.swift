import Foundation

/// Group commit for ``DatabasePool/write(_:)``: a writer that arrives while another one runs
/// joins that writer's open transaction, in a savepoint of its own, on its own thread; the last
/// writer of the group commits once for everyone and wakes them.
///
/// A writer runs its closure only when the previous one has finished with the connection, so
/// the connection is used by one thread at a time, as `Connection` asks. A closure that throws
/// is rolled back to its savepoint and its writer gets the error at once; the others are not
/// affected. A writer whose closure returned gets its value only after the group's `COMMIT`
/// succeeded, or the commit's error (then nothing of the group was written). Groups close at
/// ``maximumSize`` writers, and when a ``DatabasePool/writeWithoutTransaction(_:)`` waits.
///
/// Why: each commit of a WAL database appends every page the transaction changed to the WAL and
/// updates its index; concurrent writes touch the same pages (the tables' and the audit log's
/// last pages, the indexes), which a group writes once (https://www.sqlite.org/wal.html).
final class WriteGroup: @unchecked Sendable {
    /// The most writers committed together.
    static let maximumSize = 64

    private let condition = NSCondition()
    // Guarded by `condition`:
    /// A writer is using the connection (running its closure, beginning or committing).
    private var busy = false
    /// A group's transaction is open.
    private var open = false
    /// The open group's number.
    private var number: UInt64 = 0
    /// Writers of the open group whose closure returned (their changes are in the transaction).
    private var members = 0
    /// Those of them that handed the transaction over and wait for the group's commit.
    private var waitingMembers = 0
    /// Writers waiting for their turn.
    private var waiting = 0
    /// `writeWithoutTransaction` callers waiting: no new group starts, the open one closes.
    private var exclusiveWaiting = 0
    /// How each closed group ended, until all its waiting members have read it.
    private var outcomes: [UInt64: (result: Result<Void, any Error>, readers: Int)] = [:]
    /// Groups committed, and the writers in them.
    private var committedGroups = 0
    private var committedWriters = 0

    /// Groups committed so far, the writers they held, and the writers waiting now.
    var statistics: DatabasePool.WriteStatistics {
        condition.withLock {
            DatabasePool.WriteStatistics(groups: committedGroups, writes: committedWriters, waiting: waiting)
        }
    }

    /// Runs `body` as one writer of a group on `connection`: waits for its turn, opens the
    /// group's transaction when none is open (`begin`), runs `body` in a savepoint, then either
    /// hands the open transaction to the next writer and waits for the group's commit, or, when
    /// none waits, commits.
    func write<T>(on connection: Connection, _ body: (Connection) throws -> T) throws -> T {
        let group = try enter(connection)
        var outcome: Result<T, any Error>
        do {
            try connection.run("SAVEPOINT talents_write")
            do {
                outcome = .success(try body(connection))
                try connection.run("RELEASE talents_write")
            } catch {
                outcome = .failure(error)
                if connection.isInTransaction {
                    _ = try? connection.run("ROLLBACK TO talents_write")
                    _ = try? connection.run("RELEASE talents_write")
                }
            }
        } catch {
            outcome = .failure(error)
        }
        return try leave(group, with: outcome, on: connection)
    }

    /// Runs `body` on `connection` alone: after the open group has committed, before any new one.
    func exclusive<T>(_ body: () throws -> T) rethrows -> T {
        condition.lock()
        exclusiveWaiting += 1
        while busy || open { condition.wait() }
        exclusiveWaiting -= 1
        busy = true
        condition.unlock()
        defer {
            condition.withLock {
                busy = false
                condition.broadcast()
            }
        }
        return try body()
    }

    /// Waits for this writer's turn, opening a transaction when no group is open; returns the
    /// group's number.
    private func enter(_ connection: Connection) throws -> UInt64 {
        condition.lock()
        waiting += 1
        while busy || (!open && exclusiveWaiting > 0) { condition.wait() }
        waiting -= 1
        busy = true
        if open {
            defer { condition.unlock() }
            return number
        }
        condition.unlock()
        do {
            try connection.begin(.immediate)
        } catch {
            condition.withLock {
                busy = false
                condition.broadcast()
            }
            throw error
        }
        return condition.withLock {
            open = true
            return number
        }
    }

    /// Ends this writer's turn: hands the transaction over, or commits it.
    private func leave<T>(_ group: UInt64, with outcome: Result<T, any Error>, on connection: Connection) throws -> T {
        condition.lock()
        guard connection.isInTransaction else {
            // SQLite rolled the whole transaction back (disk full, I/O error…): the group is lost.
            let error = outcome.failureValue ?? WriteGroupError.rolledBack
            close(group, with: .failure(error))
            condition.unlock()
            throw error
        }
        let succeeded = outcome.failureValue == nil
        if succeeded { members += 1 }
        if waiting > 0 && exclusiveWaiting == 0 && members < Self.maximumSize {
            busy = false
            condition.broadcast()
            guard succeeded else {
                condition.unlock()
                return try outcome.get()
            }
            waitingMembers += 1
            while outcomes[group] == nil { condition.wait() }
            let ended = read(group)
            condition.unlock()
            try ended.get()
            return try outcome.get()
        }
        // The last writer of the group: commit for everyone (the lock is released meanwhile;
        // `busy` keeps the connection ours).
        let writers = members
        condition.unlock()
        let committed: Result<Void, any Error> = Result {
            if writers == 0 {
                try connection.run("ROLLBACK TRANSACTION")
            } else {
                do {
                    try connection.run("COMMIT TRANSACTION")
                } catch {
                    connection.rollbackIfNeeded()
                    throw error
                }
            }
        }
        condition.withLock {
            if case .success = committed, writers > 0 {
                committedGroups += 1
                committedWriters += writers
            }
            close(group, with: committed)
        }
        try committed.get()
        return try outcome.get()
    }

    /// Records how `group` ended for its waiting members and frees the connection (lock held).
    private func close(_ group: UInt64, with result: Result<Void, any Error>) {
        if waitingMembers > 0 { outcomes[group] = (result, waitingMembers) }
        members = 0
        waitingMembers = 0
        open = false
        number &+= 1
        busy = false
        condition.broadcast()
    }

    /// A waiting member's reading of `group`'s outcome (lock held).
    private func read(_ group: UInt64) -> Result<Void, any Error> {
        guard let (result, readers) = outcomes[group] else { preconditionFailure("group \(group) has no outcome") }
        outcomes[group] = readers > 1 ? (result, readers - 1) : nil
        return result
    }
}

/// Why a group's writers failed without an error of their own.
enum WriteGroupError: Error, CustomStringConvertible {
    /// SQLite rolled the group's transaction back after an error in another writer's closure.
    case rolledBack

    var description: String {
        "the write's transaction was rolled back by SQLite after an error in a write of the same group"
    }
}

extension Result {
    /// The error, when this is a failure.
    fileprivate var failureValue: Failure? {
        if case .failure(let error) = self { error } else { nil }
    }
}
