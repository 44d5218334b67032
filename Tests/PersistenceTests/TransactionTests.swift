import Foundation
import Persistence
import TestSupport
import Testing

@Suite("Transactions")
struct TransactionTests {
    struct Refusal: Error, Equatable {}

    @Test("a write that throws rolls every statement back and rethrows the same error")
    func writeRollsBack() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            #expect(throws: Refusal()) {
                try pool.write { connection in
                    let id = try TestSchema.insertAdministration(connection, acronym: "DINUM")
                    try connection.run(
                        "INSERT INTO talents (email, administration_id, joined_at) VALUES ('a@b.fr', ?, 0)", id)
                    throw Refusal()
                }
            }
            #expect(try pool.read(TestSchema.administrationCount) == 0)
            #expect(try pool.read { try $0.scalar("SELECT count(*) FROM talents", as: Int.self) } == 0)
            // The writer is usable again, outside any transaction.
            try pool.write { try TestSchema.insertAdministration($0, acronym: "DINUM") }
            #expect(try pool.read(TestSchema.administrationCount) == 1)
        }
    }

    @Test("an SQLite error in a write undoes the statements before it")
    func sqliteErrorRollsBack() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            let error = #expect(throws: SQLiteError.self) {
                try pool.write { connection in
                    try TestSchema.insertAdministration(connection, acronym: "A")
                    try TestSchema.insertAdministration(connection, acronym: "A")
                }
            }
            #expect(error?.constraintKind == .unique)
            #expect(try pool.read(TestSchema.administrationCount) == 0)
        }
    }

    @Test("a committed write returns its value and persists across reopening")
    func commitPersists() throws {
        try withTemporaryDirectory { directory in
            let id = try {
                let pool = try DatabasePool.make(in: directory)
                return try pool.write {
                    try TestSchema.insertAdministration(
                        $0, acronym: "DINUM", name: "Direction interministérielle du numérique")
                }
            }()
            let reopened = try DatabasePool.make(in: directory)
            let name = try reopened.read {
                try $0.scalar("SELECT name FROM administrations WHERE id = ?", id, as: String.self)
            }
            #expect(name == "Direction interministérielle du numérique")
        }
    }

    @Test("write runs in BEGIN IMMEDIATE; read runs in a read-only transaction")
    func transactionKinds() throws {
        try withTemporaryDirectory { directory in
            let pool = try DatabasePool.make(in: directory)
            #expect(try pool.write { $0.isInTransaction })
            #expect(try pool.read { $0.isInTransaction })
            // IMMEDIATE took the write lock before the body ran: another connection cannot begin one.
            let other = try Connection(path: pool.path, configuration: .init(busyTimeout: .zero))
            let busy = try pool.write { _ in
                #expect(throws: SQLiteError.self) { try other.run("BEGIN IMMEDIATE") }
            }
            #expect(busy?.isBusy == true)
        }
    }

    @Test("Connection.transaction commits on return and rolls back on throw")
    func connectionTransaction() throws {
        let connection = try Connection(path: ":memory:")
        try connection.execute("CREATE TABLE t (x INTEGER)")
        try connection.transaction { try $0.run("INSERT INTO t VALUES (1)") }
        #expect(throws: Refusal()) {
            try connection.transaction(.deferred) { connection in
                try connection.run("INSERT INTO t VALUES (2)")
                throw Refusal()
            }
        }
        #expect(!connection.isInTransaction)
        #expect(try connection.query("SELECT x FROM t") { try $0.int(0) } == [1])
    }

    @Test("a nested write traps")
    func nestedWriteTraps() async {
        await #expect(processExitsWith: .failure) {
            // In memory: a process that traps cannot clean files up.
            let pool = try DatabasePool(path: ":memory:")
            try pool.write { _ in try pool.write { _ in } }
        }
    }
}
