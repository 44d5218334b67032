import Foundation
import Persistence
import TestSupport
import Testing

@Suite("Group-commit writer checkpoints")
struct GroupCommitCheckpointTests {
    /// Commits one row of about two pages (6000 bytes) as its own batch.
    private func writeLargeRow(_ fixture: GroupCommitFixture) throws {
        let completions = Completions<Int>()
        fixture.writer.submit(
            { try GroupCommitFixture.insert(String(repeating: "x", count: 6000), $0) },
            completion: completions.completion(0))
        _ = try completions.wait()[0].1.get()
    }

    /// The number of frames in the WAL, from another read-write connection
    /// (https://www.sqlite.org/pragma.html#pragma_wal_checkpoint: busy, log, checkpointed).
    private func walFrames(_ fixture: GroupCommitFixture) throws -> Int {
        try Connection(path: fixture.path).query("PRAGMA wal_checkpoint(PASSIVE)") { try $0.int(1) }[0]
    }

    @Test("a background checkpoint lets the writer start the WAL over")
    func background() throws {
        try withTemporaryDirectory { directory in
            let fixture = try GroupCommitFixture.make(
                in: directory, configuration: .init(checkpointing: .background(pages: 20)))
            // Past 20 pages the checkpointer is woken; commits go on until it has finished.
            var rows = 0
            while fixture.writer.backgroundCheckpointCount == 0 && rows < 2000 {
                try writeLargeRow(fixture)
                rows += 1
            }
            #expect(fixture.writer.backgroundCheckpointCount >= 1)
            // The next commit checkpoints what came meanwhile; the one after starts the WAL over.
            try writeLargeRow(fixture)
            try writeLargeRow(fixture)
            #expect(rows * 3 >= 20)
            #expect(try walFrames(fixture) < 20)
            #expect(try fixture.committedLabels().count == rows + 2)
        }
    }

    @Test("with checkpoints on commit, the WAL grows up to SQLite's 1000 pages")
    func onCommit() throws {
        try withTemporaryDirectory { directory in
            let fixture = try GroupCommitFixture.make(in: directory, configuration: .init(checkpointing: .onCommit))
            for _ in 0..<100 { try writeLargeRow(fixture) }
            #expect(fixture.writer.backgroundCheckpointCount == 0)
            // 100 rows of two pages and more: no checkpoint before 1000 pages.
            #expect(try walFrames(fixture) >= 200)
        }
    }
}
