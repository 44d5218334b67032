/// One access-log record, given to the server's sink once per answered request.
///
/// It never holds content, header values or the query string (where tokens travel).
public struct HTTPAccessLogEntry: Sendable, CustomStringConvertible {
    /// The request method, or `-` for a request rejected before its head was understood.
    public let method: String
    /// The path as sent (still percent-encoded, so it is plain ASCII), without the query.
    public let path: String
    /// The response status code.
    public let status: Int
    /// From the end of the request head to the rendering of the response.
    public let duration: Duration
    /// The request id, also sent in `X-Request-Id`.
    public let requestID: String
    /// For a 500 caused by an unexpected error: its description, for the server's own log
    /// only (the client never sees it).
    public let internalError: String?

    /// `GET /missions/42 200 0.142ms id=4f1c0a9e2b7d3c5` form.
    public var description: String {
        "\(method) \(path) \(status) \(milliseconds)ms id=\(requestID)"
    }

    /// The duration in milliseconds with three decimals, e.g. `0.142`.
    public var milliseconds: String {
        let micros = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        return "\(micros / 1000).\(String(micros % 1000 + 1000).dropFirst())"
    }
}
