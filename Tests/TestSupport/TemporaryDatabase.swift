public import Persistence

/// Runs `body` with a Talents database (created, migrated, taxonomy synchronised) in a fresh
/// temporary folder named after `prefix`. The pool is released when `body` returns, before the
/// folder is removed.
public func withTemporaryDatabase<T>(
    _ prefix: String = "talents-tests",
    _ body: (DatabasePool, TemporaryDirectory) throws -> T
) throws -> T {
    try TemporaryDirectory.with(prefix) { directory in
        try { try body(try TalentsDatabase.open(path: directory.path("talents.sqlite")), directory) }()
    }
}
