public import Domain

/// When each account was last active (a sign-in or a use of the API) and the inactivity
/// warnings sent since (`users.last_active_at`, `inactivity_warnings`, `inactivity_warned_at`).
public struct AccountActivityStore {
    /// An account without activity since ``lastActiveAt``.
    public struct InactiveAccount: Hashable, Sendable {
        /// The account.
        public var userID: UserID
        /// Its last activity.
        public var lastActiveAt: Instant
        /// Warnings sent for this stretch of inactivity: 0, 1 or 2.
        public var warnings: Int
        /// When the last of them was sent.
        public var warnedAt: Instant?
    }

    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Whether the activity of `userID` at `instant` needs writing: none recorded in the day before.
    public func isStale(_ userID: UserID, at instant: Instant) throws -> Bool {
        let last = try connection.queryOne("SELECT last_active_at FROM users WHERE id = ?", userID) {
            try $0.decode(0) as Instant?
        }
        guard let last else { return false }  // no such user
        return last.map { $0 < instant.adding(days: -1) } ?? true
    }

    /// Records that `userID` was active at `instant`, at most once a day (a later activity the
    /// same day writes nothing); the warnings start over. Returns whether it wrote.
    @discardableResult
    public func record(_ userID: UserID, at instant: Instant) throws -> Bool {
        try connection.run(
            """
            UPDATE users SET last_active_at = ?, inactivity_warnings = 0, inactivity_warned_at = NULL
            WHERE id = ? AND (last_active_at IS NULL OR last_active_at < ?)
            """, instant, userID, instant.adding(days: -1)) > 0
    }

    /// Starts the period of the accounts without any recorded activity at `instant` (created since,
    /// or before version 13 without a session or token); returns how many.
    @discardableResult
    public func startUnrecorded(at instant: Instant) throws -> Int {
        try connection.run("UPDATE users SET last_active_at = ? WHERE last_active_at IS NULL", instant)
    }

    /// The live accounts (not deactivated) without activity since `cutoff` or earlier, oldest first.
    public func inactive(since cutoff: Instant, limit: Int) throws -> [InactiveAccount] {
        try connection.query(
            """
            SELECT id, last_active_at, inactivity_warnings, inactivity_warned_at FROM users
            WHERE deactivated_at IS NULL AND last_active_at <= ?
            ORDER BY last_active_at, id LIMIT ?
            """, cutoff, limit
        ) { row in
            InactiveAccount(
                userID: try row.decode(0), lastActiveAt: try row.decode(1), warnings: try row.int(2),
                warnedAt: try row.decode(3))
        }
    }

    /// Records that warning number `warnings` (1 or 2) was sent to `userID` at `instant`.
    public func recordWarning(_ userID: UserID, warnings: Int, at instant: Instant) throws {
        try connection.run(
            "UPDATE users SET inactivity_warnings = ?, inactivity_warned_at = ? WHERE id = ?", warnings, instant,
            userID)
    }
}
