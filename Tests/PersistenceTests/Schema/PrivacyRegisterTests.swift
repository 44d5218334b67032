import Domain
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

    /// The public page renders ``PersonalDataRegister``; docs/privacy.md's "Processings and
    /// retention" table must say the same: every processing, its basis, its default retention
    /// and the setting that changes it, in the same order.
    @Test func theRegisterAndThePublicPageListTheSameProcessingsAndPeriods() throws {
        let text = try String(contentsOf: Self.registerURL, encoding: .utf8)
        let documented = Self.processingRows(text)
        let coded = PersonalDataRegister.processings(RetentionSettings()).map {
            [$0.id, $0.basis.rawValue, $0.retention.english, $0.setting ?? "—"]
        }
        #expect(!documented.isEmpty, "docs/privacy.md has no \"Processings and retention\" table")
        #expect(documented == coded, "docs/privacy.md and PersonalDataRegister disagree")
        // Each setting named is one the executables read.
        for setting in Set(coded.map { $0[3] }).subtracting(["—"]) {
            #expect(text.contains("`\(setting)`"), "docs/privacy.md explains \(setting)")
        }
    }

    @Test func theProcessingTableParserNoticesADifference() {
        let table = """
            ## Processings and retention

            | processing | basis | retention (default) | setting |
            |---|---|---|---|
            | messages | public task | 90 days after sending | TALENTS_RETENTION_MESSAGE_DAYS |

            ## Next
            | other | table |
            """
        #expect(
            Self.processingRows(table) == [
                ["messages", "public task", "90 days after sending", "TALENTS_RETENTION_MESSAGE_DAYS"]
            ])
        let changed = PersonalDataRegister.processings(RetentionSettings(messageDays: 30))
            .first { $0.id == "messages" }?.retention.english
        #expect(changed == "30 days after sending")
    }

    /// The cells of the rows of the table under "## Processings and retention" (header and rule left out).
    static func processingRows(_ text: String) -> [[String]] {
        guard let start = text.range(of: "## Processings and retention\n") else { return [] }
        var rows: [[String]] = []
        var inTable = false
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") { break }
            guard line.hasPrefix("|") else {
                if inTable { break }
                continue
            }
            inTable = true
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.first == "processing" || cells.first?.hasPrefix("---") == true { continue }
            rows.append(cells)
        }
        return rows
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
