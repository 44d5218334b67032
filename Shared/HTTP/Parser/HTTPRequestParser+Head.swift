import Glibc

extension HTTPRequestParser {
    /// Room for the method, spaces and version around a request-target of maximal length.
    static let requestLineSlack = 64

    /// Finds the end of the head (the offset after its empty line) or returns nil when more
    /// bytes are needed, enforcing the size limits as early as possible.
    func scanHead(
        _ bytes: UnsafeBufferPointer<UInt8>, scanned: inout Int,
        requestLineEnd: inout Int?
    ) throws(HTTPParserError) -> Int? {
        let maxRequestLine = limits.maxTargetLength + Self.requestLineSlack
        if let base = bytes.baseAddress {
            var index = scanned
            while index < bytes.count, let found = memchr(base + index, Int32(ASCII.lf), bytes.count - index) {
                let lf = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                guard lf > 0, bytes[lf - 1] == ASCII.cr else {
                    throw .badRequest("lines must end with CRLF, not a bare LF (RFC 9112 §2.2)")
                }
                if requestLineEnd == nil {
                    guard lf - 1 <= maxRequestLine else { throw .targetTooLong(limit: limits.maxTargetLength) }
                    requestLineEnd = lf - 1
                } else if bytes[lf - 2] == ASCII.lf {
                    guard lf + 1 <= limits.maxHeadBytes else { throw .headTooLarge(limit: limits.maxHeadBytes) }
                    return lf + 1
                }
                guard lf + 1 <= limits.maxHeadBytes else { throw .headTooLarge(limit: limits.maxHeadBytes) }
                index = lf + 1
            }
        }
        // Without its LF yet, the line may end with its CR: one byte more than its content.
        if requestLineEnd == nil && bytes.count > maxRequestLine + 1 {
            throw .targetTooLong(limit: limits.maxTargetLength)
        }
        guard bytes.count <= limits.maxHeadBytes else { throw .headTooLarge(limit: limits.maxHeadBytes) }
        // A lone CR may still become one of the empty lines skipped before a request.
        scanned = bytes.count > 1 ? bytes.count : 0
        return nil
    }

    /// Parses a complete head (request line, header fields, final CRLF).
    func parseHead(_ head: UnsafeBufferPointer<UInt8>, requestLineEnd: Int) throws(HTTPParserError) -> HTTPRequestHead {
        let line = try parseRequestLine(UnsafeBufferPointer(rebasing: head[..<requestLineEnd]))
        var fields = FieldSummary()
        var index = requestLineEnd + 2
        var count = 0
        // The head ends with the empty line's CRLF; every line before it is a field line.
        while index < head.count - 2 {
            count += 1
            guard count <= limits.maxHeaderCount else { throw .tooManyHeaders(limit: limits.maxHeaderCount) }
            if ASCII.isWhitespace(head[index]) {
                throw .badRequest("obsolete line folding is not accepted (RFC 9112 §5.2)")
            }
            let nameStart = index
            while ASCII.isTokenChar(head[index]) { index += 1 }
            guard head[index] == ASCII.colon, index > nameStart else {
                throw ASCII.isWhitespace(head[index])
                    ? .badRequest("no whitespace is allowed between a field name and the colon (RFC 9112 §5.1)")
                    : .badRequest("a header field line must be a token, a colon and a value (RFC 9112 §5)")
            }
            let nameEnd = index
            // Each line is known to end with CRLF: find its CR.
            let lf =
                UnsafeRawPointer(memchr(head.baseAddress! + index, Int32(ASCII.lf), head.count - index)!)
                - UnsafeRawPointer(head.baseAddress!)
            var valueStart = index + 1
            var valueEnd = lf - 1
            while valueStart < valueEnd, ASCII.isWhitespace(head[valueStart]) { valueStart += 1 }
            while valueEnd > valueStart, ASCII.isWhitespace(head[valueEnd - 1]) { valueEnd -= 1 }
            for position in valueStart..<valueEnd where !ASCII.isFieldValueChar(head[position]) {
                throw .badRequest("control character in a field value (RFC 9110 §5.5)")
            }
            try fields.record(
                name: UnsafeBufferPointer(rebasing: head[nameStart..<nameEnd]),
                value: valueStart..<valueEnd, in: head, limits: limits)
            index = lf + 1
        }
        return try fields.makeHead(line: line, fieldsStart: requestLineEnd + 2, limits: limits)
    }

