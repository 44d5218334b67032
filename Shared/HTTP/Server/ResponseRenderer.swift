/// Renders responses as HTTP/1.1 bytes into a reusable buffer (RFC 9112 §4, §6).
enum ResponseRenderer {
    /// What the server adds to a response from the request and the connection.
    struct Framing {
        /// The request id echoed in `X-Request-Id`.
        var requestID: String
        /// False when this is the last response on the connection (`Connection: close`).
        var keepAlive: Bool
        /// The client spoke HTTP/1.0 (keep-alive must then be announced).
        var clientIsHTTP10: Bool
        /// The request was `HEAD`: the content is omitted, its length kept (RFC 9110 §9.3.2).
        var omitBody: Bool
    }

    static let continueLine: [UInt8] = Array("HTTP/1.1 100 Continue\r\n\r\n".utf8)

    /// Appends `response` to `output`.
    static func render(_ response: HTTPResponse, framing: Framing, date: [UInt8], into output: inout [UInt8]) {
        let status = response.status
        output.append(contentsOf: "HTTP/1.1 ".utf8)
        output.append(UInt8(truncatingIfNeeded: 0x30 + status.code / 100))
        output.append(UInt8(truncatingIfNeeded: 0x30 + status.code / 10 % 10))
        output.append(UInt8(truncatingIfNeeded: 0x30 + status.code % 10))
        output.append(ASCII.space)
        appendSanitized(status.reasonPhrase, to: &output)
        output.append(contentsOf: "\r\nDate: ".utf8)
        output.append(contentsOf: date)
        // RFC 9110 §8.6: no Content-Length on 1xx and 204; on 304 it would describe the
        // selected representation, which this server does not know.
        if !status.forbidsContent {
            output.append(contentsOf: "\r\nContent-Length: ".utf8)
            appendDecimal(response.body.count, to: &output)
        }
        if !framing.keepAlive {
            output.append(contentsOf: "\r\nConnection: close".utf8)
        } else if framing.clientIsHTTP10 {
            output.append(contentsOf: "\r\nConnection: keep-alive".utf8)
        }
        output.append(contentsOf: "\r\nX-Request-Id: ".utf8)
        output.append(contentsOf: framing.requestID.utf8)
        for field in response.headers where !isServerOwned(field.name) {
            output.append(contentsOf: "\r\n".utf8)
            output.append(contentsOf: field.name.utf8)
            output.append(contentsOf: ": ".utf8)
            appendSanitized(field.value, to: &output)
        }
        output.append(contentsOf: "\r\n\r\n".utf8)
        if !framing.omitBody && !status.forbidsContent {
            output.append(contentsOf: response.body)
        }
    }

    /// Fields the server sets itself: framing, date and request id.
    private static func isServerOwned(_ name: String) -> Bool {
        switch name.utf8.count {
        case 4: HTTPFields.sameName(name, "date")
        case 10: HTTPFields.sameName(name, "connection")
        case 12: HTTPFields.sameName(name, "x-request-id")
        case 14: HTTPFields.sameName(name, "content-length")
        case 17: HTTPFields.sameName(name, "transfer-encoding")
        default: false
        }
    }

    /// Appends a field value or reason phrase, replacing control characters (CR and LF
    /// above all) with spaces so no value can split the response (RFC 9110 §5.5).
    private static func appendSanitized(_ value: String, to output: inout [UInt8]) {
        if value.utf8.allSatisfy(ASCII.isFieldValueChar) {
            output.append(contentsOf: value.utf8)
        } else {
            output.append(contentsOf: value.utf8.lazy.map { ASCII.isFieldValueChar($0) ? $0 : ASCII.space })
        }
    }

    static func appendDecimal(_ value: Int, to output: inout [UInt8]) {
        precondition(value >= 0)
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            output.append(UInt8(truncatingIfNeeded: 0x30 + rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
