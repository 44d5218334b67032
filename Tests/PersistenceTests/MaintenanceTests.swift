import Foundation
import Persistence
import Synchronization
import TestSupport
import Testing

@Suite("Integrity checks and backup")
struct MaintenanceTests {
    @Test("a sound database has no integrity problem and no orphan")
    func soundDatabase() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            try pool.write { try TestSchema.insertAdministration($0, acronym: "DINUM") }
            #expect(try pool.integrityCheck() == [])
            #expect(try pool.foreignKeyCheck() == [])
        }
    }

    @Test("foreignKeyCheck reports rows written while enforcement was off")
    func foreignKeyViolations() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            let raw = try Connection(path: pool.path)
            try raw.execute(
                """
                PRAGMA foreign_keys = OFF;
                INSERT INTO talents (id, email, administration_id, joined_at) VALUES (7, 'a@b.fr', 99, 0);
                """)
            #expect(
                try pool.foreignKeyCheck() == [
                    ForeignKeyViolation(table: "talents", rowID: 7, parent: "administrations", foreignKeyIndex: 0)
                ])
        }
    }

    @Test("a backup is a complete file that opens and passes the checks")
    func backupOpensAndPassesChecks() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            try pool.write { connection in
                for index in 0..<500 {
                    let id = try TestSchema.insertAdministration(
                        connection, acronym: "A\(index)", name: String(repeating: "n", count: 200))
                    try connection.run(
                        "INSERT INTO talents (email, administration_id, joined_at) VALUES (?, ?, ?)",
                        "t\(index)@gouv.fr", id, EpochMilliseconds(rawValue: Int64(index)))
                }
            }
            let backupDirectory = directory.appendingPathComponent("backups/daily")
            let destination = backupDirectory.path + "/copy.sqlite"
            try pool.backup(to: destination)
            #expect(try FileManager.default.contentsOfDirectory(atPath: backupDirectory.path) == ["copy.sqlite"])

            let copy = try DatabasePool(path: destination)
            #expect(try copy.integrityCheck() == [])
            #expect(try copy.foreignKeyCheck() == [])
            #expect(try copy.read(TestSchema.administrationCount) == 500)
            #expect(try Migrator(migrations: TestSchema.migrations).migrate(copy) == [])
        }
    }

    @Test("a backup taken while a writer is mid-transaction holds only committed rows, and replaces an old one")
    func backupDuringWrite() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            let destination = directory.file("copy.sqlite")
            try pool.backup(to: destination)
            try pool.write { try TestSchema.insertAdministration($0, acronym: "DINUM") }

            let writing = DispatchSemaphore(value: 0)
            let commit = DispatchSemaphore(value: 0)
            let finished = DispatchSemaphore(value: 0)
            let writerError = Mutex<String?>(nil)
            Thread {
                do {
                    try pool.write { connection in
                        try TestSchema.insertAdministration(connection, acronym: "ANSSI")
                        writing.signal()
                        commit.wait()
                    }
                } catch {
                    writerError.withLock { $0 = "\(error)" }
                }
                finished.signal()
            }.start()
            writing.wait()
            let backupResult = Result { try pool.backup(to: destination) }
            commit.signal()
            finished.wait()
            try backupResult.get()
            #expect(writerError.withLock { $0 } == nil)

            let copy = try Connection(path: destination, configuration: .init(mode: .readOnly))
            #expect(try copy.query("SELECT acronym FROM administrations") { try $0.string(0) } == ["DINUM"])
            #expect(try copy.integrityCheck() == [])
            #expect(try pool.read(TestSchema.administrationCount) == 2)
        }
    }
}
