import Foundation

/// What a refused request must not change, read with the system's `sqlite3` (a program that is
/// not ours): every row of the table an endpoint writes, how many audit events and idempotency
/// records there are, and the schema.
struct DatabaseSnapshot: Equatable {
    /// The table's rows, in rowid order, as `sqlite3` prints them.
    let rows: String
    let rowCount: Int
    let auditCount: Int
    let idempotencyCount: Int
    /// Every `CREATE` statement, so a dropped or altered table shows.
    let schema: String

    init(_ database: String, table: String) throws {
        precondition(table.allSatisfy { $0.isLetter || $0 == "_" }, "a table name, not SQL")
        let separator = "--8<--"
        let result = try Subprocess.sqlite3(
            database,
            """
            SELECT * FROM \(table) ORDER BY rowid; SELECT '\(separator)';
            SELECT count(*) FROM \(table); SELECT count(*) FROM audit_events; SELECT count(*) FROM idempotency_keys;
            SELECT '\(separator)'; SELECT sql FROM sqlite_schema ORDER BY name;
            """)
        let parts = result.output.components(separatedBy: separator + "\n")
        guard result.status == 0, parts.count == 3 else { throw ReadError(output: result.output + result.errorOutput) }
        let counts = parts[1].split(separator: "\n").compactMap { Int($0) }
        guard counts.count == 3 else { throw ReadError(output: result.output) }
        rows = parts[0]
        (rowCount, auditCount, idempotencyCount) = (counts[0], counts[1], counts[2])
        schema = parts[2]
    }

    struct ReadError: Error {
        let output: String
    }
}
