/// A request the parser rejects: the status to answer with and the rule that was broken.
///
/// Every parser error ends the connection after the answer, because the request's framing
/// can no longer be trusted (RFC 9112 §6.3, §11.2).
struct HTTPParserError: Error, Equatable, CustomStringConvertible {
    /// The status of the answer (400, 413, 414, 417, 431, 501 or 505).
    let status: HTTPStatus
    /// The broken rule, safe to show to the client.
    let reason: String

    var description: String { "\(status): \(reason)" }

    static func badRequest(_ reason: String) -> HTTPParserError {
        HTTPParserError(status: .badRequest, reason: reason)
    }

    static func headTooLarge(limit: Int) -> HTTPParserError {
        HTTPParserError(
            status: .requestHeaderFieldsTooLarge,
            reason: "the request line and header fields exceed \(limit) bytes")
    }

    static func tooManyHeaders(limit: Int) -> HTTPParserError {
        HTTPParserError(
            status: .requestHeaderFieldsTooLarge,
            reason: "the request has more than \(limit) header fields")
    }

    static func targetTooLong(limit: Int) -> HTTPParserError {
        HTTPParserError(status: .uriTooLong, reason: "the request-target exceeds \(limit) bytes")
    }

    static func bodyTooLarge(limit: Int) -> HTTPParserError {
        HTTPParserError(status: .contentTooLarge, reason: "the request content exceeds \(limit) bytes")
    }

    static let unsupportedTransferCoding = HTTPParserError(
        status: .notImplemented, reason: "the only transfer coding supported is chunked (RFC 9112 §6.1)")

    static let unsupportedVersion = HTTPParserError(
        status: .httpVersionNotSupported, reason: "only HTTP/1.0 and HTTP/1.1 are supported")

    static let unsupportedExpectation = HTTPParserError(
        status: .expectationFailed, reason: "the only expectation supported is 100-continue (RFC 9110 §10.1.1)")
}
