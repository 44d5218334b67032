import Foundation
import Persistence
import TestSupport
import Testing

/// docs/privacy.md lists every table and column of the migrated schema, so a migration that
/// adds personal data cannot land without saying what it is, why, for how long and what
/// erasure does to it.
@Suite struct PrivacyRegisterTests {
    static let registerURL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/privacy.md")

    @Test func theRegisterListsEveryColumnOfTheSchemaAndNothingElse() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let pool = try TalentsDatabase.open(path: directory.path("register.sqlite"))
        let schema: [String: Set<String>] = try pool.read { connection in
            // the full-text index's own tables are SQLite's, not ours
            let tables = try connection.query(
                """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name NOT LIKE '%_fts_%'
                """
            ) { try $0.string(0) }
            var columns: [String: Set<String>] = [:]
            for table in tables {
                columns[table] = Set(
                    try connection.query("SELECT name FROM pragma_table_info(?)", table) { try $0.string(0) })
            }
            return columns
        }
        let register = Self.parse(try String(contentsOf: Self.registerURL, encoding: .utf8))
        let missingTables = Set(schema.keys).subtracting(register.keys).sorted()
        #expect(missingTables.isEmpty, "tables missing from docs/privacy.md: \(missingTables)")
        let unknownTables = Set(register.keys).subtracting(schema.keys).sorted()
        #expect(unknownTables.isEmpty, "docs/privacy.md lists tables the schema lacks: \(unknownTables)")
        for (table, columns) in schema.sorted(by: { $0.key < $1.key }) {
            let listed = register[table] ?? []
            let missing = columns.subtracting(listed).sorted()
            #expect(missing.isEmpty, "docs/privacy.md, `\(table)`: columns not listed: \(missing)")
            let unknown = listed.subtracting(columns).sorted()
            #expect(unknown.isEmpty, "docs/privacy.md, `\(table)`: columns the table lacks: \(unknown)")
        }
    }

    @Test func theParserReadsBothKindsOfListing() {
        let register = Self.parse(
            """
            ### `users` — accounts

            | column | data |
            |---|---|
            | `display_name`, `email` | name |

            Other columns: `id`,
            `created_at`.

            Other columns of `users` are not read from a paragraph like this one.
            """)
        #expect(register == ["users": ["display_name", "email", "id", "created_at"]])
    }

    /// The columns each section lists: a section opens with `### \`table\``; its columns are the
    /// names in backquotes of the first cell of each table row, and of the paragraph that opens
    /// with "Other columns…:" (after the colon).
    static func parse(_ text: String) -> [String: Set<String>] {
        var register: [String: Set<String>] = [:]
        var table: String?
        var inOtherColumns = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### ") {
                table = names(in: line).first
                if let table { register[table, default: []] = register[table] ?? [] }
                inOtherColumns = false
                continue
            }
            guard let table else { continue }
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") {
                inOtherColumns = false
            } else if line.hasPrefix("| `") {
                let firstCell = line.dropFirst(2).prefix { $0 != "|" }
                register[table, default: []].formUnion(names(in: firstCell))
            } else if line.hasPrefix("Other columns"), let colon = line.firstIndex(of: ":") {
                inOtherColumns = true
                register[table, default: []].formUnion(names(in: line[line.index(after: colon)...]))
            } else if inOtherColumns {
                register[table, default: []].formUnion(names(in: line))
            }
        }
        return register
    }

    /// The names between backquotes, in order.
    private static func names(in text: some StringProtocol) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
}
