import Persistence

/// Where the benchmark server listens and which database it serves, from the environment
/// the anchors read: `PORT` (default 8090) and `DB_PATH` (default `missions.db`). For
/// experiments: `EVENT_LOOPS` (default: one per core), `SYNCHRONOUS=FULL` (fsync every
/// commit; default NORMAL, as the anchors) and `CHECKPOINT=commit` (SQLite's automatic
/// checkpoint in the committing batch; default: in the background).
struct BenchConfiguration: Sendable, Equatable {
    /// The address to bind; loopback, as the anchors.
    var host = "127.0.0.1"
    /// The TCP port; 0 picks a free one.
    var port = 8090
    /// The SQLite file, created and seeded when its table is empty.
    var databasePath = "missions.db"
    /// Event-loop threads; nil for one per core.
    var eventLoops: Int?
    /// How `POST /missions` commits.
    var writer = GroupCommitWriter.Configuration()

    /// The defaults.
    init() {}

    /// Reads the environment; a missing or invalid value keeps the default.
    init(environment: [String: String]) {
        if let port = environment["PORT"].flatMap(Int.init), (0...65535).contains(port) {
            self.port = port
        }
        if let path = environment["DB_PATH"], !path.isEmpty {
            databasePath = path
        }
        if let loops = environment["EVENT_LOOPS"].flatMap(Int.init), loops >= 1 {
            eventLoops = loops
        }
        if environment["SYNCHRONOUS"]?.uppercased() == "FULL" {
            writer.synchronous = .full
        }
        if environment["CHECKPOINT"]?.lowercased() == "commit" {
            writer.checkpointing = .onCommit
        }
    }
}
