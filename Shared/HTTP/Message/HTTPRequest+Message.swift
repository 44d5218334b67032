extension HTTPRequest {
    /// Parses one complete request message (head and content, as a client sends it), for
    /// responders driven in process (tests and tools); nil when it is not one valid request.
    /// The request comes from `peerAddress`, as if read from a socket.
    public init?(message: [UInt8], peerAddress: String? = nil, limits: HTTPServer.Configuration.Limits = .init()) {
        var parser = HTTPRequestParser(limits: limits)
        var offset = 0
        var head: (HTTPRequestHead, [UInt8])?
        var body: [UInt8] = []
        while true {
            let slice = message[offset...]
            guard let (event, consumed) = try? slice.withUnsafeBufferPointer({ buffer in try parser.parse(buffer) })
            else {
                return nil
            }
            let base = offset
            offset += consumed
            switch event {
            case .needMoreData:
                return nil
            case .head(let parsed, let range):
                head = (parsed, Array(message[(base + range.lowerBound)..<(base + range.upperBound)]))
            case .body(let range):
                body += message[(base + range.lowerBound)..<(base + range.upperBound)]
            case .end:
                guard let (parsed, bytes) = head, offset == message.count,
                    var request = HTTPRequest(head: parsed, bytes: bytes, body: body, generatedID: { "in-process" })
                else { return nil }
                request.peerAddress = peerAddress
                self = request
                return
            }
        }
    }
}
