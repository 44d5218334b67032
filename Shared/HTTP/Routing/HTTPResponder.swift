/// What answers requests: the `Router`, or any type that maps a request to a reply.
///
/// `respond(to:)` runs on an event-loop thread and must not block for long (short SQLite
/// reads are fine). An error it throws is rendered: an `HTTPResponseError` renders itself,
/// anything else becomes a 500 problem without details.
public protocol HTTPResponder: Sendable {
    /// The reply to `request`.
    func respond(to request: HTTPRequest) throws -> HTTPReply
}

/// A responder's answer: a response now, or a promise to send one later.
public enum HTTPReply: Sendable {
    /// Send this response.
    case response(HTTPResponse)
    /// Call this with a responder that may be completed later, from any thread. Responses on
    /// the connection still go out in request order.
    case deferred(@Sendable (HTTPDeferredResponse) -> Void)
}
