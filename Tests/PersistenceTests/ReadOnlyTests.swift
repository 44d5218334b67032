import Foundation
import Persistence
import TestSupport
import Testing

@Suite("Read-only pools")
struct ReadOnlyTests {
    @Test("a read-only pool reads a closed database and cannot write")
    func readsButCannotWrite() throws {
        try withTemporaryDirectory { directory in
            try {
                let pool = try DatabasePool.make(in: directory)
                try pool.write { try TestSchema.insertAdministration($0, acronym: "DINUM") }
            }()
            let readOnly = try DatabasePool.make(in: directory, configuration: .init(mode: .readOnly), migrated: false)
            #expect(try readOnly.read(TestSchema.administrationCount) == 1)
            let error = #expect(throws: SQLiteError.self) {
                try readOnly.read { try TestSchema.insertAdministration($0, acronym: "ANSSI") }
            }
            #expect(error?.isReadOnly == true)
            #expect(try readOnly.read(TestSchema.administrationCount) == 1)
        }
    }

    @Test("a read-only pool reads beside a writing pool without blocking it")
    func besideWriter() throws {
        try withTemporaryDirectory { directory in
            let writer = try DatabasePool.make(in: directory)
            let readOnly = try DatabasePool.make(in: directory, configuration: .init(mode: .readOnly), migrated: false)
            let counts = try readOnly.read { connection in
                let before = try TestSchema.administrationCount(connection)
                // Same thread, other pool: a write that waited for this reader would time out.
                try writer.write { try TestSchema.insertAdministration($0, acronym: "DINUM") }
                return (before, try TestSchema.administrationCount(connection))
            }
            #expect(counts.0 == 0 && counts.1 == 0)
            #expect(try readOnly.read(TestSchema.administrationCount) == 1)
        }
    }

    @Test("a read-only pool on a missing file fails at once and creates nothing")
    func missingFile() throws {
        try withTemporaryDirectory { directory in
            let error = #expect(throws: SQLiteError.self) {
                try DatabasePool.make(in: directory, configuration: .init(mode: .readOnly), migrated: false)
            }
            #expect(error?.primaryCode == 14)
            let contents = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            #expect(contents.isEmpty)
        }
    }

    @Test("write on a read-only pool traps")
    func writeTraps() async {
        await #expect(processExitsWith: .failure) {
            let pool = try DatabasePool(path: ":memory:", configuration: .init(mode: .readOnly))
            try pool.write { _ in }
        }
    }
}
