public import Domain

/// The first response to each `Idempotency-Key`, per user, so that a retried POST replays it
/// instead of acting twice. Written in the same transaction as the action itself.
public struct IdempotencyStore {
    /// A recorded response.
    public struct Response: Sendable, Equatable {
        /// The HTTP status.
        public var status: Int
        /// The `Location` field, when the action created a resource.
        public var location: String?
        /// The `ETag` field, when the response carries a versioned resource.
        public var etag: String?
        /// The content.
        public var body: [UInt8]

        /// A response to record or replay.
        public init(status: Int, location: String? = nil, etag: String? = nil, body: [UInt8]) {
            self.status = status
            self.location = location
            self.etag = etag
            self.body = body
        }
    }

    let connection: Connection

    /// The store seen through `connection` (inside the caller's transaction).
    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// The recorded fingerprint and response for `key` of `userID`, or nil.
    public func find(userID: UserID, key: String) throws -> (fingerprint: [UInt8], response: Response)? {
        try connection.queryOne(
            """
            SELECT fingerprint, status, location, etag, body FROM idempotency_keys WHERE user_id = ? AND key = ?
            """, userID, key
        ) { row in
            (
                try row.bytes(0),
                Response(
                    status: try row.int(1), location: try row.optionalString(2),
                    etag: try row.optionalString(3), body: try row.bytes(4))
            )
        }
    }

    /// Records `response` for `key` of `userID`.
    public func insert(userID: UserID, key: String, fingerprint: [UInt8], response: Response, at instant: Instant)
        throws
    {
        try connection.run(
            """
            INSERT INTO idempotency_keys(user_id, key, fingerprint, status, location, etag, body, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """, userID, key, fingerprint, response.status, response.location, response.etag, response.body, instant)
    }
}
