import Foundation
import Persistence
import Synchronization
import TestSupport
import Testing

@Suite("Group-commit writer")
struct GroupCommitWriterTests {
    private struct Refused: Error, Equatable {
        let label: String
    }

    @Test("concurrent submits all commit, each visible to another connection when its completion runs")
    func concurrentSubmits() throws {
        try withTemporaryDirectory { directory in
            let fixture = try GroupCommitFixture.make(in: directory)
            let visible = Atomic<Int>(0)
            let group = DispatchGroup()
            DispatchQueue.concurrentPerform(iterations: 8) { thread in
                for index in 0..<50 {
                    group.enter()
                    fixture.writer.submit(
                        { try GroupCommitFixture.insert("t\(thread)-\(index)", $0) },
                        completion: { result in
                            // Another connection must already see the row: the batch has committed.
                            if case .success(let id) = result,
                                let count = try? fixture.readers.read({
                                    try $0.scalar("SELECT count(*) FROM items WHERE id = ?", id, as: Int.self)
                                }),
                                count == 1
                            {
                                visible.add(1, ordering: .relaxed)
                            }
                            group.leave()
                        })
                }
            }
            group.wait()
            #expect(visible.load(ordering: .relaxed) == 400)
            #expect(try fixture.committedLabels().count == 400)
        }
    }

    @Test("queued items share one transaction, each commits only with the batch")
    func oneTransactionPerBatch() throws {
        try withTemporaryDirectory { directory in
            let fixture = try GroupCommitFixture.make(in: directory)
            let gate = fixture.holdWriter()
            let completions = Completions<[Int]>()
            fixture.writer.submit({ [try GroupCommitFixture.insert("a", $0)] }, completion: completions.completion(0))
            fixture.writer.submit(
                { connection in
                    // Same transaction: this connection sees "a", another connection does not yet.
                    let here = try connection.scalar("SELECT count(*) FROM items", as: Int.self) ?? -1
                    let elsewhere =
                        try fixture.readers.read { try $0.scalar("SELECT count(*) FROM items", as: Int.self) } ?? -1
                    return [here, elsewhere]
                }, completion: completions.completion(1))
            gate.release()
            let results = completions.wait()
            #expect(try results[1].1.get() == [1, 0])
            #expect(try fixture.committedLabels() == ["a"])
        }
    }

    @Test("a failing item is rolled back alone and gets its error; its batch-mates commit")
    func failingItemAlone() throws {
        try withTemporaryDirectory { directory in
            let fixture = try GroupCommitFixture.make(in: directory)
            let gate = fixture.holdWriter()
            let completions = Completions<Int>()
            for (index, label) in ["a", "b", "c"].enumerated() {
                fixture.writer.submit(
                    { connection in
                        let id = try GroupCommitFixture.insert(label, connection)
                        if label == "b" { throw Refused(label: label) }
                        return id
                    }, completion: completions.completion(index))
            }
            gate.release()
            let results = completions.wait()
            #expect(results.map(\.0) == [0, 1, 2])
            #expect(throws: Refused(label: "b")) { try results[1].1.get() }
            #expect(try results[0].1.get() == 1)
            #expect(try results[2].1.get() == 2)  // b's rolled-back id is free again
            #expect(try fixture.committedLabels() == ["a", "c"])
        }
    }

    @Test("items run and complete in submission order")
    func submissionOrder() throws {
        try withTemporaryDirectory { directory in
            let fixture = try GroupCommitFixture.make(in: directory)
            let ran = Mutex<[Int]>([])
            let gate = fixture.holdWriter()
            let completions = Completions<Void>()
            for index in 0..<100 {
                fixture.writer.submit(
                    { _ in ran.withLock { $0.append(index) } }, completion: completions.completion(index))
            }
            gate.release()
            #expect(completions.wait().map(\.0) == Array(0..<100))
            #expect(ran.withLock { $0 } == Array(0..<100))
        }
    }

