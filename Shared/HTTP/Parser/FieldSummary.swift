/// The header fields the server itself acts on, collected while a head is parsed.
struct FieldSummary {
    private var contentLength: Int?
    private var transferEncoding: TransferEncoding = .absent
    private var hostCount = 0
    private var connectionClose = false
    private var connectionKeepAlive = false
    private var expectsContinue = false
    private var requestID: Range<Int>?

    private enum TransferEncoding { case absent, chunked }

    /// Longest `X-Request-Id` value that is echoed back instead of replaced.
    static let maxRequestIDLength = 64

    mutating func record(
        name: UnsafeBufferPointer<UInt8>, value: Range<Int>,
        in head: UnsafeBufferPointer<UInt8>, limits: HTTPServer.Configuration.Limits
    ) throws(HTTPParserError) {
        let bytes = UnsafeBufferPointer(rebasing: head[value])
        switch name.count {
        case 4 where ASCII.equalsIgnoringCase(name, "host"):
            hostCount += 1
        case 6 where ASCII.equalsIgnoringCase(name, "expect"):
            // RFC 9110 §10.1.1: 100-continue is the only expectation defined.
            guard ASCII.equalsIgnoringCase(bytes, "100-continue") else { throw .unsupportedExpectation }
            expectsContinue = true
        case 10 where ASCII.equalsIgnoringCase(name, "connection"):
            forEachListElement(bytes) { option in
                if ASCII.equalsIgnoringCase(option, "close") { connectionClose = true }
                if ASCII.equalsIgnoringCase(option, "keep-alive") { connectionKeepAlive = true }
            }
        case 12 where ASCII.equalsIgnoringCase(name, "x-request-id"):
            if requestID == nil, Self.isSaneRequestID(bytes) { requestID = value }
        case 14 where ASCII.equalsIgnoringCase(name, "content-length"):
            try recordContentLength(bytes, limits: limits)
        case 17 where ASCII.equalsIgnoringCase(name, "transfer-encoding"):
            try recordTransferEncoding(bytes)
        default:
            break
        }
    }

    func makeHead(line: RequestLine, fieldsStart: Int, limits: HTTPServer.Configuration.Limits) throws(HTTPParserError)
        -> HTTPRequestHead
    {
        // RFC 9112 §3.2: a 1.1 request carries exactly one Host field.
        if line.version == .http1_1 && hostCount == 0 {
            throw .badRequest("an HTTP/1.1 request must carry a Host header field (RFC 9112 §3.2)")
        }
        if hostCount > 1 { throw .badRequest("a request must carry at most one Host header field (RFC 9112 §3.2)") }
        let framing: HTTPRequestHead.Framing
        switch (transferEncoding, contentLength) {
        case (.chunked, .some):
            // RFC 9112 §6.3: both present is a request smuggling attempt; reject and close.
            throw .badRequest("Content-Length and Transfer-Encoding must not be sent together (RFC 9112 §6.3)")
        case (.chunked, nil):
            guard line.version == .http1_1 else {
                throw .badRequest("Transfer-Encoding is not defined for HTTP/1.0 (RFC 9112 §6.1)")
            }
            framing = .chunked
        case (.absent, let length?):
            guard length <= limits.maxBodyBytes else { throw .bodyTooLarge(limit: limits.maxBodyBytes) }
            framing = .contentLength(length)
        case (.absent, nil):
            framing = .none
        }
        let keepAlive = line.version == .http1_1 ? !connectionClose : connectionKeepAlive && !connectionClose
        return HTTPRequestHead(
            method: line.method, version: line.version, target: line.target, origin: line.origin,
            fieldsStart: fieldsStart, framing: framing, keepAlive: keepAlive,
            expectsContinue: expectsContinue, requestID: requestID)
    }

    /// Content-Length = 1*DIGIT; identical repeats (as lines or a list) are tolerated,
    /// anything else is invalid (RFC 9110 §8.6, RFC 9112 §6.3).
    private mutating func recordContentLength(
        _ value: UnsafeBufferPointer<UInt8>, limits: HTTPServer.Configuration.Limits
    ) throws(HTTPParserError) {
        var failure: HTTPParserError?
        var elements = 0
        forEachListElement(value) { element in
            elements += 1
            guard failure == nil else { return }
            guard !element.isEmpty, element.allSatisfy({ (0x30...0x39).contains($0) }) else {
                failure = .badRequest("Content-Length must be a decimal number (RFC 9110 §8.6)")
                return
            }
            // More digits than fit in memory are simply too large.
            var length = 0
            for digit in element.prefix(18) { length = length * 10 + Int(digit - 0x30) }
            if element.count > 18 { length = Int.max }
            if let previous = contentLength, previous != length {
                failure = .badRequest("conflicting Content-Length values (RFC 9112 §6.3)")
            }
            contentLength = length
        }
        if let failure { throw failure }
        if elements == 0 { throw .badRequest("Content-Length must be a decimal number (RFC 9110 §8.6)") }
    }

    /// Only `chunked`, once and last, is supported (RFC 9112 §6.1, §7).
    private mutating func recordTransferEncoding(_ value: UnsafeBufferPointer<UInt8>) throws(HTTPParserError) {
        var failure: HTTPParserError?
        var elements = 0
        forEachListElement(value) { coding in
            elements += 1
            guard failure == nil else { return }
            if !ASCII.equalsIgnoringCase(coding, "chunked") {
                failure = .unsupportedTransferCoding
            } else if transferEncoding == .chunked {
                failure = .badRequest("chunked must be applied only once (RFC 9112 §6.1)")
            }
            transferEncoding = .chunked
        }
        if let failure { throw failure }
        if elements == 0 { throw .badRequest("Transfer-Encoding must name a coding (RFC 9112 §6.1)") }
    }

    /// Calls `body` with each non-empty element of a comma-separated list, OWS trimmed
    /// (RFC 9110 §5.6.1).
    private func forEachListElement(_ value: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var start = 0
        while start <= value.count {
            var end = start
            while end < value.count, value[end] != ASCII.comma { end += 1 }
            var low = start
            var high = end
            while low < high, ASCII.isWhitespace(value[low]) { low += 1 }
            while high > low, ASCII.isWhitespace(value[high - 1]) { high -= 1 }
            if low < high { body(UnsafeBufferPointer(rebasing: value[low..<high])) }
            start = end + 1
        }
    }

    /// A request id is echoed only if short and made of `[A-Za-z0-9._:-]`, so it is safe in
    /// logs and headers.
    static func isSaneRequestID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !bytes.isEmpty, bytes.count <= maxRequestIDLength else { return false }
        return bytes.allSatisfy { byte in
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x2D, 0x2E, 0x5F, 0x3A: true
            default: false
            }
        }
    }
}
