/// The response to a request made with an `Idempotency-Key`, as first sent: recorded with the
/// action, in its transaction, and replayed to a retry of the same request
/// (``Workflows/idempotent(key:user:fingerprint:_:)``).
public struct RecordedResponse: Sendable, Equatable {
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
