import Foundation
import Persistence
import Synchronization
import TestSupport
import Testing

/// `DatabasePool.write`'s group commit, on a real file: writers that wait join the running
/// writer's transaction and commit with it; each keeps its own outcome.
@Suite("Group commit of the pool's writes")
struct WriteGroupTests {
    struct Refusal: Error, Equatable {}

    /// Runs `body` on a new thread; the returned semaphore is signalled when it ends.
    private func spawn(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let finished = DispatchSemaphore(value: 0)
        Thread {
            body()
            finished.signal()
        }.start()
        return finished
    }

    /// Waits until `count` writes wait for their turn.
    private func waitForWaiting(_ pool: DatabasePool, _ count: Int) throws {
        let deadline = Date().addingTimeInterval(30)
        while pool.writeStatistics.waiting < count {
            guard Date() < deadline else { throw Refusal() }
            Thread.sleep(forTimeInterval: 0.005)
        }
    }

    /// Holds a write open on another thread until `release` is signalled, with `waiters` more
    /// writes queued behind it (each runs `write(index)` on its own thread); returns their outcomes.
    private func group(
        _ pool: DatabasePool, waiters: Int, first: @escaping @Sendable (Connection) throws -> Void,
        write: @escaping @Sendable (Int, Connection) throws -> Void
    ) throws -> [String] {
        let inside = DispatchSemaphore(value: 0)
        let release = DispatchSemaphore(value: 0)
        let outcomes = Mutex<[String]>(Array(repeating: "", count: waiters + 1))
        var finished = [
            spawn {
                let outcome = Result {
                    try pool.write { connection in
                        try first(connection)
                        inside.signal()
                        release.wait()
                    }
                }
                outcomes.withLock { $0[0] = Self.describe(outcome) }
            }
        ]
        inside.wait()
        for index in 1...waiters {
            finished.append(
                spawn {
                    let outcome = Result { try pool.write { try write(index, $0) } }
                    outcomes.withLock { $0[index] = Self.describe(outcome) }
                })
        }
        try waitForWaiting(pool, waiters)
        release.signal()
        for semaphore in finished { semaphore.wait() }
        return outcomes.withLock { $0 }
    }

    private static func describe(_ outcome: Result<Void, any Error>) -> String {
        switch outcome {
        case .success: "ok"
        case .failure(let error as Refusal): "refused \(error)"
        case .failure(let error as SQLiteError): "sqlite \(error.constraintKind.map { "\($0)" } ?? "error")"
        case .failure(let error): "\(error)"
        }
    }

    @Test("writes that waited commit together with the running one, in one transaction")
    func waitingWritesJoinTheGroup() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            let before = pool.writeStatistics
            let outcomes = try group(
                pool, waiters: 5, first: { try TestSchema.insertAdministration($0, acronym: "A0") },
                write: { index, connection in try TestSchema.insertAdministration(connection, acronym: "A\(index)") })
            #expect(outcomes == Array(repeating: "ok", count: 6))
            let after = pool.writeStatistics
            #expect(after.groups - before.groups == 1, "one commit for the six writes: \(before) → \(after)")
            #expect(after.writes - before.writes == 6)
            #expect(try pool.read(TestSchema.administrationCount) == 6)
            // Committed for good: a pool of its own, read-only, reads them.
            let other = try DatabasePool(
                path: directory.file("test.sqlite"), configuration: .init(mode: .readOnly))
            #expect(try other.read(TestSchema.administrationCount) == 6)
        }
    }

    @Test("a write that throws in a group undoes only its own changes and gets its own error")
    func aFailingWriteLeavesTheOthers() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            let outcomes = try group(
                pool, waiters: 4, first: { try TestSchema.insertAdministration($0, acronym: "FIRST") },
                write: { index, connection in
                    try TestSchema.insertAdministration(connection, acronym: "W\(index)")
                    if index == 2 { throw Refusal() }
                    // A unique violation: SQLite undoes the statement, the write undoes itself.
                    if index == 3 { try TestSchema.insertAdministration(connection, acronym: "FIRST") }
                })
            #expect(outcomes == ["ok", "ok", "refused Refusal()", "sqlite unique", "ok"])
            let acronyms = try pool.read {
                try $0.query("SELECT acronym FROM administrations ORDER BY acronym") { try $0.string(0) }
            }
            #expect(acronyms == ["FIRST", "W1", "W4"])
        }
    }

    @Test("when the group's commit fails, every write of the group fails and none is stored")
    func aFailedCommitFailsTheGroup() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            // A deferred foreign key is checked at COMMIT: the first write breaks it.
            try pool.writeWithoutTransaction { connection in
                try connection.execute(
                    """
                    CREATE TABLE notes (id INTEGER PRIMARY KEY, administration_id INTEGER
                        REFERENCES administrations(id) DEFERRABLE INITIALLY DEFERRED)
                    """)
            }
            let outcomes = try group(
                pool, waiters: 3,
                first: { try $0.run("INSERT INTO notes(administration_id) VALUES (999)") },
                write: { index, connection in try TestSchema.insertAdministration(connection, acronym: "W\(index)") })
            #expect(outcomes == Array(repeating: "sqlite foreignKey", count: 4))
            #expect(try pool.read(TestSchema.administrationCount) == 0)
            #expect(try pool.read { try $0.scalar("SELECT count(*) FROM notes", as: Int.self) } == 0)
            // The writer is usable again.
            try pool.write { try TestSchema.insertAdministration($0, acronym: "AFTER") }
            #expect(try pool.read(TestSchema.administrationCount) == 1)
        }
    }

    @Test("a write alone commits at once; writeWithoutTransaction waits for the open group")
    func exclusiveWaitsForTheGroup() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            let before = pool.writeStatistics
            try pool.write { try TestSchema.insertAdministration($0, acronym: "ALONE") }
            #expect(pool.writeStatistics.groups == before.groups + 1)
            #expect(pool.writeStatistics.writes == before.writes + 1)

            let inside = DispatchSemaphore(value: 0)
            let release = DispatchSemaphore(value: 0)
            let writer = spawn {
                try? pool.write { connection in
                    try TestSchema.insertAdministration(connection, acronym: "OPEN")
                    inside.signal()
                    release.wait()
                }
            }
            inside.wait()
            let seen = Mutex<Int?>(nil)
            let exclusive = spawn {
                // Outside any transaction: it runs after the group committed, and sees it.
                let count = try? pool.writeWithoutTransaction { try TestSchema.administrationCount($0) }
                seen.withLock { $0 = count }
            }
            Thread.sleep(forTimeInterval: 0.1)
            #expect(seen.withLock { $0 } == nil, "it waits while the group's transaction is open")
            release.signal()
            writer.wait()
            exclusive.wait()
            #expect(seen.withLock { $0 } == 2)
        }
    }

    @Test("many threads writing at once: every write stored once, in fewer commits")
    func manyConcurrentWriters() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            let before = pool.writeStatistics
            let failures = Mutex(0)
            let threads = (0..<8).map { thread in
                spawn {
                    for index in 0..<100 {
                        do {
                            try pool.write { try TestSchema.insertAdministration($0, acronym: "T\(thread)-\(index)") }
                        } catch {
                            failures.withLock { $0 += 1 }
                        }
                    }
                }
            }
            for thread in threads { thread.wait() }
            #expect(failures.withLock { $0 } == 0)
            #expect(try pool.read(TestSchema.administrationCount) == 800)
            let after = pool.writeStatistics
            #expect(after.writes - before.writes == 800)
            #expect(after.groups - before.groups <= 800)
            #expect(try pool.read { try $0.integrityCheck() }.isEmpty)
        }
    }
}
