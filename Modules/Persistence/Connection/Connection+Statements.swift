extension Connection {
    /// The cached prepared statement for `sql`, prepared on first use.
    ///
    /// When the cached statement is already running (a query issued from inside another
    /// query's `map` with the same SQL), a fresh uncached statement is returned instead.
    public func cachedStatement(_ sql: String) throws(SQLiteError) -> Statement {
        if let statement = statementCache[sql] {
            return statement.isRunning ? try makeStatement(sql) : statement
        }
        let statement = try Statement(database: handle, sql: sql, persistent: true)
        statementCache[sql] = statement
        return statement
    }

    /// A new prepared statement for `sql`, not cached.
    public func makeStatement(_ sql: String) throws(SQLiteError) -> Statement {
        try Statement(database: handle, sql: sql, persistent: false)
    }

    /// The number of statements in the cache.
    public var cachedStatementCount: Int { statementCache.count }

    // MARK: Run

    /// Runs one statement with positional arguments and returns the number of rows it changed.
    @discardableResult
    public func run(_ sql: String, _ arguments: any SQLiteBindable...) throws(SQLiteError) -> Int {
        try run(sql, arguments: arguments)
    }

    /// Runs one statement with an array of arguments and returns the number of rows it changed.
    @discardableResult
    public func run(_ sql: String, arguments: [any SQLiteBindable]) throws(SQLiteError) -> Int {
        try cachedStatement(sql).run(arguments)
    }

    // MARK: Query

    /// Runs one statement and maps every result row; `RETURNING` rows included.
    public func query<T>(_ sql: String, _ arguments: any SQLiteBindable..., map: (Row) throws -> T) throws -> [T] {
        try query(sql, arguments: arguments, map: map)
    }

    /// Runs one statement with an array of arguments and maps every result row.
    public func query<T>(_ sql: String, arguments: [any SQLiteBindable], map: (Row) throws -> T) throws -> [T] {
        try cachedStatement(sql).query(arguments, map: map)
    }

    /// Runs one statement and maps its first row, or returns nil when there is none.
    public func queryOne<T>(_ sql: String, _ arguments: any SQLiteBindable..., map: (Row) throws -> T) throws -> T? {
        try queryOne(sql, arguments: arguments, map: map)
    }

    /// Runs one statement with an array of arguments and maps its first row, or returns nil.
    public func queryOne<T>(_ sql: String, arguments: [any SQLiteBindable], map: (Row) throws -> T) throws -> T? {
        try cachedStatement(sql).queryOne(arguments, map: map)
    }

    // MARK: Scalar

    /// The first column of the first row, or nil when there is no row or the value is NULL.
    ///
    /// ```swift
    /// let count = try connection.scalar("SELECT count(*) FROM talents", as: Int.self) ?? 0
    /// ```
    public func scalar<T: SQLiteDecodable>(
        _ sql: String, _ arguments: any SQLiteBindable..., as type: T.Type = T.self
    ) throws(SQLiteError) -> T? {
        try scalar(sql, arguments: arguments, as: type)
    }

    /// The first column of the first row, with an array of arguments.
    public func scalar<T: SQLiteDecodable>(
        _ sql: String, arguments: [any SQLiteBindable], as type: T.Type = T.self
    ) throws(SQLiteError) -> T? {
        let statement = try cachedStatement(sql)
        guard let value = try statement.firstValue(arguments) else { return nil }
        if case .null = value { return nil }
        guard let decoded = T(sqlValue: value) else {
            throw .mismatch("scalar holds \(value.storageClass), which cannot be read as \(T.self)", sql: sql)
        }
        return decoded
    }
}
