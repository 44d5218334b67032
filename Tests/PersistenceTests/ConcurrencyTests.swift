import Foundation
import Persistence
import Synchronization
import TestSupport
import Testing

@Suite("Readers and the writer")
struct ConcurrencyTests {
    /// Runs `body` on a new thread; the returned semaphore is signalled when it ends.
    private func spawn(_ body: @escaping @Sendable () -> Void) -> DispatchSemaphore {
        let finished = DispatchSemaphore(value: 0)
        Thread {
            body()
            finished.signal()
        }.start()
        return finished
    }

    @Test("a reader sees the committed state, not a writer's uncommitted changes")
    func readerIgnoresUncommittedWrite() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            try pool.write { try TestSchema.insertAdministration($0, acronym: "DINUM") }
            let writing = DispatchSemaphore(value: 0)
            let commit = DispatchSemaphore(value: 0)
            let writerError = Mutex<String?>(nil)
            let finished = spawn {
                do {
                    try pool.write { connection in
                        try TestSchema.insertAdministration(connection, acronym: "ANSSI")
                        writing.signal()
                        commit.wait()
                    }
                } catch {
                    writerError.withLock { $0 = "\(error)" }
                }
            }
            writing.wait()
            // The writer holds its transaction open on the other thread.
            let acronyms = try pool.read { try $0.query("SELECT acronym FROM administrations") { try $0.string(0) } }
            commit.signal()
            finished.wait()
            #expect(acronyms == ["DINUM"])
            #expect(writerError.withLock { $0 } == nil)
            #expect(try pool.read(TestSchema.administrationCount) == 2)
        }
    }

    @Test("a read keeps one snapshot while a writer commits, and does not block it")
    func readerKeepsSnapshot() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            try pool.write { try TestSchema.insertAdministration($0, acronym: "DINUM") }
            let writerError = Mutex<String?>(nil)
            let counts = try pool.read { connection in
                let before = try TestSchema.administrationCount(connection)
                // The writer commits while this read transaction is open.
                spawn {
                    do {
                        try pool.write { try TestSchema.insertAdministration($0, acronym: "ANSSI") }
                    } catch {
                        writerError.withLock { $0 = "\(error)" }
                    }
                }.wait()
                return (before, try TestSchema.administrationCount(connection))
            }
            #expect(writerError.withLock { $0 } == nil)
            #expect(counts.0 == 1)
            #expect(counts.1 == 1)
            #expect(try pool.read(TestSchema.administrationCount) == 2)
        }
    }

    @Test("concurrent reads never open more readers than the maximum")
    func readerCountIsBounded() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory, configuration: .init(maximumReaderCount: 2))
            #expect(pool.openReaderCount == 1)
            let failures = Atomic<Int>(0)
            DispatchQueue.concurrentPerform(iterations: 16) { _ in
                do {
                    _ = try pool.read { try TestSchema.administrationCount($0) }
                } catch {
                    failures.add(1, ordering: .relaxed)
                }
            }
            #expect(failures.load(ordering: .relaxed) == 0)
            #expect((1...2).contains(pool.openReaderCount))
        }
    }

    @Test("a reader opened while its read is nested inside another gets its own connection")
    func nestedReadsUseTwoReaders() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            let same = try pool.read { outer in
                try pool.read { inner in outer === inner }
            }
            #expect(!same)
            #expect(pool.openReaderCount == 2)
        }
    }
}
