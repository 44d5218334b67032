import Foundation
import Persistence
import TestSupport
import Testing

@Suite("Connection")
struct ConnectionTests {
    @Test("opening sets WAL, foreign keys, synchronous NORMAL and the busy timeout")
    func pragmas() throws {
        try withTemporaryDirectory { directory in
            let connection = try Connection(
                path: directory.file("p.sqlite"),
                configuration: .init(busyTimeout: .milliseconds(1234)))
            #expect(try connection.scalar("PRAGMA journal_mode", as: String.self) == "wal")
            #expect(try connection.scalar("PRAGMA foreign_keys", as: Int.self) == 1)
            #expect(try connection.scalar("PRAGMA synchronous", as: Int.self) == 1)
            #expect(try connection.scalar("PRAGMA busy_timeout", as: Int.self) == 1234)
            let defaults = try Connection(path: directory.file("p.sqlite"))
            #expect(try defaults.scalar("PRAGMA busy_timeout", as: Int.self) == 5000)
        }
    }

    @Test("opening read-write creates missing parent directories")
    func createsParentDirectory() throws {
        try withTemporaryDirectory { directory in
            let path = directory.file("a/b/c/db.sqlite")
            _ = try Connection(path: path)
            #expect(FileManager.default.fileExists(atPath: path))
        }
    }

    @Test("a script runs every statement; a failure names the failing statement")
    func executeScript() throws {
        let connection = try Connection(path: ":memory:")
        try connection.execute(
            """
            -- comments and blank statements are skipped
            CREATE TABLE t (x INTEGER);
            INSERT INTO t VALUES (1); INSERT INTO t VALUES (2);
            SELECT * FROM t;
            """)
        #expect(try connection.scalar("SELECT sum(x) FROM t", as: Int.self) == 3)
        let error = #expect(throws: SQLiteError.self) {
            try connection.execute("INSERT INTO t VALUES (3); INSERT INTO missing VALUES (4); INSERT INTO t VALUES (5)")
        }
        #expect(error?.sql == "INSERT INTO missing VALUES (4); INSERT INTO t VALUES (5)")
        #expect(error?.message == "no such table: missing")
        #expect(error?.primaryCode == 1)
        #expect(try connection.scalar("SELECT sum(x) FROM t", as: Int.self) == 6)
    }

    @Test("statements are cached by SQL and reused")
    func statementCache() throws {
        let connection = try Connection(path: ":memory:")
        try connection.execute("CREATE TABLE t (x INTEGER)")
        let first = try connection.cachedStatement("INSERT INTO t VALUES (?)")
        for value in 1...3 { try connection.run("INSERT INTO t VALUES (?)", value) }
        let again = try connection.cachedStatement("INSERT INTO t VALUES (?)")
        #expect(first === again)
        #expect(connection.cachedStatementCount == 1)
        #expect(try connection.makeStatement("INSERT INTO t VALUES (?)") !== first)
        #expect(try connection.scalar("SELECT count(*) FROM t", as: Int.self) == 3)
        #expect(connection.cachedStatementCount == 2)
    }

    @Test("a statement may end with a semicolon and a comment")
    func trailingComment() throws {
        let connection = try Connection(path: ":memory:")
        #expect(try connection.scalar("SELECT 7; -- the answer", as: Int.self) == 7)
    }

    @Test("preparing two statements as one traps: scripts go through execute")
    func twoStatementsTrap() async {
        await #expect(processExitsWith: .failure) {
            let connection = try Connection(path: ":memory:")
            try connection.run("CREATE TABLE a (x); CREATE TABLE b (x)")
        }
    }

    @Test("the same SQL can run inside the map of its own query")
    func reentrantQuery() throws {
        let connection = try Connection(path: ":memory:")
        try connection.execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2)")
        let sql = "SELECT x FROM t ORDER BY x"
        let pairs = try connection.query(sql) { row in
            (try row.int(0), try connection.query(sql) { try $0.int(0) })
        }
        #expect(pairs.map(\.0) == [1, 2])
        #expect(pairs.map(\.1) == [[1, 2], [1, 2]])
    }

    @Test("run returns changes; lastInsertRowID, RETURNING and scalar work")
    func runQueryReturning() throws {
        let connection = try Connection(path: ":memory:")
        try connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
        try connection.run("INSERT INTO t (name) VALUES (?)", "a")
        #expect(connection.lastInsertRowID == 1)
        let inserted = try connection.queryOne("INSERT INTO t (name) VALUES (?) RETURNING id, name", "b") { row in
            (try row.int64("id"), try row.string("name"))
        }
        #expect(inserted?.0 == 2)
        #expect(inserted?.1 == "b")
        let renamed = try connection.query("UPDATE t SET name = upper(name) RETURNING name") { try $0.string(0) }
        #expect(renamed.sorted() == ["A", "B"])
        #expect(try connection.run("DELETE FROM t WHERE id > ?", 0) == 2)
        #expect(connection.changes == 2)
        #expect(try connection.scalar("SELECT name FROM t", as: String.self) == nil)
        #expect(try connection.scalar("SELECT max(id) FROM t", as: Int.self) == nil)
        #expect(try connection.queryOne("SELECT 1 WHERE 0") { _ in true } == nil)
    }

    @Test("array arguments bind like variadic ones")
    func arrayArguments() throws {
        let connection = try Connection(path: ":memory:")
        let values: [any SQLiteBindable] = [1, "two", 3.0]
        let row = try connection.queryOne("SELECT ?, ?, ?", arguments: values) { row in
            [row.value(0), row.value(1), row.value(2)]
        }
        #expect(row == [.integer(1), .text("two"), .real(3)])
        #expect(try connection.scalar("SELECT ? + ?", arguments: [2, 3], as: Int.self) == 5)
    }

    @Test("a row reports its columns by name and index")
    func rowColumns() throws {
        let connection = try Connection(path: ":memory:")
        let row = try connection.queryOne("SELECT 1 AS one, 'x' AS two") { row in
            (row.count, row.columnNames, row.value("two"), row.value(.index(0)))
        }
        #expect(row?.0 == 2)
        #expect(row?.1 == ["one", "two"])
        #expect(row?.2 == .text("x"))
        #expect(row?.3 == .integer(1))
    }

    @Test("opening a missing file read-only fails with SQLITE_CANTOPEN and names the path")
    func readOnlyMissingFile() throws {
        try withTemporaryDirectory { directory in
            let path = directory.file("missing.sqlite")
            let error = #expect(throws: SQLiteError.self) {
                try Connection(path: path, configuration: .init(mode: .readOnly))
            }
            #expect(error?.primaryCode == 14)
            #expect(error?.message.contains(path) == true)
            #expect(!FileManager.default.fileExists(atPath: path))
        }
    }
}