    @Test("a batch holds at most maximumBatchSize items")
    func boundedBatches() throws {
        try withTemporaryDirectory { directory in
            let fixture = try GroupCommitFixture.make(in: directory, configuration: .init(maximumBatchSize: 3))
            let gate = fixture.holdWriter()
            let completions = Completions<Int>()
            for index in 0..<7 {
                fixture.writer.submit(
                    { connection in
                        // Rows committed before this item's batch, as another connection sees them.
                        let committed =
                            try fixture.readers.read { try $0.scalar("SELECT count(*) FROM items", as: Int.self) } ?? -1
                        _ = try GroupCommitFixture.insert("\(index)", connection)
                        return committed
                    }, completion: completions.completion(index))
            }
            gate.release()
            #expect(try completions.wait().map { try $0.1.get() } == [0, 0, 0, 3, 3, 3, 6])
        }
    }

    @Test("when SQLite rolls back the whole transaction, earlier batch-mates fail and later ones commit")
    func transactionRolledBack() throws {
        try withTemporaryDirectory { directory in
            let fixture = try GroupCommitFixture.make(in: directory)
            let gate = fixture.holdWriter()
            let completions = Completions<Int>()
            fixture.writer.submit({ try GroupCommitFixture.insert("a", $0) }, completion: completions.completion(0))
            fixture.writer.submit(
                { connection in
                    // Stands in for SQLITE_FULL or SQLITE_IOERR, after which SQLite ends the transaction.
                    try connection.execute("ROLLBACK")
                    throw Refused(label: "b")
                }, completion: completions.completion(1))
            fixture.writer.submit({ try GroupCommitFixture.insert("c", $0) }, completion: completions.completion(2))
            gate.release()
            let results = completions.wait()
            #expect(results.map(\.0) == [0, 1, 2])
            guard case .failure(GroupCommitError.transactionRolledBack(let cause)) = results[0].1 else {
                Issue.record("item a: expected transactionRolledBack, got \(results[0].1)")
                return
            }
            #expect(cause as? Refused == Refused(label: "b"))
            #expect(throws: Refused(label: "b")) { try results[1].1.get() }
            #expect(try results[2].1.get() == 1)
            #expect(try fixture.committedLabels() == ["c"])
        }
    }

    @Test("shutdown commits what is queued, then refuses new work")
    func shutdownDrains() throws {
        try withTemporaryDirectory { directory in
            let fixture = try GroupCommitFixture.make(in: directory)
            let gate = fixture.holdWriter()
            let completions = Completions<Int>()
            for index in 0..<20 {
                fixture.writer.submit(
                    { try GroupCommitFixture.insert("\(index)", $0) }, completion: completions.completion(index))
            }
            let stopped = DispatchSemaphore(value: 0)
            Thread {
                fixture.writer.shutdown()
                stopped.signal()
            }.start()
            // Probe until the queue is closed; probes accepted before that are drained too.
            var accepted = 0
            while true {
                let refused = Mutex<Bool>(false)
                fixture.writer.submit(
                    { try GroupCommitFixture.insert("probe", $0) },
                    completion: { result in
                        if case .failure(GroupCommitError.shutDown) = result { refused.withLock { $0 = true } }
                    })
                if refused.withLock({ $0 }) { break }
                accepted += 1
                usleep(1000)
            }
            gate.release()
            stopped.wait()
            #expect(try completions.wait().map { try $0.1.get() } == Array(1...20))
            #expect(try fixture.committedLabels().count == 20 + accepted)
            fixture.writer.shutdown()  // a second call returns at once
        }
    }

    @Test("synchronous FULL is applied to the writer connection")
    func synchronousFull() throws {
        try withTemporaryDirectory { directory in
            let fixture = try GroupCommitFixture.make(in: directory, configuration: .init(synchronous: .full))
            let completions = Completions<Int?>()
            fixture.writer.submit(
                { try $0.scalar("PRAGMA synchronous", as: Int.self) }, completion: completions.completion(0))
            #expect(try completions.wait()[0].1.get() == 2)
        }
    }

    @Test("a writer that cannot open its database throws")
    func openFailure() {
        #expect(throws: SQLiteError.self) {
            try GroupCommitWriter(path: "/proc/self/no-such-directory/db.sqlite")
        }
    }
}
