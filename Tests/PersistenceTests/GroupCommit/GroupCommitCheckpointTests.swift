import Foundation
import Persistence
import Testing

@Suite("Group-commit writer checkpoints")
struct GroupCommitCheckpointTests {
    /// Commits `count` rows of about two pages each, one batch at a time, and returns the largest
    /// WAL file size seen after a commit.
    private func writeLargeRows(_ fixture: GroupCommitFixture, count: Int) throws -> Int {
        var largest = 0
        for index in 0..<count {
            let completions = Completions<Int>()
            fixture.writer.submit({ try GroupCommitFixture.insert(String(repeating: "\(index % 10)", count: 6000), $0) },
                                  completion: completions.completion(index))
            _ = try completions.wait()[0].1.get()
            let size = try FileManager.default.attributesOfItem(atPath: fixture.path + "-wal")[.size] as? Int ?? 0
            largest = max(largest, size)
        }
        return largest
    }

    @Test("background checkpoints run on their own thread and keep the WAL small")
    func background() throws {
        try withTemporaryDirectory { directory in
            let fixture = try GroupCommitFixture.make(in: directory, configuration: .init(checkpointing: .background(pages: 4)))
            let largest = try writeLargeRows(fixture, count: 300)
            fixture.writer.shutdown()
            #expect(fixture.writer.backgroundCheckpointCount >= 1)
            // Without checkpoints, 300 rows of two pages each make a WAL of 900+ frames (4 KiB +
            // 24 bytes each). With them it starts over once per cycle: it holds 4 pages plus what
            // is committed during one background checkpoint.
            #expect(largest < 300 * 4120)
            #expect(try fixture.committedLabels().count == 300)
        }
    }

    @Test("with checkpoints on commit, SQLite's automatic checkpoint waits for 1000 pages")
    func onCommit() throws {
        try withTemporaryDirectory { directory in
            let fixture = try GroupCommitFixture.make(in: directory, configuration: .init(checkpointing: .onCommit))
            let largest = try writeLargeRows(fixture, count: 100)
            fixture.writer.shutdown()
            #expect(fixture.writer.backgroundCheckpointCount == 0)
            #expect(largest > 150 * 4120)
        }
    }
}
