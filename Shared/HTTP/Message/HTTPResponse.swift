/// A complete response: status, header fields and content.
///
/// The server adds the framing fields (`Content-Length`, `Connection`), `Date` and
/// `X-Request-Id` when it renders the response; a response to `HEAD` keeps its
/// `Content-Length` and loses its content.
public struct HTTPResponse: Sendable {
    /// The status.
    public var status: HTTPStatus
    /// The header fields set by the handler.
    public var headers: HTTPFields
    /// The content.
    public var body: [UInt8]

    /// A response with raw content.
    public init(status: HTTPStatus = .ok, headers: HTTPFields = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A response with content of the given media type.
    public init(status: HTTPStatus = .ok, contentType: String, body: [UInt8]) {
        self.init(
            status: status, headers: HTTPFields([HTTPField(uncheckedName: "Content-Type", value: contentType)]),
            body: body)
    }

    /// A response with text content of the given media type (e.g. `text/plain; charset=utf-8`).
    public init(status: HTTPStatus = .ok, contentType: String, body: String) {
        self.init(status: status, contentType: contentType, body: Array(body.utf8))
    }
}
