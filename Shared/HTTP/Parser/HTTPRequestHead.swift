/// The parsed request line and header section of one request, as offsets into its bytes.
///
/// The parser validates everything once; the request then keeps the head bytes and reads
/// fields from them on demand.
struct HTTPRequestHead: Equatable {
    /// How the request content is delimited (RFC 9112 §6.3).
    enum Framing: Equatable {
        case none
        case contentLength(Int)
        case chunked
    }

    var method: HTTPMethod
    var version: HTTPVersion
    /// The request-target as sent.
    var target: Range<Int>
    /// The origin-form part of the target (`/path?query`); for absolute-form targets the
    /// part after the authority, possibly empty (meaning `/`).
    var origin: Range<Int>
    /// Offset of the first header field line (or of the final CRLF when there is none).
    var fieldsStart: Int
    var framing: Framing
    /// Whether the client allows the connection to stay open after this request.
    var keepAlive: Bool
    /// `Expect: 100-continue` was sent.
    var expectsContinue: Bool
    /// The value of a syntactically sane `X-Request-Id` field.
    var requestID: Range<Int>?

    /// Whether content follows the head.
    var hasBody: Bool {
        switch framing {
        case .none, .contentLength(0): false
        case .contentLength, .chunked: true
        }
    }
}
