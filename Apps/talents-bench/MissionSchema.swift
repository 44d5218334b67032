import Persistence

/// The anchors' table and seed, the same SQL as `anchors/seed.sql` and their `MissionStore`.
enum MissionSchema {
    static let createTable = """
        CREATE TABLE IF NOT EXISTS missions(
            id INTEGER PRIMARY KEY,
            title TEXT,
            description TEXT,
            status TEXT,
            hours INTEGER,
            created_at TEXT
        )
        """

    /// `rows` missions numbered from 1, created one minute apart from 2025-01-01.
    static func seed(rows: Int) -> String {
        """
        WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < \(rows))
        INSERT INTO missions(id, title, description, status, hours, created_at)
        SELECT n,
               'Mission ' || n,
               'Survey sector ' || n || ' of the outer belt, log every anomaly, photograph the relay masts and report fuel usage per leg.',
               CASE n % 3 WHEN 0 THEN 'planned' WHEN 1 THEN 'active' ELSE 'done' END,
               n % 40 + 1,
               strftime('%Y-%m-%dT%H:%M:%SZ', '2025-01-01', '+' || n || ' minutes')
        FROM seq
        """
    }

    static let selectByID = "SELECT id, title, description, status, hours, created_at FROM missions WHERE id = ?"

    static let insert = """
        INSERT INTO missions(title, description, status, hours, created_at)
        VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
        RETURNING id, created_at
        """

    /// Creates the table (switching the file to WAL) and seeds it when it is empty, as the anchors do.
    static func prepare(path: String, seedRows: Int = 10_000) throws {
        let connection = try Connection(path: path)
        try connection.execute(createTable)
        if try connection.scalar("SELECT count(*) FROM missions", as: Int.self) == 0, seedRows > 0 {
            try connection.transaction { try $0.execute(seed(rows: seedRows)) }
        }
    }

    /// Inserts `mission` on the writer connection and returns the row as stored.
    static func insert(_ mission: NewMission, on connection: Connection) throws -> Mission {
        let stored = try connection.queryOne(insert, mission.title, mission.description, mission.status, mission.hours)
        { row in
            (try row.int(0), try row.string(1))
        }
        guard let (id, createdAt) = stored else { preconditionFailure("INSERT … RETURNING returned no row") }
        return Mission(
            id: id, title: mission.title, description: mission.description, status: mission.status,
            hours: mission.hours, createdAt: createdAt)
    }
}
