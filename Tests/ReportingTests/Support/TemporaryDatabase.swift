import Foundation
import Persistence

/// A migrated Talents database in a fresh temporary directory, removed by `remove()`.
struct TemporaryDatabase {
    let directory: URL
    let path: String
    /// The read-write pool the test writes through.
    let pool: DatabasePool

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ReportingTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("talents.sqlite").path
        pool = try TalentsDatabase.open(path: path)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}

/// Runs `body` with a fresh database holding ``ProgrammeWorld``, removed afterwards.
func withProgrammeWorld<T>(_ body: (TemporaryDatabase) throws -> T) throws -> T {
    let database = try TemporaryDatabase()
    defer { database.remove() }
    try database.pool.write { try ProgrammeWorld.write(in: $0) }
    return try body(database)
}
