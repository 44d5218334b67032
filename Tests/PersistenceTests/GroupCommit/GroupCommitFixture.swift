import Foundation
import Persistence
import Synchronization
import TestSupport

/// A database with one `items` table, a group-commit writer on it and a read-only pool that
/// looks at it through other connections.
struct GroupCommitFixture {
    let path: String
    let writer: GroupCommitWriter
    let readers: DatabasePool

    static func make(in directory: URL, configuration: GroupCommitWriter.Configuration = .init()) throws
        -> GroupCommitFixture
    {
        let path = directory.file("group-commit.sqlite")
        try Connection(path: path).execute("CREATE TABLE items(id INTEGER PRIMARY KEY, label TEXT NOT NULL)")
        let writer = try GroupCommitWriter(path: path, configuration: configuration)
        let readers = try DatabasePool(path: path, configuration: .init(mode: .readOnly))
        return GroupCommitFixture(path: path, writer: writer, readers: readers)
    }

    /// The committed labels, in id order, as another connection sees them.
    func committedLabels() throws -> [String] {
        try readers.read { try $0.query("SELECT label FROM items ORDER BY id") { try $0.string(0) } }
    }

    /// Inserts one row on the writer connection and returns its id.
    static func insert(_ label: String, _ connection: Connection) throws -> Int {
        try connection.queryOne("INSERT INTO items(label) VALUES (?) RETURNING id", label) { try $0.int(0) }!
    }

    /// Submits a first item that holds the writer thread until `release()`, so that items
    /// submitted meanwhile queue up and form the next batch together.
    func holdWriter() -> Gate {
        let gate = Gate()
        writer.submit(
            { _ in
                gate.started.signal()
                gate.released.wait()
            }, completion: { _ in })
        gate.started.wait()
        return gate
    }

    /// Lets the held writer thread go on.
    final class Gate: Sendable {
        let started = DispatchSemaphore(value: 0)
        let released = DispatchSemaphore(value: 0)

        func release() { released.signal() }
    }
}

/// Collects the completions of submitted items, and waits for them.
final class Completions<T: Sendable>: Sendable {
    private let results = Mutex<[(Int, Result<T, any Error>)]>([])
    private let group = DispatchGroup()

    /// A completion for item `index`; call once per submitted item.
    func completion(_ index: Int) -> @Sendable (Result<T, any Error>) -> Void {
        group.enter()
        return { result in
            self.results.withLock { $0.append((index, result)) }
            self.group.leave()
        }
    }

    /// Waits for every completion handed out, then returns (index, result) in completion order.
    func wait() -> [(Int, Result<T, any Error>)] {
        group.wait()
        return results.withLock { $0 }
    }
}
