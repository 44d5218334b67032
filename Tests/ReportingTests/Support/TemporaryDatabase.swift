import Persistence
import TestSupport

/// A migrated Talents database in a fresh temporary directory, removed by `remove()`; the
/// reporting tests keep it open across reads by other connections (read-only pools, exporters).
struct TemporaryDatabase {
    let directory: TemporaryDirectory
    /// The read-write pool the test writes through.
    let pool: DatabasePool

    init() throws {
        directory = try TemporaryDirectory("ReportingTests")
        pool = try TalentsDatabase.open(path: directory.path("talents.sqlite"))
    }

    /// The database file.
    var path: String { directory.path("talents.sqlite") }

    func remove() {
        directory.remove()
    }
}

/// Runs `body` with a fresh database holding ``ProgrammeWorld``, removed afterwards.
func withProgrammeWorld<T>(_ body: (TemporaryDatabase) throws -> T) throws -> T {
    let database = try TemporaryDatabase()
    defer { database.remove() }
    try database.pool.write { try ProgrammeWorld.write(in: $0) }
    return try body(database)
}
