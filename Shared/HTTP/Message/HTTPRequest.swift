/// A complete request: head, content and what the server and router learned about it.
///
/// It owns its bytes (the head as received and the de-chunked content), so it can be kept
/// or sent to another thread by a deferred handler.
public struct HTTPRequest: Sendable {
    /// The request method.
    public let method: HTTPMethod
    /// The protocol version the client spoke.
    public let version: HTTPVersion
    /// The request-target exactly as sent (still percent-encoded, query included).
    public let target: String
    /// The path, percent-decoded (`+` stays `+`), without the query.
    public let path: String
    /// The header fields.
    public let headers: HTTPHeaders
    /// The content, de-chunked; empty when there is none.
    public let body: [UInt8]
    /// The request id: a sane incoming `X-Request-Id` or a generated one; echoed on the response.
    public let id: String
    /// Values of the `{name}` segments of the matched route template.
    public internal(set) var parameters: HTTPRouteParameters
    /// The numeric address of the TCP peer (`127.0.0.1`, `2001:db8::1`; an IPv4-mapped IPv6
    /// address in its IPv4 form): the client, or the proxy in front of the server. Nil when the
    /// request did not come from a socket (tests of the parser).
    public internal(set) var peerAddress: String?

    /// Builds a request from a parsed head; nil when its path is not valid percent-encoded UTF-8.
    init?(head: HTTPRequestHead, bytes: [UInt8], body: [UInt8], generatedID: () -> String) {
        let parts: (target: String, path: String, id: String)? = bytes.withUnsafeBufferPointer { buffer in
            let target = String(decoding: UnsafeBufferPointer(rebasing: buffer[head.target]), as: UTF8.self)
            let origin = UnsafeBufferPointer(rebasing: buffer[head.origin])
            let pathEnd = origin.firstIndex(of: ASCII.question) ?? origin.count
            let rawPath = UnsafeBufferPointer(rebasing: origin[..<pathEnd])
            let path: String
            if rawPath.isEmpty {
                path = "/"
            } else if let decoded = PercentDecoding.decode(rawPath, plusAsSpace: false) {
                path = decoded
            } else {
                return nil
            }
            let id = head.requestID.map { String(decoding: UnsafeBufferPointer(rebasing: buffer[$0]), as: UTF8.self) }
            return (target, path, id ?? generatedID())
        }
        guard let parts else { return nil }
        self.method = head.method
        self.version = head.version
        self.target = parts.target
        self.path = parts.path
        self.headers = HTTPHeaders(storage: bytes, start: head.fieldsStart)
        self.body = body
        self.id = parts.id
        self.parameters = HTTPRouteParameters()
        self.originOffset = head.origin.lowerBound - head.target.lowerBound
    }

    /// Where the origin-form part starts in `target` (after any scheme and authority).
    private let originOffset: Int

    /// The query string without `?`, still encoded, or nil when the target has none.
    public var rawQuery: Substring? {
        guard let mark = target.utf8.firstIndex(of: ASCII.question) else { return nil }
        return target[target.utf8.index(after: mark)...]
    }

    /// The query parameters, percent-decoded with `+` as space, in order.
    public var query: HTTPQuery {
        HTTPQuery(rawQuery ?? "")
    }

    /// The path as sent, still percent-encoded: what the router splits into segments, so an
    /// encoded `/` (`%2F`) stays inside its segment.
    var rawPath: Substring {
        let start = target.utf8.index(target.startIndex, offsetBy: originOffset)
        let end = target.utf8[start...].firstIndex(of: ASCII.question) ?? target.endIndex
        return start == end ? "/" : target[start..<end]
    }
}