    private func parseRequestLine(_ line: UnsafeBufferPointer<UInt8>) throws(HTTPParserError) -> RequestLine {
        let malformed = HTTPParserError.badRequest(
            "the request line must be method SP request-target SP HTTP-version (RFC 9112 §3)")
        var index = 0
        while index < line.count, ASCII.isTokenChar(line[index]) { index += 1 }
        guard index > 0, index < line.count, line[index] == ASCII.space else { throw malformed }
        let method = HTTPMethod(token: UnsafeBufferPointer(rebasing: line[..<index]))
        index += 1
        let targetStart = index
        while index < line.count, ASCII.isTargetChar(line[index]) { index += 1 }
        guard index > targetStart, index < line.count, line[index] == ASCII.space else { throw malformed }
        let target = targetStart..<index
        guard target.count <= limits.maxTargetLength else { throw .targetTooLong(limit: limits.maxTargetLength) }
        let version = try parseVersion(UnsafeBufferPointer(rebasing: line[(index + 1)...]))
        let origin = try originForm(of: target, in: line, method: method)
        return RequestLine(method: method, version: version, target: target, origin: origin)
    }

    private func parseVersion(_ bytes: UnsafeBufferPointer<UInt8>) throws(HTTPParserError) -> HTTPVersion {
        // HTTP-version = "HTTP" "/" DIGIT "." DIGIT (RFC 9112 §2.3), case-sensitive.
        guard bytes.count == 8, bytes[0] == 0x48, bytes[1] == 0x54, bytes[2] == 0x54, bytes[3] == 0x50,
            bytes[4] == ASCII.slash, bytes[6] == 0x2E,
            (0x30...0x39).contains(bytes[5]), (0x30...0x39).contains(bytes[7])
        else {
            throw .badRequest("the HTTP-version must be HTTP/DIGIT.DIGIT (RFC 9112 §2.3)")
        }
        guard bytes[5] == 0x31 else { throw .unsupportedVersion }
        // RFC 9110 §6.2: a higher minor version is answered as the highest one we speak.
        return bytes[7] == 0x30 ? .http1_0 : .http1_1
    }

    /// The origin-form part of a request-target (RFC 9112 §3.2).
    private func originForm(
        of target: Range<Int>, in line: UnsafeBufferPointer<UInt8>,
        method: HTTPMethod
    ) throws(HTTPParserError) -> Range<Int> {
        let first = line[target.lowerBound]
        if first == ASCII.slash { return target }
        if target.count == 1 && first == 0x2A {
            guard method == .options else {
                throw .badRequest("the asterisk-form target is only for OPTIONS (RFC 9112 §3.2.4)")
            }
            return target
        }
        // absolute-form: scheme "://" authority [ path-abempty ] [ "?" query ] (RFC 9112 §3.2.2).
        var index = target.lowerBound
        while index < target.upperBound, line[index] != ASCII.colon {
            let byte = ASCII.lowercased(line[index])
            guard
                (0x61...0x7A).contains(byte)
                    || index > target.lowerBound
                        && (byte == 0x2B || byte == 0x2D || byte == 0x2E
                            || (0x30...0x39).contains(byte))
            else {
                throw .badRequest("the request-target must be in origin-form or absolute-form (RFC 9112 §3.2)")
            }
            index += 1
        }
        guard index > target.lowerBound, index + 2 < target.upperBound,
            line[index + 1] == ASCII.slash, line[index + 2] == ASCII.slash
        else {
            throw .badRequest("the request-target must be in origin-form or absolute-form (RFC 9112 §3.2)")
        }
        index += 3
        while index < target.upperBound, line[index] != ASCII.slash, line[index] != ASCII.question { index += 1 }
        return index..<target.upperBound
    }
}

/// The parts of a request line.
struct RequestLine {
    var method: HTTPMethod
    var version: HTTPVersion
    var target: Range<Int>
    var origin: Range<Int>
}
