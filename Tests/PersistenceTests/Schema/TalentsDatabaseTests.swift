import Domain
import Foundation
import Persistence
import TestSupport
import Testing

@Suite("TalentsDatabase")
struct TalentsDatabaseTests {
    /// The rows of `schema_migrations`: version, name, applied_at.
    private static func migrationRows(_ connection: Connection) throws -> [[String]] {
        try connection.query("SELECT version, name, applied_at FROM schema_migrations ORDER BY version") {
            [String(try $0.int(0)), try $0.string(1), String(try $0.int64(2))]
        }
    }

    /// The `skills` table as domain skills.
    private static func storedSkills(_ connection: Connection) throws -> Set<Skill> {
        Set(
            try connection.query("SELECT code, name, family, esco_uri FROM skills") { row in
                Skill(
                    code: SkillCode(try row.string(0)), name: try row.string(1),
                    family: try #require(SkillFamily(rawValue: try row.string(2))), escoURI: try row.optionalString(3))
            })
    }

    /// Records `version` in `schema_migrations` through a plain connection, as a newer binary would.
    private static func recordVersion(_ version: Int, at path: String) throws {
        let connection = try Connection(path: path)
        try connection.run(
            "INSERT INTO schema_migrations(version, name, applied_at) VALUES (?, 'from the future', 0)",
            version)
    }

    /// The pending versions of a ``MigrationError/pendingMigrations(pending:)``, else nil.
    private static func pendingVersions(_ error: MigrationError?) -> [Int]? {
        guard case .pendingMigrations(let pending)? = error else { return nil }
        return pending
    }

    /// The versions of a ``MigrationError/schemaNewerThanBinary(applied:known:)``, else nil.
    private static func newerVersions(_ error: MigrationError?) -> (applied: [Int], known: [Int])? {
        guard case .schemaNewerThanBinary(let applied, let known)? = error else { return nil }
        return (applied, known)
    }

    /// The versions this binary knows.
    static let known = Schema.migrations.map(\.version)

    @Test("open migrates to the known version and fills the skills table with the standard taxonomy")
    func firstOpen() throws {
        try withTalentsDatabase { pool, _ throws in
            // Versions increase from 1 (branches reserve theirs, so gaps may exist between merges),
            // and every one is recorded with its name.
            #expect(
                Self.known.first == 1 && Self.known == Self.known.sorted() && Set(Self.known).count == Self.known.count)
            #expect(Schema.migrations.prefix(3).map(\.name) == ["core", "api", "engagement"])
            try pool.read { connection throws in
                #expect(
                    try Self.migrationRows(connection).map { Array($0.prefix(2)) }
                        == Schema.migrations.map { ["\($0.version)", $0.name] })
                #expect(try Self.storedSkills(connection) == Set(SkillTaxonomy.standard.skills))
                #expect(try connection.count("skills") == SkillTaxonomy.standard.skills.count)
            }
            #expect(try pool.integrityCheck().isEmpty && pool.foreignKeyCheck().isEmpty)
        }
    }

    @Test("a second open applies nothing and leaves the schema, the records and the skills as they were")
    func idempotent() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory.file("talents.sqlite")
            let (rows, schema) = try {
                let pool = try TalentsDatabase.open(path: path)
                try pool.write { connection throws in
                    _ = try AdministrationStore(connection).insert(.make(), by: Fixture.actor, at: Fixture.now)
                }
                return try pool.read { connection throws in
                    (
                        try Self.migrationRows(connection),
                        try connection.query("SELECT sql FROM sqlite_schema ORDER BY name") { try $0.optionalString(0) }
                    )
                }
            }()
            let pool = try TalentsDatabase.open(path: path)
            #expect(try Schema.migrator().migrate(pool) == [])
            try pool.read { connection throws in
                #expect(try Self.migrationRows(connection) == rows)
                #expect(
                    try connection.query("SELECT sql FROM sqlite_schema ORDER BY name") {
                        try $0.optionalString(0)
                    } == schema)
                #expect(try Self.storedSkills(connection) == Set(SkillTaxonomy.standard.skills))
                #expect(try AdministrationStore(connection).count() == 1)
            }
        }
    }

    @Test("open synchronises the taxonomy: names updated, new skills added, retired skills kept")
    func taxonomySynchronisation() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory.file("talents.sqlite")
            let standard = SkillTaxonomy.standard.skills
            let renamed = Skill(
                code: standard[0].code, name: "Ancien nom", family: .management,
                escoURI: "http://data.europa.eu/esco/skill/example")
            let retired = Skill(code: "dev-cobol", name: "Développement COBOL", family: .development)
            _ = try TalentsDatabase.open(
                path: path, taxonomy: SkillTaxonomy([renamed] + standard.dropFirst() + [retired]))
            let pool = try TalentsDatabase.open(path: path)
            let stored = try pool.read(Self.storedSkills)
            #expect(stored == Set(standard + [retired]))
        }
    }

    @Test("openReadOnly reads a migrated file and cannot write")
    func readOnly() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory.file("talents.sqlite")
            let ministry = try TalentsDatabase.open(path: path).write {
                try AdministrationStore($0).insert(.make(), by: Fixture.actor, at: Fixture.now)
            }
            let pool = try TalentsDatabase.openReadOnly(path: path)
            #expect(try pool.read { try AdministrationStore($0).find(ministry.id) } == ministry)
            let error = #expect(throws: SQLiteError.self) {
                try pool.read { try $0.run("DELETE FROM skills") }
            }
            #expect(error?.isReadOnly == true)
        }
    }

    @Test("openReadOnly reads committed snapshots while another pool writes")
    func readOnlyBesideWriter() throws {
        try withTalentsDatabase { writer, directory throws in
            let reader = try TalentsDatabase.openReadOnly(path: directory.file("talents.sqlite"))
            let counts = try reader.read { connection throws in
                let before = try AdministrationStore(connection).count()
                // Same thread, other pool: a writer that waited for this reader would time out.
                try writer.write { _ = try AdministrationStore($0).insert(.make(), by: Fixture.actor, at: Fixture.now) }
                return [before, try AdministrationStore(connection).count()]
            }
            #expect(counts == [0, 0])
            #expect(
                try reader.read { try AdministrationStore($0).find(acronym: "MININT")?.name }
                    == "Ministère de l'Intérieur")
        }
    }

    @Test("openReadOnly refuses a file that was never migrated")
    func neverMigrated() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory.file("talents.sqlite")
            _ = try DatabasePool(path: path)
            let error = #expect(throws: MigrationError.self) { try TalentsDatabase.openReadOnly(path: path) }
            #expect(Self.pendingVersions(error) == Self.known)
        }
    }

    @Test("openReadOnly refuses a file with pending migrations")
    func pendingMigrations() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory.file("talents.sqlite")
            // The bookkeeping table exists, but no migration was applied.
            try Migrator(migrations: []).migrate(try DatabasePool(path: path))
            let error = #expect(throws: MigrationError.self) { try TalentsDatabase.openReadOnly(path: path) }
            #expect(Self.pendingVersions(error) == Self.known)
        }
    }

    @Test("openReadOnly and open refuse a file migrated by a newer binary, and open changes nothing")
    func newerVersion() throws {
        try withTemporaryDirectory { directory throws in
            let path = directory.file("talents.sqlite")
            _ = try TalentsDatabase.open(path: path)
            try Self.recordVersion(999, at: path)
            let readOnlyError = #expect(throws: MigrationError.self) { try TalentsDatabase.openReadOnly(path: path) }
            #expect(Self.newerVersions(readOnlyError)?.applied == Self.known + [999])
            #expect(Self.newerVersions(readOnlyError)?.known == Self.known)
            // A taxonomy with an extra skill: were open to go on, the skills table would change.
            let taxonomy = SkillTaxonomy(
                SkillTaxonomy.standard.skills
                    + [Skill(code: "dev-cobol", name: "COBOL", family: .development)])
            let openError = #expect(throws: MigrationError.self) {
                try TalentsDatabase.open(path: path, taxonomy: taxonomy)
            }
            #expect(Self.newerVersions(openError)?.applied == Self.known + [999])
            let connection = try Connection(path: path, configuration: .init(mode: .readOnly))
            #expect(try connection.count("skills") == SkillTaxonomy.standard.skills.count)
            #expect(try connection.count("schema_migrations") == Self.known.count + 1)
        }
    }

    @Test("openReadOnly on a missing file fails and creates nothing")
    func missingFile() throws {
        try withTemporaryDirectory { directory throws in
            #expect(throws: SQLiteError.self) {
                try TalentsDatabase.openReadOnly(path: directory.file("talents.sqlite"))
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        }
    }
}
